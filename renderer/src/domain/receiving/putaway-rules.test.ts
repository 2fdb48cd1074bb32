import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from '../gs1/check-digit';
import type { PutawayConfig } from './putaway-rules';
import { readLocationScan, suggestPutaway, verifyPutaway } from './putaway-rules';

const GLN = withGs1CheckDigit('409876500001');
const config: PutawayConfig = {
  quarantineZone: 'q',
  defaultZone: 'A',
  allowOtherBinInZone: false,
  rules: [
    { by: 'supplier', supplierId: 'ACME', zone: 'C' },
    { by: 'item-prefix', prefix: 'FRZ', zone: 'F' },
    { by: 'item-prefix', prefix: 'FRZ-ICE', zone: 'F', location: 'F-09-01-1' },
    { by: 'item-class', itemClass: 'hazmat', zone: 'H' },
    { by: 'item', itemId: 'GOLD-1', zone: 'S', location: 's-01-01-1' },
  ],
  glnLocations: { [GLN]: 'B-02-01-1' },
};

describe('suggestPutaway', () => {
  it('sends quarantined stock to quarantine whatever the rules say', () => {
    expect(suggestPutaway({ itemId: 'GOLD-1', quarantined: true }, config)).toEqual({
      zone: 'Q',
      reason: 'quarantine',
      message: 'Quarantine: take it to zone Q',
    });
  });

  it('prefers item, then class, then longest prefix, then supplier, then the default', () => {
    expect(
      suggestPutaway({ itemId: 'GOLD-1', supplierId: 'ACME', itemClass: 'hazmat', quarantined: false }, config),
    ).toEqual({
      zone: 'S',
      location: 'S-01-01-1',
      reason: 'item',
      message: 'Take it to S-01-01-1',
    });
    expect(
      suggestPutaway({ itemId: 'FRZ-PEAS', supplierId: 'ACME', itemClass: 'hazmat', quarantined: false }, config)
        .reason,
    ).toBe('item-class');
    expect(suggestPutaway({ itemId: 'FRZ-ICE-2', supplierId: 'ACME', quarantined: false }, config)).toMatchObject({
      reason: 'item-prefix',
      location: 'F-09-01-1',
    });
    expect(suggestPutaway({ itemId: 'FRZ-PEAS', supplierId: 'ACME', quarantined: false }, config)).toEqual({
      zone: 'F',
      reason: 'item-prefix',
      message: 'Take it to zone F',
    });
    expect(suggestPutaway({ itemId: 'BOLT', supplierId: 'ACME', quarantined: false }, config).zone).toBe('C');
    expect(suggestPutaway({ itemId: 'BOLT', quarantined: false }, config)).toEqual({
      zone: 'A',
      reason: 'default',
      message: 'Take it to zone A',
    });
  });
});

describe('readLocationScan', () => {
  it('reads plain location codes, upper-cased, with the zone first', () => {
    expect(readLocationScan('a-01-02-3\r', config)).toEqual({
      ok: true,
      location: { code: 'A-01-02-3', zone: 'A', via: 'label' },
    });
    expect(readLocationScan('QUAR', config)).toEqual({
      ok: true,
      location: { code: 'QUAR', zone: 'QUAR', via: 'label' },
    });
    expect(readLocationScan('12-34', config)).toMatchObject({ ok: true, location: { zone: '12' } });
  });

  it('reads a GS1 AI 414 location GLN through the station table', () => {
    expect(readLocationScan(`(414)${GLN}`, config)).toEqual({
      ok: true,
      location: { code: 'B-02-01-1', zone: 'B', via: 'gln' },
    });
    expect(readLocationScan(`]C1414${GLN}`, config)).toMatchObject({ ok: true, location: { via: 'gln' } });
    const unknown = withGs1CheckDigit('409876500002');
    expect(readLocationScan(`(414)${unknown}`, config)).toEqual({
      ok: false,
      message: `Location GLN ${unknown} is not set up at this station`,
    });
    expect(readLocationScan(`(414)${GLN}`, {})).toMatchObject({ ok: false });
  });

  it('refuses item barcodes and unreadable labels', () => {
    expect(readLocationScan(withGs1CheckDigit('401234500001'), config)).toEqual({
      ok: false,
      message: 'This is not a location label — scan the label on the rack',
    });
    const unreadable = readLocationScan('(414)4098765000011', config);
    expect(unreadable.ok).toBe(false);
    if (!unreadable.ok) expect(unreadable.message).toMatch(/^This label could not be read \(.+\) — scan again$/);
    expect(readLocationScan('', config)).toMatchObject({ ok: false });
  });
});

describe('verifyPutaway', () => {
  const bin = suggestPutaway({ itemId: 'GOLD-1', quarantined: false }, config);
  const zoneOnly = suggestPutaway({ itemId: 'BOLT', quarantined: false }, config);
  const quarantine = suggestPutaway({ itemId: 'BOLT', quarantined: true }, config);
  const at = (raw: string) => {
    const scan = readLocationScan(raw, config);
    if (!scan.ok) throw new Error(scan.message);
    return scan.location;
  };

  it('accepts the exact bin, and any bin when only a zone is suggested', () => {
    expect(verifyPutaway(at('S-01-01-1'), bin, config)).toEqual({
      ok: true,
      match: 'exact',
      message: 'Put away at S-01-01-1',
    });
    expect(verifyPutaway(at('A-07-01-2'), zoneOnly, config)).toMatchObject({ ok: true, match: 'in-zone' });
  });

  it('allows another bin in the zone only when configured', () => {
    expect(verifyPutaway(at('S-01-02-1'), bin, config)).toEqual({
      ok: false,
      message: 'Wrong bin: S-01-02-1 is not S-01-01-1 — take it to S-01-01-1',
    });
    expect(verifyPutaway(at('S-01-02-1'), bin, { ...config, allowOtherBinInZone: true })).toEqual({
      ok: true,
      match: 'other-bin-in-zone',
      message: 'Put away at S-01-02-1 instead of S-01-01-1',
    });
  });

  it('catches a wrong zone, saying where the stock goes', () => {
    expect(verifyPutaway(at('A-01-01-1'), bin, config)).toEqual({
      ok: false,
      message: 'Wrong location: A-01-01-1 is in zone A, this stock goes to S-01-01-1',
    });
    expect(verifyPutaway(at('A-01-01-1'), quarantine, config)).toEqual({
      ok: false,
      message: 'Wrong location: A-01-01-1 is in zone A, this stock goes to zone Q (quarantine)',
    });
    expect(verifyPutaway(at('Q-01'), quarantine, config)).toMatchObject({ ok: true });
  });
});

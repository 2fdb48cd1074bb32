import { describe, expect, it } from 'vitest';
import { sampleAsn } from '../../../test/fakes/sample-asn';
import { receivedContentOf } from '../domain/received-content';
import { readSsccScan } from '../domain/gs1/sscc-scan';
import { feedbackForOutcome, feedbackForScanError, withLabelWarning } from './scan-feedback';

const asn = sampleAsn('ASN-9');
const pallet = asn.units[0];

describe('scan feedback', () => {
  it('tells success, warning and error apart', () => {
    if (!pallet) throw new Error('sample has no pallet');
    const received = feedbackForOutcome(
      {
        kind: 'received',
        asnId: 'ASN-9',
        unit: {
          asnId: 'ASN-9',
          unitId: pallet.sscc,
          sscc: pallet.sscc,
          parentUnitId: null,
          kind: 'pallet',
          status: 'expected',
          receivedAt: null,
          receivedBySeq: null,
          counted: [],
          removedInVersion: null,
        },
        event: {
          eventId: '0190f5a0-0000-7000-8000-000000000000',
          schemaVersion: 1,
          type: 'unit.received',
          station: { siteId: 'S', stationId: 'D', dockDoor: 'D1' },
          seq: 1,
          occurredAt: '2026-11-23T10:00:00Z',
          operator: 'op',
          asnId: 'ASN-9',
          asnVersion: 1,
          sscc: pallet.sscc,
          units: asn.units.slice(0, 4).map((u) => u.sscc),
          contents: asn.lines.slice(0, 3).map(receivedContentOf),
        },
      },
      1,
    );
    expect(received).toMatchObject({ tone: 'success', title: 'Pallet received' });
    expect(received.detail).toContain('with 3 nested units · 3 lines');

    const repeat = feedbackForOutcome(
      { kind: 'already-received', sscc: pallet.sscc, asnId: 'ASN-9', receivedAt: '2026-11-23T10:00:00Z' },
      2,
    );
    expect(repeat.tone).toBe('warning');
    expect(repeat.detail).toContain('Nothing was recorded twice');

    expect(feedbackForOutcome({ kind: 'unknown-sscc', sscc: '123' }, 3)).toMatchObject({ tone: 'error' });
    expect(feedbackForOutcome({ kind: 'asn-cancelled', sscc: '1', asnId: 'A' }, 4).title).toBe('ASN cancelled');
  });

  it('explains an unreadable label as an error', () => {
    const scan = readSsccScan('395060000999999991');
    if (scan.ok) throw new Error('expected a check-digit error');
    expect(feedbackForScanError(scan, 5)).toMatchObject({
      tone: 'error',
      title: 'Label misread or misprinted',
      detail: 'SSCC 395060000999999991: check digit should be 5, label says 1',
    });
  });
});

describe('a label warning on a handled scan', () => {
  const base = { title: 'Carton received', detail: 'SSCC 376104250021234569 · ASN-1 · 1 line', at: 1 };

  it('turns a success into a warning and puts the note first', () => {
    expect(withLabelWarning({ ...base, tone: 'success' }, 'Fix the label.')).toEqual({
      ...base,
      tone: 'warning',
      detail: 'Fix the label.\nSSCC 376104250021234569 · ASN-1 · 1 line',
    });
  });

  it('keeps an error an error', () => {
    expect(withLabelWarning({ ...base, tone: 'error' }, 'Fix the label.').tone).toBe('error');
  });
});

import { describe, expect, it } from 'vitest';
import type { AsnLine } from '../asn/canonical-asn';
import { countedContentOf, itemIdsOf, unitRefOf } from './from-asn';
import { ReceivingEvent } from './receiving-event';
import { sampleEvent } from './test-support/samples';

const line = (overrides: Partial<AsnLine> = {}): AsnLine => ({
  lineId: '3',
  unitId: 'CPS-2',
  itemIds: [{ qualifier: 'vendor', senderQualifier: 'SA', value: 'ART-4471' }],
  quantity: '2.5',
  uom: 'KGM',
  serials: [],
  ...overrides,
});

describe('v2 parts from the canonical ASN', () => {
  it('carries a line without PO, PO line or GTIN in a unit without SSCC, and the event validates', () => {
    const content = countedContentOf('CPS-2', line());
    expect(content).toEqual({
      lineId: '3',
      unitId: 'CPS-2',
      items: [{ qualifier: 'vendor', value: 'ART-4471' }],
      quantity: '2.5',
      uom: 'KGM',
    });
    const unit = unitRefOf({ unitId: 'CPS-2' });
    const event = sampleEvent('unit.received', 1, { mode: 'trust', unit, units: [unit], contents: [content] });
    expect(ReceivingEvent.safeParse(event).success).toBe(true);
  });

  it('keeps PO, lot, expiry and serials when the ASN has them', () => {
    const full = line({ poNumber: '45', poLine: '10', lot: 'L1', expiry: '2026-01-31', serials: ['S1'] });
    expect(countedContentOf(null, full, '1')).toMatchObject({ poNumber: '45', poLine: '10', lot: 'L1', quantity: '1' });
    expect(countedContentOf(null, full)).not.toHaveProperty('unitId');
  });

  it('names the GTIN once, and keeps an invalid GTIN as another id instead of failing', () => {
    const ids = itemIdsOf({
      gtin: '04012345100112',
      itemIds: [
        { qualifier: 'gtin', senderQualifier: 'UP', value: '4012345100112' },
        { qualifier: 'gtin', senderQualifier: 'EN', value: '4012345100113' },
        { qualifier: 'buyer', senderQualifier: 'BP', value: 'B-7' },
      ],
    });
    expect(ids).toEqual([
      { qualifier: 'gtin', value: '04012345100112' },
      { qualifier: 'other', value: '4012345100113' },
      { qualifier: 'buyer', value: 'B-7' },
    ]);
  });

  it('leaves out an SSCC whose check digit fails', () => {
    expect(unitRefOf({ unitId: 'X', sscc: '040123450000041018' })).toEqual({ unitId: 'X' });
    expect(unitRefOf({ unitId: '040123450000041019', sscc: '040123450000041019' })).toEqual({
      unitId: '040123450000041019',
      sscc: '040123450000041019',
    });
  });
});

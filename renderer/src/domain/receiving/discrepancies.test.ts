import { describe, expect, it } from 'vitest';
import type { ExpectedLine, ExpectedUnit, ReceiptInput } from './discrepancies';
import { blocksReceipt, lotExpiryDiscrepancy, needingApproval, reconcileLine, reconcileReceipt } from './discrepancies';
import { checkLotExpiry } from './lot-expiry';
import type { ToleranceRule } from './tolerances';
import { EXACT_ONLY } from './tolerances';

const G1 = '04012345000016';
const G2 = '04012345000023';
const G3 = '04012345000030';
const PALLET = '340123450000000017';
const CARTON_A = '340123450000000024';
const CARTON_B = '340123450000000031';
const LOOSE = '340123450000000048';

const units: ExpectedUnit[] = [
  { unitId: 'P', sscc: PALLET, parentUnitId: null },
  { unitId: 'A', sscc: CARTON_A, parentUnitId: 'P' },
  { unitId: 'B', sscc: CARTON_B, parentUnitId: 'P' },
  { unitId: 'C', sscc: LOOSE, parentUnitId: null },
];
const lines: ExpectedLine[] = [
  { lineId: '1', unitId: 'A', gtin: G1, quantity: '10', uom: 'EA' },
  { lineId: '2', unitId: 'B', gtin: G2, quantity: '4', uom: 'CS' },
  { lineId: '3', unitId: 'C', gtin: G1, quantity: '2.5', uom: 'KGM' },
];
const fivePercent: ToleranceRule = {
  short: { percent: '10', outside: 'approve' },
  over: { absolute: '0', outside: 'block' },
};

function receipt(partial: Partial<ReceiptInput>): ReceiptInput {
  return {
    asnId: 'ASN1',
    units,
    lines,
    unitScans: [],
    counts: [],
    toleranceFor: () => ({ rule: fivePercent, scope: 'station-default' }),
    closing: false,
    ...partial,
  };
}

describe('reconcileLine', () => {
  const line = lines[0] as ExpectedLine;
  it('returns nothing for an exact count', () => {
    expect(
      reconcileLine({ asnId: 'ASN1', line, received: '10.0', tolerance: { rule: fivePercent, scope: 'item' } }),
    ).toBeNull();
  });

  it('records a short within tolerance as accepted', () => {
    expect(
      reconcileLine({
        asnId: 'ASN1',
        line,
        received: '9',
        tolerance: { rule: fivePercent, scope: 'item' },
        sscc: CARTON_A,
      }),
    ).toEqual({
      code: 'short',
      liability: 'supplier',
      asnId: 'ASN1',
      lineId: '1',
      unitId: 'A',
      sscc: CARTON_A,
      gtin: G1,
      expected: { quantity: '10', uom: 'EA' },
      actual: { quantity: '9', uom: 'EA' },
      variance: { quantity: '-1', uom: 'EA' },
      tolerance: {
        outcome: 'within-tolerance',
        direction: 'short',
        variance: '-1',
        limit: '1',
        withinTolerance: true,
        scope: 'item',
      },
      withinTolerance: true,
      message: 'Line 1: short by 1 EA (9 of 10) — within tolerance',
    });
  });

  it('records an over with no tolerance rule as needing approval', () => {
    const over = reconcileLine({
      asnId: 'ASN1',
      line,
      received: '11',
      tolerance: { rule: EXACT_ONLY, scope: 'station-default' },
    });
    expect(over).toMatchObject({
      code: 'over',
      withinTolerance: false,
      variance: { quantity: '1' },
      tolerance: { outcome: 'needs-approval' },
    });
    expect(over?.message).toBe('Line 1: over by 1 EA (11 of 10) — needs a supervisor');
  });

  it('handles a line with no unit and no GTIN, and a zero-expected line', () => {
    const bare: ExpectedLine = { lineId: '9', unitId: null, quantity: '0', uom: 'EA' };
    const found = reconcileLine({
      asnId: 'ASN1',
      line: bare,
      received: '2',
      tolerance: { rule: fivePercent, scope: 'item' },
    });
    expect(found).toMatchObject({ code: 'over', tolerance: { outcome: 'blocked' } });
    expect(found).not.toHaveProperty('unitId');
    expect(found).not.toHaveProperty('gtin');
  });
});

describe('reconcileReceipt', () => {
  it('trust-receives a pallet with its nested cartons, and reports nothing while open', () => {
    const result = reconcileReceipt(receipt({ unitScans: [{ scanId: 's1', sscc: PALLET, mode: 'trust' }] }));
    expect(result.receivedUnitIds).toEqual(['P', 'A', 'B']);
    expect(result.discrepancies).toEqual([]);
    expect(result.lines).toEqual([
      { lineId: '1', expected: '10', received: '10', uom: 'EA' },
      { lineId: '2', expected: '4', received: '4', uom: 'CS' },
      { lineId: '3', expected: '2.5', received: null, uom: 'KGM' },
    ]);
  });

  it('catches a second scan of a unit, and of a carton inside a received pallet', () => {
    const result = reconcileReceipt(
      receipt({
        unitScans: [
          { scanId: 's1', sscc: PALLET, mode: 'trust' },
          { scanId: 's2', sscc: CARTON_A, mode: 'trust' },
          { scanId: 's3', sscc: PALLET, mode: 'audit' },
        ],
      }),
    );
    expect(result.discrepancies.map((d) => [d.code, d.liability, d.sscc])).toEqual([
      ['duplicate-scan', 'internal', CARTON_A],
      ['duplicate-scan', 'internal', PALLET],
    ]);
    expect(result.lines[0]?.received).toBe('10'); // the duplicate audit scan changed nothing
  });

  it('reports an SSCC not on the ASN once, and its second scan as a duplicate', () => {
    const stranger = '340123450000000055';
    const result = reconcileReceipt(
      receipt({
        unitScans: [
          { scanId: 's1', sscc: stranger, mode: 'trust' },
          { scanId: 's2', sscc: stranger, mode: 'trust' },
        ],
        counts: [{ unitId: 'X', gtin: G1, quantity: '3', uom: 'EA' }],
      }),
    );
    expect(result.discrepancies).toEqual([
      {
        code: 'unexpected-unit',
        liability: 'supplier',
        asnId: 'ASN1',
        sscc: stranger,
        withinTolerance: false,
        message: `SSCC ${stranger} is not on this ASN`,
      },
      expect.objectContaining({ code: 'duplicate-scan', sscc: stranger }),
    ]);
  });

  it('audits: counts per line, uncounted lines are zero, wrong items and tolerances', () => {
    const result = reconcileReceipt(
      receipt({
        unitScans: [
          { scanId: 's1', sscc: CARTON_A, mode: 'audit' },
          { scanId: 's2', sscc: CARTON_B, mode: 'audit' },
        ],
        counts: [
          { unitId: 'A', gtin: G1.slice(1), quantity: '6', uom: 'EA' }, // a GTIN-13 scan matches the GTIN-14 line
          { unitId: 'A', gtin: G1, quantity: '3', uom: 'EA' },
          { unitId: 'A', gtin: G3, quantity: '2', uom: 'EA' },
        ],
      }),
    );
    expect(result.lines.slice(0, 2)).toEqual([
      { lineId: '1', expected: '10', received: '9', uom: 'EA' },
      { lineId: '2', expected: '4', received: '0', uom: 'CS' },
    ]);
    expect(
      result.discrepancies.map((d) => [d.code, d.lineId ?? d.gtin, d.withinTolerance, d.tolerance?.outcome]),
    ).toEqual([
      ['wrong-item', G3, false, undefined],
      ['short', '1', true, 'within-tolerance'],
      ['short', '2', false, 'needs-approval'],
    ]);
    expect(result.discrepancies[0]).toMatchObject({
      unitId: 'A',
      sscc: CARTON_A,
      actual: { quantity: '2', uom: 'EA' },
      message: `GTIN ${G3} is not expected in unit A (2 EA counted)`,
    });
    expect(needingApproval(result.discrepancies)).toHaveLength(1);
    expect(blocksReceipt(result.discrepancies)).toBe(false);
  });

  it('over past a blocking tolerance blocks the receipt; decimals in kg; CT counts on a CS line', () => {
    const result = reconcileReceipt(
      receipt({
        counts: [
          { unitId: 'C', gtin: G1, quantity: '2.75', uom: 'KG' },
          { unitId: 'B', gtin: G2, quantity: '4', uom: 'CT', lineId: '2' },
        ],
      }),
    );
    expect(result.discrepancies).toMatchObject([
      { code: 'over', lineId: '3', variance: { quantity: '0.25', uom: 'KGM' } },
    ]);
    expect(blocksReceipt(result.discrepancies)).toBe(true);
  });

  it('refuses counts in another unit than the line', () => {
    expect(() => reconcileReceipt(receipt({ counts: [{ unitId: 'B', gtin: G2, quantity: '48', uom: 'EA' }] }))).toThrow(
      'a count in EA was given for line 2 in CS: convert it first',
    );
    expect(() =>
      reconcileReceipt(
        receipt({
          lines: [{ lineId: 'z', unitId: null, gtin: G1, quantity: '1', uom: 'ZZ' }],
          counts: [{ unitId: null, gtin: G1, quantity: '1', uom: 'YY' }],
        }),
      ),
    ).toThrow(RangeError);
  });

  it('at close: the outermost missing unit once, and every unreceived line short', () => {
    const result = reconcileReceipt(
      receipt({ closing: true, unitScans: [{ scanId: 's1', sscc: CARTON_A, mode: 'trust' }] }),
    );
    expect(result.discrepancies.map((d) => [d.code, d.unitId, d.lineId])).toEqual([
      ['missing-unit', 'B', undefined],
      ['missing-unit', 'C', undefined],
      ['short', 'B', '2'],
      ['short', 'C', '3'],
    ]);
    const nothing = reconcileReceipt(receipt({ closing: true }));
    expect(nothing.discrepancies.filter((d) => d.code === 'missing-unit').map((d) => d.unitId)).toEqual(['P', 'C']);
  });

  it('handles lines without a packing level, counted against the whole ASN', () => {
    const flat = receipt({
      units: [],
      lines: [{ lineId: '1', unitId: null, gtin: G1, quantity: '5', uom: 'EA' }],
      counts: [
        { unitId: null, gtin: G1, quantity: '5', uom: 'EA' },
        { unitId: null, gtin: G2, quantity: '1', uom: 'EA' },
      ],
      closing: true,
    });
    expect(reconcileReceipt(flat).discrepancies.map((d) => d.code)).toEqual(['wrong-item']);
    expect(reconcileReceipt({ ...flat, counts: [] }).discrepancies).toMatchObject([
      { code: 'short', variance: { quantity: '-5' } },
    ]);
  });
});

describe('lot and expiry findings as records', () => {
  it('turns discrepancies into records and leaves prompts out', () => {
    const check = checkLotExpiry({
      received: { lot: 'Z9' },
      expected: [{ lineId: '1', lot: 'A1', expiry: '2027-01-31' }],
      today: '2026-11-23',
    });
    const records = check.findings.map((finding) => lotExpiryDiscrepancy('ASN1', { lineId: '1', gtin: G1 }, finding));
    expect(records).toEqual([
      {
        code: 'lot-mismatch',
        liability: 'supplier',
        asnId: 'ASN1',
        lineId: '1',
        gtin: G1,
        withinTolerance: false,
        message: 'Lot Z9 is not on the ASN (expected A1)',
      },
      null,
    ]);
  });
});

describe('a unit counted without its label scanned', () => {
  it('is not missing at close', () => {
    const result = reconcileReceipt(
      receipt({
        closing: true,
        unitScans: [{ scanId: 's1', sscc: PALLET, mode: 'trust' }],
        counts: [{ unitId: 'C', gtin: G1, quantity: '2.5', uom: 'KGM' }],
      }),
    );
    expect(result.discrepancies).toEqual([]);
  });
});

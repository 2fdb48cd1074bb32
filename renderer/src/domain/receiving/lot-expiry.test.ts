import { describe, expect, it } from 'vitest';
import { parseScan } from '../gs1/parse-scan';
import { checkLotExpiry, daysBetween, shelfLifeRuleFor } from './lot-expiry';

const today = '2026-11-23';
const lines = [
  { lineId: 'L1', lot: 'A100', expiry: '2027-03-31' },
  { lineId: 'L2', lot: 'B200', expiry: '2027-06-15' },
];

describe('lot and expiry', () => {
  it('matches the line with the same lot and expiry', () => {
    expect(checkLotExpiry({ received: { lot: 'B200', expiry: '2027-06-15' }, expected: lines, today })).toEqual({
      matchedLineId: 'L2',
      findings: [],
    });
  });

  it('flags a lot that is not on the ASN, comparing case-sensitively', () => {
    const check = checkLotExpiry({ received: { lot: 'a100', expiry: '2027-03-31' }, expected: lines, today });
    expect(check.findings).toEqual([
      {
        kind: 'discrepancy',
        code: 'lot-mismatch',
        expected: 'A100, B200',
        actual: 'a100',
        message: 'Lot a100 is not on the ASN (expected A100 or B200)',
      },
    ]);
    // The expiry still singles out a line.
    expect(check.matchedLineId).toBe('L1');
  });

  it('flags an expiry that differs from the lot line', () => {
    const check = checkLotExpiry({ received: { lot: 'A100', expiry: '2027-06-15' }, expected: lines, today });
    expect(check.findings).toMatchObject([{ code: 'expiry-mismatch', expected: '2027-03-31', actual: '2027-06-15' }]);
    expect(check.matchedLineId).toBe('L1');
  });

  it('compares a GS1 DD=00 expiry by month, already resolved by the parser', () => {
    const scan = parseScan('(01)04012345000016(17)270300(10)A100', { referenceDate: new Date(Date.UTC(2026, 10, 23)) });
    const facts = scan.valid && scan.kind === 'gs1' ? scan.facts : {};
    expect(facts.expiry).toBe('2027-03-31');
    const asnSaysFirst = [{ lineId: 'L1', lot: 'A100', expiry: '2027-03-01' }];
    expect(
      checkLotExpiry({
        received: { lot: facts.lot, expiry: facts.expiry, expiryMonthOnly: true },
        expected: asnSaysFirst,
        today,
      }),
    ).toEqual({ matchedLineId: 'L1', findings: [] });
    expect(
      checkLotExpiry({
        received: { lot: 'A100', expiry: '2027-04-30', expiryMonthOnly: true },
        expected: asnSaysFirst,
        today,
      }).findings,
    ).toMatchObject([{ code: 'expiry-mismatch', actual: '2027-04' }]);
  });

  it('accepts any lot when the ASN names none, and asks when only the ASN has one', () => {
    expect(checkLotExpiry({ received: { lot: 'X' }, expected: [{ lineId: 'L1' }], today })).toEqual({
      matchedLineId: 'L1',
      findings: [],
    });
    expect(checkLotExpiry({ received: {}, expected: lines, today })).toEqual({
      matchedLineId: null,
      findings: [
        { kind: 'ask', field: 'lot', message: 'The ASN names a lot for this item — scan or key the lot' },
        { kind: 'ask', field: 'expiry', message: 'The ASN gives an expiry for this item — scan or key it' },
      ],
    });
    expect(checkLotExpiry({ received: { lot: '  ' }, expected: [], today })).toEqual({
      matchedLineId: null,
      findings: [],
    });
  });

  it('refuses short-dated and expired goods against the minimum remaining shelf life', () => {
    // Exactly the minimum is enough.
    expect(
      checkLotExpiry({ received: { expiry: '2026-12-23' }, expected: [], today, minRemainingDays: 30 }).findings,
    ).toEqual([]);
    expect(
      checkLotExpiry({ received: { expiry: '2026-12-22' }, expected: [], today, minRemainingDays: 30 }).findings,
    ).toMatchObject([
      {
        code: 'expiry-unacceptable',
        remainingDays: 29,
        message: 'Expires 2026-12-22: 29 days left, at least 30 required',
      },
    ]);
    expect(
      checkLotExpiry({ received: { expiry: '2026-11-22' }, expected: [], today, minRemainingDays: 0 }).findings,
    ).toMatchObject([
      { code: 'expiry-unacceptable', remainingDays: -1, message: 'Expired on 2026-11-22 — do not receive into stock' },
    ]);
    expect(
      checkLotExpiry({ received: { expiry: '2026-11-23' }, expected: [], today, minRemainingDays: 0 }).findings,
    ).toEqual([]);
    // Without a scanned expiry, the ASN's declared expiry is judged.
    expect(
      checkLotExpiry({ received: { lot: 'A100' }, expected: lines.slice(0, 1), today, minRemainingDays: 365 }).findings,
    ).toMatchObject([
      { kind: 'ask', field: 'expiry' },
      { code: 'expiry-unacceptable', actual: '2027-03-31' },
    ]);
    // No policy, no check.
    expect(checkLotExpiry({ received: { expiry: '2020-01-01' }, expected: [], today }).findings).toEqual([]);
  });

  it('takes the shelf-life rule by precedence', () => {
    const rules = [
      { supplierId: 'ACME', minRemainingDays: 60 },
      { itemId: 'MILK', minRemainingDays: 5 },
    ];
    expect(shelfLifeRuleFor(rules, { supplierId: 'ACME', itemId: 'MILK' })).toMatchObject({
      scope: 'item',
      rule: { minRemainingDays: 5 },
    });
    expect(shelfLifeRuleFor(rules, { supplierId: 'ACME', itemId: 'BREAD' }).rule.minRemainingDays).toBe(60);
    expect(shelfLifeRuleFor(rules, {}).rule.minRemainingDays).toBe(0);
  });

  it('counts calendar days across leap years and refuses dates that do not exist', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => checkLotExpiry({ received: { expiry: '20270331' }, expected: [], today })).toThrow(RangeError);
    expect(() => checkLotExpiry({ received: {}, expected: [], today: 'today' })).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checklist, InspectionRule, UnitForInspection } from './inspection-rules';
import {
  DAMAGE_REASON_LABELS,
  DAMAGE_REASONS,
  discrepancyForDamage,
  evaluateInspection,
  sampleBucket,
  selectForInspection,
} from './inspection-rules';
import { DISCREPANCY_CODES } from './discrepancy-codes';

const unit = (over: Partial<UnitForInspection> = {}): UnitForInspection => ({
  asnId: 'ASN1',
  unitId: 'U1',
  supplierId: 'ACME',
  itemIds: ['BOLT'],
  position: 1,
  firstReceiptFromSupplier: false,
  ...over,
});

describe('selectForInspection', () => {
  const rules: InspectionRule[] = [
    { ruleId: 'glass-always', itemId: 'GLASS', sample: { kind: 'every-unit' }, checklistId: 'fragile' },
    { ruleId: 'new-supplier', sample: { kind: 'first-receipt-from-supplier' }, checklistId: 'general' },
    { ruleId: 'acme-10pc', supplierId: 'ACME', sample: { kind: 'percent', percent: '10' }, checklistId: 'general' },
  ];

  it('inspects every unit of an item, and every unit of a new supplier', () => {
    expect(selectForInspection(unit({ itemIds: ['BOLT', 'GLASS'], supplierId: 'OTHER' }), rules)).toEqual({
      inspect: true,
      ruleIds: ['glass-always'],
      checklistIds: ['fragile'],
    });
    expect(selectForInspection(unit({ supplierId: 'NEW', firstReceiptFromSupplier: true }), rules)).toEqual({
      inspect: true,
      ruleIds: ['new-supplier'],
      checklistIds: ['general'],
    });
    expect(selectForInspection(unit({ supplierId: 'OTHER' }), rules)).toEqual({
      inspect: false,
      ruleIds: [],
      checklistIds: [],
    });
  });

  it('adds up rules and lists each checklist once', () => {
    const all = selectForInspection(unit({ itemIds: ['GLASS'], firstReceiptFromSupplier: true, supplierId: 'X' }), [
      ...rules,
      { ruleId: 'x-all', supplierId: 'X', sample: { kind: 'every-unit' }, checklistId: 'general' },
    ]);
    expect(all.ruleIds).toEqual(['glass-always', 'new-supplier', 'x-all']);
    expect(all.checklistIds).toEqual(['fragile', 'general']);
  });

  it('samples a percentage deterministically, close to the rate', () => {
    const pick = (unitId: string) => selectForInspection(unit({ unitId }), rules).inspect;
    const ids = Array.from({ length: 10_000 }, (_, i) => `SSCC${i}`);
    const first = ids.map(pick);
    expect(ids.map(pick)).toEqual(first); // a restart gives the same answer
    const rate = first.filter(Boolean).length / ids.length;
    expect(rate).toBeGreaterThan(0.09);
    expect(rate).toBeLessThan(0.11);
    // The same unit under another ASN or rule is an independent draw, and the bucket is pinned.
    expect(sampleBucket('ASN1', 'U1', 'r')).toBe(sampleBucket('ASN1', 'U1', 'r'));
    expect(sampleBucket('ASN1', 'U1', 'r')).not.toBe(sampleBucket('ASN2', 'U1', 'r'));
  });

  it('property: 0 % picks nothing and 100 % picks everything', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (asnId, unitId) => {
        const at = (percent: string) =>
          selectForInspection(unit({ asnId, unitId }), [
            { ruleId: 'p', sample: { kind: 'percent', percent }, checklistId: 'c' },
          ]).inspect;
        expect(at('0')).toBe(false);
        expect(at('100')).toBe(true);
        const bucket = sampleBucket(asnId, unitId, 'p');
        expect(bucket).toBeGreaterThanOrEqual(0);
        expect(bucket).toBeLessThan(1_000_000);
      }),
    );
  });

  it('takes the first unit and every Nth after it', () => {
    const rule: InspectionRule[] = [{ ruleId: 'n', sample: { kind: 'every-nth', n: 5 }, checklistId: 'c' }];
    const picked = [1, 2, 3, 4, 5, 6, 7, 11].filter(
      (position) => selectForInspection(unit({ position }), rule).inspect,
    );
    expect(picked).toEqual([1, 6, 11]);
  });

  it('refuses malformed rules', () => {
    const bad = (sample: InspectionRule['sample']) => () =>
      selectForInspection(unit(), [{ ruleId: 'bad', sample, checklistId: 'c' }]);
    expect(bad({ kind: 'percent', percent: '101' })).toThrow(RangeError);
    expect(bad({ kind: 'percent', percent: '-1' })).toThrow(RangeError);
    expect(bad({ kind: 'percent', percent: '1.23456' })).toThrow(RangeError);
    expect(bad({ kind: 'every-nth', n: 0 })).toThrow(RangeError);
    expect(bad({ kind: 'every-nth', n: 2.5 })).toThrow(RangeError);
    expect(() =>
      selectForInspection(unit({ position: undefined }), [
        { ruleId: 'n', sample: { kind: 'every-nth', n: 2 }, checklistId: 'c' },
      ]),
    ).toThrow(/position/);
  });
});

describe('evaluateInspection', () => {
  const checklist: Checklist = {
    checklistId: 'general',
    items: [
      { itemId: 'carton', question: 'Outer carton intact?' },
      { itemId: 'labels', question: 'Labels readable?' },
      { itemId: 'tidy', question: 'Pallet wrapped neatly?', critical: false },
    ],
  };

  it('is incomplete until every item is answered', () => {
    expect(evaluateInspection(checklist, { carton: 'pass' })).toEqual({
      outcome: 'incomplete',
      unanswered: ['labels', 'tidy'],
    });
  });

  it('passes, noting non-critical failures', () => {
    expect(evaluateInspection(checklist, { carton: 'pass', labels: 'pass', tidy: 'fail' })).toEqual({
      outcome: 'passed',
      notedFailures: ['tidy'],
    });
  });

  it('sends a failed unit to quarantine, with the damage recorded as discrepancies', () => {
    expect(evaluateInspection(checklist, { carton: 'fail', labels: 'pass', tidy: 'pass' })).toEqual({
      outcome: 'failed',
      disposition: 'quarantine',
      failedItems: ['carton'],
      discrepancies: [],
    });
    expect(
      evaluateInspection(checklist, { carton: 'pass', labels: 'pass', tidy: 'pass' }, [
        { reason: 'crushed', photoIds: ['p1'] },
        { reason: 'wet' },
        { reason: 'temperature', note: '12 °C' },
      ]),
    ).toEqual({
      outcome: 'failed',
      disposition: 'quarantine',
      failedItems: [],
      discrepancies: ['damaged', 'temperature-out-of-range'],
    });
  });

  it('maps every damage reason to a known discrepancy code and a label', () => {
    for (const reason of DAMAGE_REASONS) {
      expect(DISCREPANCY_CODES).toContain(discrepancyForDamage(reason));
      expect(DAMAGE_REASON_LABELS[reason].length).toBeGreaterThan(0);
    }
    expect(discrepancyForDamage('seal-broken')).toBe('seal-broken');
    expect(discrepancyForDamage('label-unreadable')).toBe('label-unreadable');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQuantities, subtractQuantities } from '../quantity';
import type { ToleranceRule } from './tolerances';
import { bandLimit, checkTolerance, classifyVariance, EXACT_ONLY, toleranceRuleFor } from './tolerances';

const stationDefault: ToleranceRule = {
  short: { percent: '5', outside: 'approve' },
  over: { outside: 'block' },
};
const rules: ToleranceRule[] = [
  {
    supplierId: 'ACME',
    short: { percent: '10', absolute: '5', outside: 'approve' },
    over: { percent: '2', outside: 'approve' },
  },
  { itemId: 'GLASS', short: { absolute: '1', outside: 'block' }, over: { absolute: '0', outside: 'block' } },
  {
    supplierId: 'ACME',
    itemId: 'GLASS',
    short: { percent: '50', outside: 'approve' },
    over: { percent: '50', absolute: '3', outside: 'approve' },
  },
];

function check(expected: string, counted: string, supplierId?: string, itemId?: string) {
  return checkTolerance({ expected, counted, supplierId, itemId, rules, stationDefault });
}

describe('tolerances', () => {
  it('resolves supplier+item > item > supplier > station default', () => {
    expect(toleranceRuleFor(rules, { supplierId: 'ACME', itemId: 'GLASS' }).scope).toBe('supplier+item');
    expect(toleranceRuleFor(rules, { supplierId: 'OTHER', itemId: 'GLASS' }).scope).toBe('item');
    expect(toleranceRuleFor(rules, { supplierId: 'ACME', itemId: 'BOLT' }).scope).toBe('supplier');
    expect(toleranceRuleFor(rules, { supplierId: 'OTHER', itemId: 'BOLT' }, stationDefault)).toEqual({
      rule: stationDefault,
      scope: 'station-default',
    });
    expect(toleranceRuleFor([], {}).rule).toBe(EXACT_ONLY);
  });

  it('calls an equal count exact, whatever the written form', () => {
    expect(check('10', '10.0')).toEqual({
      outcome: 'exact',
      direction: 'none',
      variance: '0',
      limit: '0',
      withinTolerance: true,
      scope: 'station-default',
    });
  });

  it('combines percent and absolute as the stricter of the two', () => {
    // ACME short: 10 % or 5, the stricter. On 200: 10 % = 20, absolute 5 → limit 5.
    expect(bandLimit({ percent: '10', absolute: '5', outside: 'approve' }, '200')).toBe('5');
    expect(check('200', '195', 'ACME')).toMatchObject({ outcome: 'within-tolerance', variance: '-5', limit: '5' });
    expect(check('200', '194', 'ACME')).toMatchObject({ outcome: 'needs-approval', direction: 'short' });
    // On 20: 10 % = 2 is stricter than 5.
    expect(check('20', '18', 'ACME')).toMatchObject({ outcome: 'within-tolerance', limit: '2' });
    expect(check('20', '17', 'ACME')).toMatchObject({ outcome: 'needs-approval', withinTolerance: false });
  });

  it('keeps short and over apart, each with its own action', () => {
    expect(check('100', '96')).toMatchObject({
      outcome: 'within-tolerance',
      direction: 'short',
      withinTolerance: true,
    });
    expect(check('100', '94')).toMatchObject({ outcome: 'needs-approval', direction: 'short' });
    // Over with no tolerance configured: any overage is out, and this station blocks it.
    expect(check('100', '101')).toMatchObject({ outcome: 'blocked', direction: 'over', limit: '0', variance: '1' });
    expect(check('3', '2', 'OTHER', 'GLASS')).toMatchObject({ outcome: 'within-tolerance', scope: 'item' });
    expect(check('3', '1', 'OTHER', 'GLASS')).toMatchObject({ outcome: 'blocked', scope: 'item' });
  });

  it('blocks or asks for approval with no rule at all: exact only', () => {
    expect(checkTolerance({ expected: '10', counted: '11', rules: [] })).toMatchObject({ outcome: 'needs-approval' });
  });

  it('handles decimals exactly (kg lines)', () => {
    const kg: ToleranceRule = {
      short: { percent: '0.5', outside: 'block' },
      over: { absolute: '0.25', outside: 'approve' },
    };
    const chosen = { rule: kg, scope: 'item' as const };
    expect(classifyVariance('12.5', '12.4375', chosen)).toMatchObject({ outcome: 'within-tolerance', limit: '0.0625' });
    expect(classifyVariance('12.5', '12.437', chosen)).toMatchObject({ outcome: 'blocked' });
    expect(classifyVariance('12.5', '12.75', chosen)).toMatchObject({ outcome: 'within-tolerance', variance: '0.25' });
    expect(classifyVariance('12.5', '12.751', chosen)).toMatchObject({ outcome: 'needs-approval' });
  });

  it('on a zero line, a percentage accepts nothing; an absolute alone may', () => {
    expect(check('0', '1', 'ACME')).toMatchObject({ outcome: 'needs-approval', limit: '0', variance: '1' });
    const absoluteOnly = {
      rule: { short: { outside: 'approve' }, over: { absolute: '1', outside: 'block' } } as ToleranceRule,
      scope: 'supplier' as const,
    };
    expect(classifyVariance('0', '1', absoluteOnly)).toMatchObject({ outcome: 'within-tolerance' });
    expect(classifyVariance('0', '2', absoluteOnly)).toMatchObject({ outcome: 'blocked' });
    expect(classifyVariance('0', '0', absoluteOnly)).toMatchObject({ outcome: 'exact' });
  });

  it('counting nothing against a line is a full shortage', () => {
    expect(check('10', '0', 'ACME', 'GLASS')).toMatchObject({ outcome: 'needs-approval', variance: '-10', limit: '5' });
  });

  it('refuses negative quantities and limits, and non-decimals', () => {
    expect(() => check('10', '-1')).toThrow(RangeError);
    expect(() => check('-1', '1')).toThrow(RangeError);
    const bad = {
      rule: { short: { percent: '-1', outside: 'approve' }, over: EXACT_ONLY.over } as ToleranceRule,
      scope: 'item' as const,
    };
    expect(() => classifyVariance('10', '9', bad)).toThrow(RangeError);
    expect(() => check('10', '1e3')).toThrow(/not a decimal quantity/);
  });

  it('property: the combined limit is never looser than either limit alone, and a smaller variance stays within', () => {
    const amount = fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(amount, amount, amount, amount, (expected, percent, absolute, counted) => {
        const both = bandLimit({ percent, absolute, outside: 'approve' }, expected);
        expect(compareQuantities(both, bandLimit({ percent, outside: 'approve' }, expected))).toBeLessThanOrEqual(0);
        expect(compareQuantities(both, bandLimit({ absolute, outside: 'approve' }, expected))).toBeLessThanOrEqual(0);
        const rule: ToleranceRule = {
          short: { percent, absolute, outside: 'block' },
          over: { percent, absolute, outside: 'block' },
        };
        const verdict = classifyVariance(expected, counted, { rule, scope: 'item' });
        // Any count between the expected and an accepted count is accepted too.
        const nearer = subtractQuantities(counted, '0.01');
        if (verdict.withinTolerance && compareQuantities(nearer, expected) >= 0) {
          expect(classifyVariance(expected, nearer, { rule, scope: 'item' }).withinTolerance).toBe(true);
        }
        expect(verdict.outcome === 'blocked').toBe(!verdict.withinTolerance);
      }),
    );
  });
});

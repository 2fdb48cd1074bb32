import { describe, expect, it } from 'vitest';
import { mostSpecificRule } from './rule-precedence';

interface Rule {
  readonly supplierId?: string;
  readonly itemId?: string;
  readonly name: string;
}

const rules: Rule[] = [
  { supplierId: 'ACME', name: 'supplier' },
  { itemId: 'GLASS', name: 'item' },
  { supplierId: 'ACME', itemId: 'GLASS', name: 'both' },
  { name: 'station-wide' },
];
const fallback: Rule = { name: 'default' };

describe('rule precedence', () => {
  it('prefers supplier+item, then item, then supplier, then station-wide, then the default', () => {
    expect(mostSpecificRule(rules, { supplierId: 'ACME', itemId: 'GLASS' }, fallback)).toEqual({
      rule: rules[2],
      scope: 'supplier+item',
    });
    expect(mostSpecificRule(rules, { supplierId: 'OTHER', itemId: 'GLASS' }, fallback).rule.name).toBe('item');
    expect(mostSpecificRule(rules, { supplierId: 'ACME', itemId: 'BOLT' }, fallback).rule.name).toBe('supplier');
    expect(mostSpecificRule(rules, { supplierId: 'OTHER' }, fallback)).toEqual({
      rule: rules[3],
      scope: 'station-default',
    });
    expect(mostSpecificRule([], {}, fallback)).toEqual({ rule: fallback, scope: 'station-default' });
  });

  it('never applies a supplier+item rule to the item alone', () => {
    expect(mostSpecificRule([rules[2] as Rule], { itemId: 'GLASS' }, fallback).rule.name).toBe('default');
  });

  it('takes the first of equally specific rules', () => {
    const twice: Rule[] = [
      { itemId: 'X', name: 'first' },
      { itemId: 'X', name: 'second' },
    ];
    expect(mostSpecificRule(twice, { itemId: 'X' }, fallback).rule.name).toBe('first');
  });
});

import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  formatQuantity,
  isQuantity,
  parseQuantity,
  QuantityError,
  subtractQuantities,
  sumQuantities,
} from './quantity';

/** Deterministic PRNG (mulberry32) so a failing case can be reproduced from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random decimal string with up to 9 integer and 6 fraction digits, sometimes negative, leading/trailing zeros. */
function randomQuantity(random: () => number, allowNegative = true): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
  const whole = digits(1 + Math.floor(random() * 9));
  const fractionLength = Math.floor(random() * 7);
  const fraction = fractionLength > 0 ? `.${digits(fractionLength)}` : '';
  const sign = allowNegative && random() < 0.3 ? '-' : '';
  return `${sign}${whole}${fraction}`;
}

/**
 * Reference model, independent of the code under test: the value in millionths as a JavaScript number. With at
 * most 9 + 6 digits it stays below 2^53, where integers are exact, so it is a trustworthy oracle.
 */
function micros(text: string): number {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const value = Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0'));
  return negative ? -value : value;
}

const CASES = 2_000;

describe('quantity arithmetic (examples)', () => {
  it('adds without binary floating point error', () => {
    expect(addQuantities('0.1', '0.2')).toBe('0.3');
    expect(addQuantities('2.50', '0.5')).toBe('3');
    expect(addQuantities('999999999999.999999', '0.000001')).toBe('1000000000000');
    expect(sumQuantities(Array.from({ length: 10 }, () => '0.1'))).toBe('1');
    expect(sumQuantities([])).toBe('0');
  });

  it('subtracts, going negative for a shortfall', () => {
    expect(subtractQuantities('12', '12.000')).toBe('0');
    expect(subtractQuantities('10', '12.5')).toBe('-2.5');
    expect(subtractQuantities('0.3', '0.1')).toBe('0.2');
  });

  it('formats canonically', () => {
    expect(formatQuantity('2.50')).toBe('2.5');
    expect(formatQuantity('3.0')).toBe('3');
    expect(formatQuantity('007.0100')).toBe('7.01');
    expect(formatQuantity('-0.000')).toBe('0');
    expect(formatQuantity('0.000001')).toBe('0.000001');
    expect(formatQuantity('-12.340')).toBe('-12.34');
  });

  it('compares by value, not by text', () => {
    expect(compareQuantities('2.50', '2.5')).toBe(0);
    expect(compareQuantities('10', '9.999')).toBe(1);
    expect(compareQuantities('-1', '0')).toBe(-1);
  });

  it('refuses anything that is not plainly a decimal number, saying so', () => {
    for (const bad of ['', ' 1', '1 ', '+1', '.5', '5.', '1e3', '1,5', 'NaN', 'Infinity', '0x10', '--1', '1.2.3']) {
      expect(isQuantity(bad), bad).toBe(false);
      expect(() => parseQuantity(bad), bad).toThrow(QuantityError);
    }
    expect(() => addQuantities('1', 'abc')).toThrow(/"abc" is not a decimal quantity/);
    expect(() => formatQuantity('1'.repeat(65))).toThrow(/at most 64/);
  });
});

describe('quantity arithmetic (properties over random decimals)', () => {
  it('agrees with an exact integer model for add, subtract and compare', () => {
    const random = prng(20240611);
    for (let i = 0; i < CASES; i++) {
      const a = randomQuantity(random);
      const b = randomQuantity(random);
      const context = `${a} ? ${b}`;
      expect(micros(addQuantities(a, b)), context).toBe(micros(a) + micros(b));
      expect(micros(subtractQuantities(a, b)), context).toBe(micros(a) - micros(b));
      expect(compareQuantities(a, b), context).toBe(Math.sign(micros(a) - micros(b)) + 0);
    }
  });

  it('is commutative and associative, with 0 as identity and subtraction undoing addition', () => {
    const random = prng(7);
    for (let i = 0; i < CASES; i++) {
      const [a, b, c] = [randomQuantity(random), randomQuantity(random), randomQuantity(random)];
      expect(addQuantities(a, b)).toBe(addQuantities(b, a));
      expect(addQuantities(addQuantities(a, b), c)).toBe(addQuantities(a, addQuantities(b, c)));
      expect(addQuantities(a, '0')).toBe(formatQuantity(a));
      expect(subtractQuantities(addQuantities(a, b), b)).toBe(formatQuantity(a));
      expect(compareQuantities(a, b)).toBe(-compareQuantities(b, a) + 0);
    }
  });

  it('formats to a fixed point that keeps the value and has no redundant zeros', () => {
    const random = prng(99);
    for (let i = 0; i < CASES; i++) {
      const a = randomQuantity(random);
      const canonical = formatQuantity(a);
      expect(formatQuantity(canonical)).toBe(canonical);
      expect(compareQuantities(canonical, a)).toBe(0);
      expect(canonical, a).toMatch(/^(0|-?[1-9]\d*(\.\d*[1-9])?|-?0\.\d*[1-9])$/);
    }
  });

  it('keeps non-negative wire quantities non-negative under addition', () => {
    const random = prng(3);
    for (let i = 0; i < CASES; i++) {
      const sum = addQuantities(randomQuantity(random, false), randomQuantity(random, false));
      expect(sum.startsWith('-')).toBe(false);
    }
  });
});

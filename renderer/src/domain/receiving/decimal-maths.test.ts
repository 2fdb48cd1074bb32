import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addQuantities, compareQuantities, formatQuantity } from '../quantity';
import { absoluteQuantity, divideQuantities, isWholeQuantity, multiplyQuantities, percentOf } from './decimal-maths';

describe('decimal maths', () => {
  it('multiplies exactly, where floating point would drift', () => {
    expect(multiplyQuantities('0.1', '3')).toBe('0.3');
    expect(multiplyQuantities('1.5', '-2')).toBe('-3');
    expect(multiplyQuantities('12', '6')).toBe('72');
  });

  it('divides exactly when the quotient terminates, and says so when it does not', () => {
    expect(divideQuantities('72', '12')).toEqual({ exact: true, quotient: '6' });
    expect(divideQuantities('3', '6')).toEqual({ exact: true, quotient: '0.5' });
    expect(divideQuantities('1', '8')).toEqual({ exact: true, quotient: '0.125' });
    expect(divideQuantities('0.3', '0.1')).toEqual({ exact: true, quotient: '3' });
    expect(divideQuantities('7', '6')).toEqual({ exact: false, whole: '1', remainder: '1' });
    expect(divideQuantities('-7', '6')).toEqual({ exact: false, whole: '-1', remainder: '-1' });
    expect(divideQuantities('7', '-6')).toEqual({ exact: false, whole: '-1', remainder: '1' });
    expect(divideQuantities('0', '3')).toEqual({ exact: true, quotient: '0' });
    expect(() => divideQuantities('1', '0.0')).toThrow(RangeError);
  });

  it('takes percentages by moving the decimal point', () => {
    expect(percentOf('200', '2.5')).toBe('5');
    expect(percentOf('3', '10')).toBe('0.3');
    expect(percentOf('0', '10')).toBe('0');
  });

  it('knows whole quantities and absolute values', () => {
    expect(isWholeQuantity('12.0')).toBe(true);
    expect(isWholeQuantity('12.5')).toBe(false);
    expect(absoluteQuantity('-2.50')).toBe('2.5');
  });

  it('property: (a × b) ÷ b is a; otherwise whole × b + remainder is a with |remainder| < |b|', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }))
      .map(([units, scale]) => {
        const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        return (units < 0n ? '-' : '') + text;
      });
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        fc.pre(compareQuantities(b, '0') !== 0);
        expect(divideQuantities(multiplyQuantities(a, b), b)).toEqual({ exact: true, quotient: formatQuantity(a) });
        const q = divideQuantities(a, b);
        if (q.exact) {
          expect(compareQuantities(multiplyQuantities(q.quotient, b), a)).toBe(0);
        } else {
          expect(compareQuantities(addQuantities(multiplyQuantities(q.whole, b), q.remainder), a)).toBe(0);
          expect(compareQuantities(absoluteQuantity(q.remainder), absoluteQuantity(b))).toBe(-1);
        }
      }),
    );
  });
});

import type { Decimal } from '../quantity';
import { formatDecimal, parseQuantity, subtractQuantities } from '../quantity';

/**
 * Multiplication and exact division of decimal-string quantities, which `../quantity.ts` does not offer (it
 * adds, subtracts and compares). Same rule: BigInt units of 10^-scale, never binary floating point, so 0.1 × 3
 * is 0.3 and 7 ÷ 6 is reported as not a decimal instead of 1.1666666666666667.
 */

/** `a × b`, exactly. */
export function multiplyQuantities(a: string, b: string): string {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  return formatDecimal({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** The result of dividing two quantities. */
export type Quotient =
  | { readonly exact: true; readonly quotient: string }
  /** The true quotient has no finite decimal form (7 ÷ 6): whole part and what is left over, both exact. */
  | { readonly exact: false; readonly whole: string; readonly remainder: string };

/**
 * `a ÷ b`. Exact when the quotient is a terminating decimal (a fraction whose reduced denominator has no prime
 * factor but 2 and 5), e.g. 3 ÷ 6 = 0.5; otherwise the whole part (truncated toward zero) and the remainder
 * (`a - whole × b`, same sign as `a`). Throws `RangeError` on division by zero.
 */
export function divideQuantities(a: string, b: string): Quotient {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (y.units === 0n) throw new RangeError(`cannot divide ${a} by zero`);
  // a/b = (x.units × 10^y.scale) / (y.units × 10^x.scale)
  let numerator = x.units * 10n ** BigInt(y.scale);
  let denominator = y.units * 10n ** BigInt(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  // denominator > 0 here, so the gcd is at least 1.
  let rest = denominator / gcd(abs(numerator), denominator);
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest === 1n) {
    const scale = Math.max(twos, fives);
    const units = (numerator * 10n ** BigInt(scale)) / denominator;
    return { exact: true, quotient: formatDecimal({ units, scale }) };
  }
  const whole = numerator / denominator;
  const wholeText = formatDecimal({ units: whole, scale: 0 });
  return { exact: false, whole: wholeText, remainder: subtractQuantities(a, multiplyQuantities(wholeText, b)) };
}

/** `value × percent / 100`, exactly (dividing by 100 only moves the decimal point). */
export function percentOf(value: string, percent: string): string {
  const product: Decimal = parseQuantity(multiplyQuantities(value, percent));
  return formatDecimal({ units: product.units, scale: product.scale + 2 });
}

/** True when the quantity has no fractional part ("12", "12.0"). */
export function isWholeQuantity(text: string): boolean {
  const { units, scale } = parseQuantity(text);
  return units % 10n ** BigInt(scale) === 0n;
}

/** The absolute value of a quantity, canonical. */
export function absoluteQuantity(text: string): string {
  const { units, scale } = parseQuantity(text);
  return formatDecimal({ units: abs(units), scale });
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Decimal-string quantity arithmetic. Quantities travel as decimal strings ("12", "2.5") so they never pass
 * through binary floating point, where 0.1 + 0.2 is 0.30000000000000004 and a dock's counts would drift.
 * Here they become a BigInt count of 10^-scale units, are added or compared exactly at a common scale, and are
 * written back in canonical form: no leading zeros, no trailing fractional zeros, no "-0".
 *
 * The grammar is deliberately narrow (no exponent, no "+", no ".5" or "5."): quantities come from ASNs, events
 * and users, and an input that is not plainly a decimal number is a mistake to report, not to guess at.
 */

const QUANTITY_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Longest accepted text: far beyond any real count or weight, short enough that junk is refused early. */
const MAX_LENGTH = 64;

/** A parsed quantity: `units` × 10^-`scale`. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

export class QuantityError extends Error {
  override readonly name = 'QuantityError';
}

/** Parses a decimal string; throws `QuantityError` saying what is wrong with it. */
export function parseQuantity(text: string): Decimal {
  if (text.length > MAX_LENGTH) {
    throw new QuantityError(`quantity is ${text.length} characters long; at most ${MAX_LENGTH} are accepted`);
  }
  const match = QUANTITY_PATTERN.exec(text);
  if (!match) {
    throw new QuantityError(
      `"${text}" is not a decimal quantity: use digits with an optional "." and fraction, such as "12" or "2.5"`,
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const magnitude = BigInt(whole + fraction);
  return { units: sign === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** True when `text` parses as a quantity. */
export function isQuantity(text: string): boolean {
  return text.length <= MAX_LENGTH && QUANTITY_PATTERN.test(text);
}

/** Canonical text of a parsed quantity: "2.50" → "2.5", "3.0" → "3", "-0" → "0", "007" → "7". */
export function formatDecimal(value: Decimal): string {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return (negative ? '-' : '') + (scale > 0 ? `${whole}.${fraction}` : whole);
}

/** Canonical form of a quantity string; throws `QuantityError` when it is not one. */
export function formatQuantity(text: string): string {
  return formatDecimal(parseQuantity(text));
}

/** `a + b`, exactly. */
export function addQuantities(a: string, b: string): string {
  const [x, y, scale] = aligned(parseQuantity(a), parseQuantity(b));
  return formatDecimal({ units: x + y, scale });
}

/** `a - b`, exactly; negative when `b` is larger (a shortfall). */
export function subtractQuantities(a: string, b: string): string {
  const [x, y, scale] = aligned(parseQuantity(a), parseQuantity(b));
  return formatDecimal({ units: x - y, scale });
}

/** Sum of any number of quantities; "0" for none. */
export function sumQuantities(values: Iterable<string>): string {
  let total = '0';
  for (const value of values) total = addQuantities(total, value);
  return total;
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b` by value ("2.50" equals "2.5"). */
export function compareQuantities(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(parseQuantity(a), parseQuantity(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Both values as units of the finer scale, and that scale. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

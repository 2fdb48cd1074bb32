import { formatQuantity, isQuantity } from '../../quantity';

/** Already canonical: no sign, no leading zeros, no trailing fractional zeros ("0", "12", "2.5"). */
const CANONICAL = /^(?:0|[1-9]\d{0,30})(?:\.\d{0,30}[1-9])?$/;

/**
 * Numeric data element values (ISO 9735-1 §10.1, "Representation of numeric data element values"). The decimal
 * mark is the one the UNA declares; the other of "." and "," is accepted too, because ISO 9735 forbids triad
 * (thousands) separators, so either character in a number can only be a decimal mark. The result is the
 * canonical decimal string of renderer/src/domain/quantity.ts ("00000016" → "16", "1.000" → "1"): quantities
 * are never turned into binary floating point. Null when the value is not a decimal number.
 */
export function readDecimal(raw: string): string | null {
  if (CANONICAL.test(raw)) return raw; // most values already are: skip the BigInt round trip
  const normalised = raw.replace(',', '.');
  if (!isQuantity(normalised)) return null;
  return formatQuantity(normalised);
}

/** A canonical decimal string written with the interchange's decimal mark. */
export function writeDecimal(value: string, decimal: '.' | ','): string {
  return decimal === '.' ? value : value.replace('.', ',');
}

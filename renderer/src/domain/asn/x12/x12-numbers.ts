import type { AsnMeasure } from '../canonical-asn';
import { formatQuantity, isQuantity } from '../../quantity';
import { el, reject, shown, type WarningList } from './problems';
import type { X12Segment } from './tokenizer';

/**
 * X12 numeric elements (types R and Nn) as canonical decimal strings, never through binary floating point
 * (renderer/src/domain/quantity.ts). Quantities that cannot be read reject the file: a dock that counts against a
 * guessed quantity is worse than no ASN. Weights are informative, so a bad weight is only a warning.
 */

/** Element n as a decimal quantity; rejects the file when it is absent or not a plain decimal number. */
/** Whole numbers without leading zeros are already canonical: the common case skips BigInt arithmetic. */
const CANONICAL_INTEGER = /^(?:0|[1-9]\d{0,15})$/;

export function readQuantity(segment: X12Segment, n: number, what: string): string {
  const value = el(segment, n);
  if (CANONICAL_INTEGER.test(value)) return value;
  if (value === '' || !isQuantity(value)) {
    const got = value === '' ? 'is empty' : `"${value}" is not a decimal number`;
    reject(
      'x12-quantity',
      `${shown(segment)} at line ${segment.line}: the ${what} ${got}. Quantities must be plain decimals such as 12 or 2.5; ask the sender to correct the file.`,
      segment,
    );
  }
  const canonical = formatQuantity(value);
  if (canonical.startsWith('-')) {
    reject('x12-quantity', `${shown(segment)} at line ${segment.line}: the ${what} is negative.`, segment);
  }
  return canonical;
}

/** Element n as a decimal quantity when present and valid; a warning and undefined otherwise. */
export function optionalQuantity(
  segment: X12Segment,
  n: number,
  what: string,
  warnings: WarningList,
): string | undefined {
  const value = el(segment, n);
  if (value === '') return undefined;
  if (!isQuantity(value)) {
    warnings.add(
      'x12-number',
      `${shown(segment)} at line ${segment.line}: ${what} "${value}" is not a decimal; ignored`,
      segment,
    );
    return undefined;
  }
  return formatQuantity(value);
}

/** A weight or other measure from a value element and a unit element. */
export function readMeasure(
  segment: X12Segment,
  valueAt: number,
  unitAt: number,
  warnings: WarningList,
): AsnMeasure | undefined {
  const value = optionalQuantity(segment, valueAt, 'weight', warnings);
  if (value === undefined) return undefined;
  return { value, unit: el(segment, unitAt) };
}

/**
 * Gross weight from TD1 (TD106 weight qualifier `G`, TD107 weight, TD108 unit) or MEA (MEA01 `PD`, MEA02 `G`,
 * MEA03 value, MEA04 unit).
 */
export function grossWeightOf(segment: X12Segment, warnings: WarningList): AsnMeasure | undefined {
  if (segment.tag === 'TD1' && el(segment, 6) === 'G') return readMeasure(segment, 7, 8, warnings);
  if (segment.tag === 'MEA' && el(segment, 2) === 'G') return readMeasure(segment, 3, 4, warnings);
  return undefined;
}

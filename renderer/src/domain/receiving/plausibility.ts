import { compareQuantities, formatQuantity, isQuantity } from '../quantity';
import { divideQuantities, isWholeQuantity, multiplyQuantities } from './decimal-maths';
import type { DockUnit } from './pack-maths';
import { DEFAULT_UOM_ALIASES, dockUnitOf } from './pack-maths';

/**
 * A guard against implausible keyed quantities (issue 5, item 2): a slipped finger on a handheld keypad turns 10
 * into 100 or 1000, and once accepted that typo becomes an overage claim against the supplier. A suspicious
 * quantity is not refused: the worker keys it again (a second, independent entry catches a typo; a true
 * overage is keyed the same twice). Only what cannot be a count is refused outright.
 *
 * Messages are for the dock: the unit, grouped digits ("1,000"), the ratio, and what to do. In blind receiving
 * the expected quantity is hidden from the worker (issue 5, item 2), so the message does not reveal it.
 */

export interface PlausibilityLimits {
  /** Ask for confirmation above this multiple of the expected quantity (default 10). */
  readonly maxTimesExpected: string;
  /** Ask for confirmation above this quantity whatever was expected (in the keyed unit); none by default. */
  readonly absoluteCap?: string;
}

export const DEFAULT_PLAUSIBILITY: PlausibilityLimits = { maxTimesExpected: '10' };

export type PlausibilityVerdict =
  | { readonly verdict: 'plausible'; readonly quantity: string }
  | {
      readonly verdict: 'confirm';
      readonly reason: 'zero' | 'many-times-expected' | 'above-cap' | 'nothing-expected';
      /** Canonical quantity that the second entry must equal. */
      readonly quantity: string;
      readonly message: string;
    }
  | {
      readonly verdict: 'refuse';
      readonly reason: 'not-a-number' | 'negative' | 'fraction-of-countable';
      readonly message: string;
    };

export interface KeyedQuantity {
  /** As keyed, e.g. "1000"; surrounding spaces are ignored. */
  readonly keyed: string;
  /** The unit the worker keyed in. */
  readonly uom: string;
  /** What the ASN line expects, in the same unit; absent when receiving without an ASN. */
  readonly expected?: string | undefined;
  /** Blind receiving: never show the expected quantity. */
  readonly blind?: boolean;
}

/** Units counted in whole numbers: items and every level of packaging. */
const COUNTED: ReadonlySet<DockUnit> = new Set<DockUnit>(['EA', 'PK', 'CS', 'PL']);

/** Checks one keyed quantity. Pure; the screen keys again on 'confirm' and compares with `sameKeyedQuantity`. */
export function checkKeyedQuantity(
  input: KeyedQuantity,
  limits: PlausibilityLimits = DEFAULT_PLAUSIBILITY,
  aliases: Readonly<Record<string, DockUnit>> = DEFAULT_UOM_ALIASES,
): PlausibilityVerdict {
  const text = input.keyed.trim();
  const uom = input.uom;
  if (!isQuantity(text)) {
    return { verdict: 'refuse', reason: 'not-a-number', message: `"${text}" is not a quantity — key digits only` };
  }
  const quantity = formatQuantity(text);
  const shown = `${groupDigits(quantity)} ${uom}`;
  if (compareQuantities(quantity, '0') < 0) {
    return { verdict: 'refuse', reason: 'negative', message: `${shown} is below zero — key what you counted` };
  }
  const unit = dockUnitOf(uom, aliases);
  if (unit !== null && COUNTED.has(unit) && !isWholeQuantity(quantity)) {
    return {
      verdict: 'refuse',
      reason: 'fraction-of-countable',
      message: `${shown}: ${uom} are counted in whole numbers — key a whole number`,
    };
  }
  if (compareQuantities(quantity, '0') === 0) {
    return { verdict: 'confirm', reason: 'zero', quantity, message: `None received? Key 0 again to confirm` };
  }
  const expected = input.expected;
  if (expected !== undefined) {
    if (compareQuantities(expected, '0') <= 0) {
      return {
        verdict: 'confirm',
        reason: 'nothing-expected',
        quantity,
        message: input.blind
          ? `${shown} is not expected here — key it again to confirm`
          : `No ${uom} of this item are expected — key ${groupDigits(quantity)} again to confirm`,
      };
    }
    if (compareQuantities(quantity, multiplyQuantities(expected, limits.maxTimesExpected)) > 0) {
      return {
        verdict: 'confirm',
        reason: 'many-times-expected',
        quantity,
        message: input.blind
          ? `${shown} is far more than usual — key it again to confirm`
          : `${shown} is ${times(quantity, expected)} the ${groupDigits(formatQuantity(expected))} ${uom} expected — key it again to confirm`,
      };
    }
  }
  if (limits.absoluteCap !== undefined && compareQuantities(quantity, limits.absoluteCap) > 0) {
    return {
      verdict: 'confirm',
      reason: 'above-cap',
      quantity,
      message: `${shown} is more than ${groupDigits(formatQuantity(limits.absoluteCap))} ${uom} — key it again to confirm`,
    };
  }
  return { verdict: 'plausible', quantity };
}

/** True when the confirming entry is the same quantity as the first ("1000" and "1000.0" are the same). */
export function sameKeyedQuantity(first: string, second: string): boolean {
  const a = first.trim();
  const b = second.trim();
  return isQuantity(a) && isQuantity(b) && compareQuantities(a, b) === 0;
}

/** "1234567.5" → "1,234,567.5": digits grouped by three, as the dock reads them. */
export function groupDigits(quantity: string): string {
  const [whole = '', fraction] = quantity.split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** "100×", "2.5×", or "about 333×" when the ratio has no short decimal form. */
function times(quantity: string, expected: string): string {
  const ratio = divideQuantities(quantity, expected);
  if (ratio.exact && !/\.\d{2,}/.test(ratio.quotient)) return `${groupDigits(ratio.quotient)}×`;
  const whole = ratio.exact ? (ratio.quotient.split('.')[0] ?? ratio.quotient) : ratio.whole;
  return `about ${groupDigits(whole)}×`;
}

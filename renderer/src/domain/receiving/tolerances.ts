import { compareQuantities, formatQuantity, subtractQuantities } from '../quantity';
import { absoluteQuantity, percentOf } from './decimal-maths';
import type { ChosenRule, RuleScope, ScopedRule } from './rule-precedence';
import { mostSpecificRule } from './rule-precedence';

/**
 * Receiving tolerances (issue 5, item 3; DOMAIN.md "Discrepancies"). A tolerance says how far a counted quantity
 * may stray from the ASN line's quantity before someone has to decide. Real WMS keep shortage and overage apart
 * (Dynamics 365 has an under-delivery and an over-delivery percentage per item and vendor; SAP an under- and an
 * over-delivery tolerance): a supplier may be allowed to ship 2 % short but never 1 over, so each direction here
 * has its own band and its own action.
 *
 * HOW PERCENT AND ABSOLUTE COMBINE: the STRICTER of the two. A variance is within tolerance only when it is within
 * the percentage of the expected quantity AND within the absolute quantity. Why not the looser:
 * - a percentage alone is far too loose on big lines (10 % of 10,000 EA lets 1,000 EA go unquestioned) and an
 *   absolute alone is far too loose on small ones (±2 EA on a line of 2 EA accepts an empty carton);
 * - with the looser rule each limit would widen the other's hole; with the stricter one each closes it;
 * - a tolerance is an exception to "count what the ASN says": when in doubt a supervisor looks, which costs a
 *   minute, while a silently accepted discrepancy costs a claim the dock can no longer make.
 * When only one of the two is configured, it alone is the limit; when neither is, the band is zero (any
 * variance is out of tolerance). Limits are inclusive: a variance equal to the limit is within.
 *
 * ZERO EXPECTED: a percentage of nothing is nothing, so on a line expecting 0 only an absolute limit can accept
 * an overage, and only when no percentage is configured (the stricter rule again). Receiving against a zero line
 * is rare and worth a supervisor's eye.
 *
 * Quantities are decimal strings in the ASN line's unit of measure: convert counts first (pack-maths.ts). The
 * absolute limit is in that unit too.
 */

/** What happens outside the band: a supervisor may approve it, or the receipt cannot go on until it is fixed. */
export type OutOfToleranceAction = 'approve' | 'block';

export interface ToleranceBand {
  /** Percent of the expected quantity, decimal string ("2.5" = 2.5 %). */
  readonly percent?: string;
  /** Absolute quantity in the line's unit, decimal string. */
  readonly absolute?: string;
  /** What an out-of-tolerance variance needs. */
  readonly outside: OutOfToleranceAction;
}

/** A tolerance rule for a supplier, an item, both, or the station (neither). */
export interface ToleranceRule extends ScopedRule {
  /** Shortage: fewer counted than expected. */
  readonly short: ToleranceBand;
  /** Overage: more counted than expected. */
  readonly over: ToleranceBand;
}

/** Station default when nothing is configured: exact counts only, and a supervisor approves any variance. */
export const EXACT_ONLY: ToleranceRule = {
  short: { outside: 'approve' },
  over: { outside: 'approve' },
};

export type ToleranceOutcome = 'exact' | 'within-tolerance' | 'needs-approval' | 'blocked';

export interface ToleranceVerdict {
  readonly outcome: ToleranceOutcome;
  /** 'none' only when exact. */
  readonly direction: 'short' | 'over' | 'none';
  /** counted − expected, canonical decimal string: negative when short. */
  readonly variance: string;
  /** The largest variance the band accepts in this direction (a magnitude, "0" when none). */
  readonly limit: string;
  /** True for exact and within-tolerance: recorded with the discrepancy as `withinTolerance`. */
  readonly withinTolerance: boolean;
  /** Which rule decided, so the supervisor screen can say "item rule: 2 % / 5 EA". */
  readonly scope: RuleScope;
}

/** The rule that applies to a supplier and item: supplier+item > item > supplier > station default. */
export function toleranceRuleFor(
  rules: readonly ToleranceRule[],
  subject: { readonly supplierId?: string | undefined; readonly itemId?: string | undefined },
  stationDefault: ToleranceRule = EXACT_ONLY,
): ChosenRule<ToleranceRule> {
  return mostSpecificRule(rules, subject, stationDefault);
}

/**
 * The largest variance (a magnitude) a band accepts for `expected`: the smaller of percent-of-expected and the
 * absolute quantity, whichever are configured; "0" when neither is.
 */
export function bandLimit(band: ToleranceBand, expected: string): string {
  const limits: string[] = [];
  if (band.percent !== undefined) limits.push(percentOf(absoluteQuantity(expected), band.percent));
  if (band.absolute !== undefined) limits.push(formatQuantity(band.absolute));
  if (limits.length === 0) return '0';
  return limits.reduce((a, b) => (compareQuantities(a, b) <= 0 ? a : b));
}

/**
 * Classifies a counted quantity against the expected one under a chosen rule. Throws `QuantityError` when a
 * quantity or limit is not a decimal string, and `RangeError` for a negative count, expectation or limit (a
 * configuration or capture bug, not a dock situation: plausibility.ts refuses negative keyed counts first).
 */
export function classifyVariance(
  expected: string,
  counted: string,
  chosen: ChosenRule<ToleranceRule>,
): ToleranceVerdict {
  for (const [name, value] of [
    ['expected', expected],
    ['counted', counted],
  ] as const) {
    if (compareQuantities(value, '0') < 0) throw new RangeError(`${name} quantity ${value} is negative`);
  }
  const variance = subtractQuantities(counted, expected);
  const sign = compareQuantities(variance, '0');
  if (sign === 0) {
    return { outcome: 'exact', direction: 'none', variance, limit: '0', withinTolerance: true, scope: chosen.scope };
  }
  const direction = sign < 0 ? 'short' : 'over';
  const band = chosen.rule[direction];
  for (const limit of [band.percent, band.absolute]) {
    if (limit !== undefined && compareQuantities(limit, '0') < 0) {
      throw new RangeError(`a tolerance limit of ${limit} is negative`);
    }
  }
  const limit = bandLimit(band, expected);
  const within = compareQuantities(absoluteQuantity(variance), limit) <= 0;
  const outcome: ToleranceOutcome = within
    ? 'within-tolerance'
    : band.outside === 'block'
      ? 'blocked'
      : 'needs-approval';
  return { outcome, direction, variance, limit, withinTolerance: within, scope: chosen.scope };
}

/** Shorthand: resolve the rule for a supplier and item, then classify. */
export function checkTolerance(input: {
  readonly expected: string;
  readonly counted: string;
  readonly supplierId?: string | undefined;
  readonly itemId?: string | undefined;
  readonly rules: readonly ToleranceRule[];
  readonly stationDefault?: ToleranceRule;
}): ToleranceVerdict {
  const chosen = toleranceRuleFor(input.rules, input, input.stationDefault);
  return classifyVariance(input.expected, input.counted, chosen);
}

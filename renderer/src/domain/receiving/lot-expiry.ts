import type { DiscrepancyCode } from './discrepancy-codes';
import type { ChosenRule, ScopedRule } from './rule-precedence';
import { mostSpecificRule } from './rule-precedence';

/**
 * Lot and expiry against the ASN (issue 5, item 2; DOMAIN.md "Discrepancies"). The lot (GS1 AI 10) and expiry
 * (AI 17) come from the scanned label or are keyed; the ASN line carries what the supplier declared. Dates are
 * YYYY-MM-DD: the GS1 parser has already applied the §7.12 century window and turned DD=00 into the month's
 * last day (gs1/dates.ts), so a label saying "270300" arrives as 2027-03-31. When the label had DD=00 the caller
 * says so (`expiryMonthOnly`) and the expiry is compared by month, because the supplier's ASN may well name a
 * day in that month for the same goods.
 *
 * Lots compare exactly after trimming: GS1 lots are case-sensitive alphanumerics (AI 10, CSET 82), and "L1" and
 * "l1" can be two lots. A side that does not say is not a mismatch: an ASN with no lot accepts any lot (record
 * it), and a scan without a lot against an ASN that has one asks the worker to key it.
 *
 * Minimum remaining shelf life: the expiry must be at least N days after `today` (the receiving date, passed in
 * so the check is pure and the same after a restart), N per supplier and item with the usual precedence
 * (rule-precedence.ts). Retail buyers impose this on suppliers, so a short-dated delivery is the supplier's
 * liability (DEFAULT_LIABILITY['expiry-unacceptable']).
 */

export interface ReceivedLotExpiry {
  readonly lot?: string | undefined;
  /** YYYY-MM-DD. */
  readonly expiry?: string | undefined;
  /** The label gave only year and month (GS1 DD=00): compare by month. */
  readonly expiryMonthOnly?: boolean;
}

/** An ASN line for the item being received, with what it declares. */
export interface ExpectedLotExpiry {
  readonly lineId: string;
  readonly lot?: string | undefined;
  readonly expiry?: string | undefined;
}

export interface ShelfLifeRule extends ScopedRule {
  /** Days of shelf life that must remain at receipt; 0 accepts anything not yet expired. */
  readonly minRemainingDays: number;
}

export type LotExpiryCode = Extract<DiscrepancyCode, 'lot-mismatch' | 'expiry-mismatch' | 'expiry-unacceptable'>;

export type LotExpiryFinding =
  | {
      readonly kind: 'discrepancy';
      readonly code: LotExpiryCode;
      /** What the ASN said (lots or expiries, comma-separated) and what was received. */
      readonly expected?: string;
      readonly actual: string;
      /** For expiry-unacceptable: days from today to expiry (negative when expired). */
      readonly remainingDays?: number;
      readonly message: string;
    }
  | { readonly kind: 'ask'; readonly field: 'lot' | 'expiry'; readonly message: string };

export interface LotExpiryCheck {
  /** The ASN line the received goods belong to when lot and expiry single one out; else the only line, or null. */
  readonly matchedLineId: string | null;
  readonly findings: readonly LotExpiryFinding[];
}

/** The minimum remaining shelf life for a supplier and item (supplier+item > item > supplier > default). */
export function shelfLifeRuleFor(
  rules: readonly ShelfLifeRule[],
  subject: { readonly supplierId?: string | undefined; readonly itemId?: string | undefined },
  stationDefault: ShelfLifeRule = { minRemainingDays: 0 },
): ChosenRule<ShelfLifeRule> {
  return mostSpecificRule(rules, subject, stationDefault);
}

/**
 * Compares what was received with the ASN line(s) of the same item. `minRemainingDays` undefined skips the
 * shelf-life check (items without an expiry policy). Throws `RangeError` for a date that is not YYYY-MM-DD.
 */
export function checkLotExpiry(input: {
  readonly received: ReceivedLotExpiry;
  readonly expected: readonly ExpectedLotExpiry[];
  readonly today: string;
  readonly minRemainingDays?: number | undefined;
}): LotExpiryCheck {
  const findings: LotExpiryFinding[] = [];
  const lot = input.received.lot?.trim() || undefined;
  const declaredLots = distinct(input.expected.map((line) => line.lot?.trim() || undefined));
  let candidates = input.expected;
  if (declaredLots.length > 0) {
    if (lot === undefined) {
      findings.push({ kind: 'ask', field: 'lot', message: 'The ASN names a lot for this item — scan or key the lot' });
    } else {
      const sameLot = input.expected.filter((line) => line.lot?.trim() === lot);
      if (sameLot.length > 0) candidates = sameLot;
      else
        findings.push({
          kind: 'discrepancy',
          code: 'lot-mismatch',
          expected: declaredLots.join(', '),
          actual: lot,
          message: `Lot ${lot} is not on the ASN (expected ${declaredLots.join(' or ')})`,
        });
    }
  }

  const expiry = input.received.expiry;
  if (expiry !== undefined) assertDate(expiry);
  const declaredExpiries = distinct(candidates.map((line) => line.expiry));
  declaredExpiries.forEach(assertDate);
  if (declaredExpiries.length > 0) {
    if (expiry === undefined) {
      findings.push({
        kind: 'ask',
        field: 'expiry',
        message: 'The ASN gives an expiry for this item — scan or key it',
      });
    } else {
      const monthOnly = input.received.expiryMonthOnly === true;
      const sameExpiry = candidates.filter(
        (line) =>
          line.expiry !== undefined &&
          (monthOnly ? line.expiry.slice(0, 7) === expiry.slice(0, 7) : line.expiry === expiry),
      );
      if (sameExpiry.length > 0) candidates = sameExpiry;
      else
        findings.push({
          kind: 'discrepancy',
          code: 'expiry-mismatch',
          expected: declaredExpiries.join(', '),
          actual: monthOnly ? expiry.slice(0, 7) : expiry,
          message: `Expiry ${monthOnly ? expiry.slice(0, 7) : expiry} does not match the ASN (${declaredExpiries.join(' or ')})`,
        });
    }
  }

  assertDate(input.today);
  // Shelf life on the received expiry; failing that on what the ASN declares, which is still what the goods carry.
  const judged = expiry ?? (declaredExpiries.length === 1 ? declaredExpiries[0] : undefined);
  if (input.minRemainingDays !== undefined && judged !== undefined) {
    const remainingDays = daysBetween(input.today, judged);
    if (remainingDays < input.minRemainingDays || remainingDays < 0) {
      findings.push({
        kind: 'discrepancy',
        code: 'expiry-unacceptable',
        actual: judged,
        remainingDays,
        message:
          remainingDays < 0
            ? `Expired on ${judged} — do not receive into stock`
            : `Expires ${judged}: ${remainingDays} days left, at least ${input.minRemainingDays} required`,
      });
    }
  }

  const matchedLineId = candidates.length === 1 ? (candidates[0]?.lineId ?? null) : null;
  return { matchedLineId, findings };
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. Calendar days, no time zones. */
export function daysBetween(from: string, to: string): number {
  return (toUtcDay(to) - toUtcDay(from)) / 86_400_000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDay(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2026-02-30 over to March: such a date does not exist.
  if (new Date(time).toISOString().slice(0, 10) !== date) throw new RangeError(`"${date}" is not a calendar date`);
  return time;
}

function assertDate(date: string | undefined): void {
  if (date !== undefined) toUtcDay(date);
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

import { parseQuantity } from '../quantity';
import type { DiscrepancyCode } from './discrepancy-codes';
import type { ScopedRule } from './rule-precedence';

/**
 * Which received units are inspected, and what an inspection concludes (issue 5, item 4).
 *
 * Rules are reasons to inspect, so they add up: a unit is inspected when ANY applicable rule picks it (unlike
 * tolerances, where the most specific rule wins). A rule applies to a unit when its supplier (if set) is the
 * unit's supplier and its item (if set) is among the unit's items.
 *
 * Sampling is deterministic so a station that crashes and restarts, or a second station replaying the journal,
 * picks exactly the same units: a percentage sample hashes asnId + unitId + ruleId (FNV-1a, 32 bits) into one of
 * 1,000,000 buckets; the rule id is in the hash so two 10 % rules do not pick the same 10 %. Every-Nth sampling
 * uses the unit's position in the receipt (1-based, from the journal), and takes the first unit and every Nth
 * after it (1, N+1, 2N+1…): the first carton of a bad shipment is the one worth opening.
 */

export type SampleRate =
  | { readonly kind: 'every-unit' }
  /** Percent of units, up to four decimals ("10", "2.5"). */
  | { readonly kind: 'percent'; readonly percent: string }
  | { readonly kind: 'every-nth'; readonly n: number }
  /** Every unit of a receipt that is the supplier's first at this site. */
  | { readonly kind: 'first-receipt-from-supplier' };

export interface InspectionRule extends ScopedRule {
  readonly ruleId: string;
  readonly sample: SampleRate;
  /** The checklist the inspector works through. */
  readonly checklistId: string;
}

export interface UnitForInspection {
  readonly asnId: string;
  readonly unitId: string;
  readonly supplierId?: string | undefined;
  /** Items in the unit (by the id the rules use). */
  readonly itemIds: readonly string[];
  /** 1-based order in which the unit was received in this receipt; needed by every-nth rules. */
  readonly position?: number | undefined;
  /** True when no earlier receipt from this supplier exists at the site. */
  readonly firstReceiptFromSupplier: boolean;
}

export interface InspectionDecision {
  readonly inspect: boolean;
  /** Rules that picked the unit, in configuration order. */
  readonly ruleIds: readonly string[];
  /** Their checklists, without repeats. */
  readonly checklistIds: readonly string[];
}

/** Decides whether a received unit is inspected. Throws `RangeError` for a malformed rule. */
export function selectForInspection(unit: UnitForInspection, rules: readonly InspectionRule[]): InspectionDecision {
  const picked = rules.filter((rule) => applies(rule, unit) && samples(rule, unit));
  return {
    inspect: picked.length > 0,
    ruleIds: picked.map((rule) => rule.ruleId),
    checklistIds: [...new Set(picked.map((rule) => rule.checklistId))],
  };
}

function applies(rule: InspectionRule, unit: UnitForInspection): boolean {
  if (rule.supplierId !== undefined && rule.supplierId !== unit.supplierId) return false;
  return rule.itemId === undefined || unit.itemIds.includes(rule.itemId);
}

function samples(rule: InspectionRule, unit: UnitForInspection): boolean {
  const sample = rule.sample;
  switch (sample.kind) {
    case 'every-unit':
      return true;
    case 'first-receipt-from-supplier':
      return unit.firstReceiptFromSupplier;
    case 'every-nth': {
      if (!Number.isInteger(sample.n) || sample.n < 1) throw new RangeError(`rule ${rule.ruleId}: N must be 1 or more`);
      if (unit.position === undefined) throw new RangeError(`rule ${rule.ruleId} needs the unit's position`);
      return (unit.position - 1) % sample.n === 0;
    }
    case 'percent':
      return sampleBucket(unit.asnId, unit.unitId, rule.ruleId) < bucketsFor(sample.percent, rule.ruleId);
  }
}

const BUCKETS = 1_000_000;

/** The unit's bucket in [0, 1,000,000) for a rule: stable across restarts, stations and releases. */
export function sampleBucket(asnId: string, unitId: string, ruleId: string): number {
  return fnv1a32(`${asnId}\u0000${unitId}\u0000${ruleId}`) % BUCKETS;
}

/** Buckets a percentage covers: "10" → 100,000. */
function bucketsFor(percent: string, ruleId: string): number {
  const { units, scale } = parseQuantity(percent);
  if (scale > 4 || units < 0n || units > 100n * 10n ** BigInt(scale)) {
    throw new RangeError(`rule ${ruleId}: a sample of ${percent} % is not between 0 and 100 with at most 4 decimals`);
  }
  return Number(units * 10n ** BigInt(4 - scale));
}

/** FNV-1a over UTF-16 code units, 32 bits (Fowler–Noll–Vo; offset basis 2166136261, prime 16777619). */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Damage the inspector can record (with photos, kept locally and attached to the event). */
export const DAMAGE_REASONS = [
  'crushed',
  'torn',
  'punctured',
  'wet',
  'leaking',
  'broken-contents',
  'contaminated',
  'pest',
  'temperature',
  'seal-broken',
  'label-unreadable',
] as const;
export type DamageReason = (typeof DAMAGE_REASONS)[number];

/** Words for the dock screen. */
export const DAMAGE_REASON_LABELS: Readonly<Record<DamageReason, string>> = {
  crushed: 'Crushed',
  torn: 'Torn packaging',
  punctured: 'Punctured',
  wet: 'Wet',
  leaking: 'Leaking',
  'broken-contents': 'Contents broken',
  contaminated: 'Contaminated',
  pest: 'Pests',
  temperature: 'Temperature out of range',
  'seal-broken': 'Seal broken',
  'label-unreadable': 'Label unreadable',
};

/**
 * The discrepancy each damage reason is recorded as (discrepancy-codes.ts: one list for the whole app). Every reason
 * is listed, so a new one cannot be added without deciding its code.
 */
export function discrepancyForDamage(reason: DamageReason): DiscrepancyCode {
  switch (reason) {
    case 'temperature':
      return 'temperature-out-of-range';
    case 'seal-broken':
      return 'seal-broken';
    case 'label-unreadable':
      return 'label-unreadable';
    case 'crushed':
    case 'torn':
    case 'punctured':
    case 'wet':
    case 'leaking':
    case 'broken-contents':
    case 'contaminated':
    case 'pest':
      return 'damaged';
  }
}

export interface ChecklistItem {
  readonly itemId: string;
  /** The question as the inspector reads it: "Outer carton intact?" (pass = yes). */
  readonly question: string;
  /** A failed critical item quarantines the unit; a failed non-critical one is noted only. Default true. */
  readonly critical?: boolean;
}

export interface Checklist {
  readonly checklistId: string;
  readonly items: readonly ChecklistItem[];
}

export type ChecklistAnswer = 'pass' | 'fail';

export interface DamageReport {
  readonly reason: DamageReason;
  readonly note?: string;
  /** Ids of photos kept locally (the photo store is not the domain's business). */
  readonly photoIds?: readonly string[];
}

export type InspectionResult =
  | { readonly outcome: 'incomplete'; readonly unanswered: readonly string[] }
  | { readonly outcome: 'passed'; readonly notedFailures: readonly string[] }
  | {
      readonly outcome: 'failed';
      readonly disposition: 'quarantine';
      readonly failedItems: readonly string[];
      /** One discrepancy code per distinct damage reason recorded; empty when only checklist items failed. */
      readonly discrepancies: readonly DiscrepancyCode[];
    };

/**
 * The result of an inspection: incomplete until every item is answered; failed (→ quarantine) when a critical
 * item failed or any damage was recorded; passed otherwise, with failed non-critical items noted.
 */
export function evaluateInspection(
  checklist: Checklist,
  answers: Readonly<Record<string, ChecklistAnswer>>,
  damage: readonly DamageReport[] = [],
): InspectionResult {
  const unanswered = checklist.items.filter((item) => answers[item.itemId] === undefined).map((item) => item.itemId);
  if (unanswered.length > 0) return { outcome: 'incomplete', unanswered };
  const failed = checklist.items.filter((item) => answers[item.itemId] === 'fail');
  const critical = failed.filter((item) => item.critical !== false).map((item) => item.itemId);
  if (critical.length > 0 || damage.length > 0) {
    const codes = new Set(damage.map((report) => discrepancyForDamage(report.reason)));
    return { outcome: 'failed', disposition: 'quarantine', failedItems: critical, discrepancies: [...codes] };
  }
  return { outcome: 'passed', notedFailures: failed.map((item) => item.itemId) };
}

/**
 * The one precedence every receiving rule follows (tolerances, minimum shelf life): a rule for this supplier
 * and this item beats a rule for the item, which beats a rule for the supplier, which beats the station
 * default. An item rule outranks a supplier rule because it says something about the goods themselves
 * (a fragile or costly item), which holds whoever ships it; the supplier+item rule is the negotiated exception.
 */

/** A rule scoped to a supplier, an item, both, or neither (a station-wide rule, used as the default). */
export interface ScopedRule {
  readonly supplierId?: string;
  readonly itemId?: string;
}

/** Which scope the chosen rule came from, for the supervisor screen ("item rule", "station default"). */
export type RuleScope = 'supplier+item' | 'item' | 'supplier' | 'station-default';

export interface ChosenRule<R> {
  readonly rule: R;
  readonly scope: RuleScope;
}

/**
 * The most specific rule for `supplierId` and `itemId`, else `stationDefault`. Rules with neither id are
 * station-wide and rank with the default (the first one wins over `stationDefault`). Among rules of equal
 * specificity the first in the list wins, so a configuration reads top to bottom.
 */
export function mostSpecificRule<R extends ScopedRule>(
  rules: readonly R[],
  subject: { readonly supplierId?: string | undefined; readonly itemId?: string | undefined },
  stationDefault: R,
): ChosenRule<R> {
  let best: ChosenRule<R> | undefined;
  let bestRank = 0;
  for (const rule of rules) {
    const rank = rankOf(rule, subject);
    if (rank > bestRank) {
      best = { rule, scope: SCOPES[rank] ?? 'station-default' };
      bestRank = rank;
    }
  }
  return best ?? { rule: stationDefault, scope: 'station-default' };
}

const SCOPES: readonly (RuleScope | undefined)[] = [undefined, 'station-default', 'supplier', 'item', 'supplier+item'];

/** 0 = does not apply; 1 station-wide; 2 supplier; 3 item; 4 supplier+item. */
function rankOf(
  rule: ScopedRule,
  subject: { readonly supplierId?: string | undefined; readonly itemId?: string | undefined },
): number {
  const supplierMatches = rule.supplierId === undefined || rule.supplierId === subject.supplierId;
  const itemMatches = rule.itemId === undefined || rule.itemId === subject.itemId;
  if (!supplierMatches || !itemMatches) return 0;
  if (rule.supplierId !== undefined && rule.itemId !== undefined) return 4;
  if (rule.itemId !== undefined) return 3;
  if (rule.supplierId !== undefined) return 2;
  return 1;
}

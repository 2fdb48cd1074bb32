import type { AsnOrder, AsnParty } from '../canonical-asn';
import { compact } from './compact';
import type { HlNode } from './hl-tree';
import { nearestLookup } from './hl-lookup';
import { readN1 } from './parties';
import { el, shown, type WarningList } from './problems';
import type { X12Segment } from './tokenizer';
import { x12Date } from './x12-dates';

/**
 * Orders from PRF (purchase order reference): PRF01 PO number (DE 324), PRF02 release (DE 328), PRF04 PO date.
 * A PRF usually sits in the O loop, but S/I files put it in the item loop (fixtures #3, #4); either way it applies
 * to its own loop and everything below it. N1*BY in an O loop names that order's buyer (fixture #1).
 */
export interface OrderDraft {
  poNumber: string;
  poDate?: string;
  releaseNumber?: string;
  buyer?: AsnParty;
}

export interface OrderIndex {
  readonly orders: readonly AsnOrder[];
  /** PO number of the nearest PRF at or above the HL. */
  readonly poOf: (node: HlNode) => string | undefined;
}

/** Adds an order, or completes the one already known; a real disagreement is a warning. */
export function mergeOrder(
  into: Map<string, OrderDraft>,
  order: OrderDraft,
  warnings: WarningList,
  at?: X12Segment,
): void {
  const known = into.get(order.poNumber);
  if (!known) {
    into.set(order.poNumber, { ...order });
    return;
  }
  for (const key of ['poDate', 'releaseNumber'] as const) {
    const value = order[key];
    if (value === undefined) continue;
    if (known[key] === undefined) known[key] = value;
    else if (known[key] !== value) {
      warnings.add(
        'x12-order-conflict',
        `PO ${order.poNumber} is sent with ${key === 'poDate' ? 'dates' : 'releases'} ${known[key]} and ${value}; the first is kept`,
        at,
      );
    }
  }
  if (order.buyer !== undefined) known.buyer ??= order.buyer;
}

function readPrf(segment: X12Segment, warnings: WarningList): OrderDraft | null {
  const poNumber = el(segment, 1);
  if (poNumber === '') {
    warnings.add(
      'x12-prf-empty',
      `${shown(segment)} at line ${segment.line} has no PO number (PRF01); ignored`,
      segment,
    );
    return null;
  }
  const date = el(segment, 4);
  const poDate = date === '' ? undefined : (x12Date(date) ?? undefined);
  if (date !== '' && poDate === undefined) {
    warnings.add(
      'x12-date-malformed',
      `${shown(segment)} at line ${segment.line}: "${date}" is not a date (PRF04)`,
      segment,
    );
  }
  return compact<OrderDraft>({ poNumber, poDate, releaseNumber: el(segment, 2) || undefined });
}

export function readOrders(nodes: readonly HlNode[], warnings: WarningList): OrderIndex {
  const drafts = new Map<string, OrderDraft>();
  const ownPo: (string | undefined)[] = new Array<string | undefined>(nodes.length);
  for (const node of nodes) {
    const prf = node.content.find((segment) => segment.tag === 'PRF');
    const order = prf ? readPrf(prf, warnings) : null;
    if (order === null || prf === undefined) {
      if (node.level === 'O')
        warnings.add('x12-order-without-prf', `Order HL ${node.id} at line ${node.hl.line} has no PRF`, node.hl);
      continue;
    }
    ownPo[node.index] = order.poNumber;
    if (node.level === 'O') {
      const by = node.content.find((segment) => segment.tag === 'N1' && el(segment, 1) === 'BY');
      if (by) order.buyer = readN1(by, warnings).party;
    }
    mergeOrder(drafts, order, warnings, prf);
  }
  const nearest = nearestLookup(nodes.length, ownPo);
  const poOf = (node: HlNode): string | undefined => nearest(node) ?? undefined;
  return { orders: [...drafts.values()].map((draft) => compact<AsnOrder>({ ...draft })), poOf };
}

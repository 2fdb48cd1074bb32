import type { AsnLine } from '../canonical-asn';
import { compareQuantities, sumQuantities } from '../../quantity';
import { compact } from './compact';
import type { HlNode } from './hl-tree';
import { isLotRow, type LineDraft } from './line-drafts';
import { shown, type WarningList } from './problems';

/**
 * Line drafts → canonical lines. Lot rows (a LIN with only `LT`, in a partner level such as ZZ under the pack or
 * item that carries the real LIN, fixture #10) are batches of that item: they set the lot and expiry of its line,
 * or split it into one line per lot. They are never lines of their own, so their SN1 is not counted twice.
 */
export interface LineContext {
  /** Unit id of the nearest unit at or above the HL; null when the line sits outside any package. */
  readonly unitOf: (node: HlNode) => string | null;
  /** PO number of the nearest PRF at or above the HL. */
  readonly poOf: (node: HlNode) => string | undefined;
}

/** The item a lot row belongs to: an item LIN before it in its own HL, else the last in the nearest HL above. */
function ownerOf(lot: LineDraft, itemsByNode: ReadonlyMap<HlNode, LineDraft[]>): LineDraft | undefined {
  const before = (itemsByNode.get(lot.node) ?? []).filter((item) => item.ordinal < lot.ordinal);
  if (before.length > 0) return before[before.length - 1];
  for (let node = lot.node.parent; node !== null; node = node.parent) {
    const items = itemsByNode.get(node);
    if (items && items.length > 0) return items[items.length - 1];
  }
  return undefined;
}

export function assembleLines(drafts: readonly LineDraft[], context: LineContext, warnings: WarningList): AsnLine[] {
  const lotRows = drafts.filter(isLotRow);
  const itemsByNode = new Map<HlNode, LineDraft[]>();
  if (lotRows.length > 0) {
    for (const draft of drafts) {
      if (isLotRow(draft)) continue;
      const list = itemsByNode.get(draft.node) ?? [];
      list.push(draft);
      itemsByNode.set(draft.node, list);
    }
  }
  const lotsOf = new Map<LineDraft, LineDraft[]>();
  const lines: AsnLine[] = [];
  /** The line for `item`, alone, with its single lot row (`whole`), or as one of several lots (a split). */
  const make = (item: LineDraft, lot: LineDraft | null, quantity: string, uom: string, whole = false): AsnLine => {
    const from = lot ?? item;
    const split = lot !== null && !whole;
    return compact<AsnLine>({
      lineId: split ? lot.lineId : item.lineId,
      poNumber: context.poOf(from.node),
      poLine: item.reading.poLine || undefined,
      unitId: context.unitOf(from.node),
      itemIds: item.reading.itemIds,
      gtin: item.reading.gtin,
      description: item.description,
      quantity,
      uom,
      // A split must not repeat the ordered quantity on every lot: the receiver would see it several times.
      orderedQuantity: split ? undefined : item.orderedQuantity,
      packSize: item.packSize,
      lot: lot?.lot ?? item.lot,
      expiry: from.expiry ?? item.expiry,
      serials: lot === null ? item.serials : [...item.serials, ...lot.serials],
    });
  };
  for (const draft of lotRows) {
    const owner = ownerOf(draft, itemsByNode);
    if (owner) lotsOf.set(owner, [...(lotsOf.get(owner) ?? []), draft]);
    else {
      warnings.add(
        'x12-lot-without-item',
        `${shown(draft.lin)} at line ${draft.lin.line} names a lot but no HL above it names the item; kept as a line with no item id`,
        draft.lin,
      );
      if (draft.quantity !== undefined) lines.push(make(draft, null, draft.quantity, draft.uom ?? ''));
    }
  }
  /** Lines for an item with lot rows; false when the lots cannot be used (then the item is read alone). */
  const splitByLots = (item: LineDraft, lots: readonly LineDraft[]): boolean => {
    const [single] = lots;
    if (lots.length === 1 && single) {
      const quantity = item.quantity ?? single.quantity;
      const agree =
        single.quantity === undefined || quantity === undefined || compareQuantities(single.quantity, quantity) === 0;
      if (agree && quantity !== undefined) {
        // One lot for the whole line: the line keeps its own id; only a split gives lines the lot rows' ids.
        lines.push(make(item, single, quantity, item.uom ?? single.uom ?? '', true));
        return true;
      }
    }
    if (lots.some((lot) => lot.quantity === undefined)) {
      warnings.add(
        'x12-lot-quantity-missing',
        `${lots.length} lot rows under ${shown(item.lin)} at line ${item.lin.line} lack SN1 quantities; the lots are not split out`,
        item.lin,
      );
      return false;
    }
    const total = sumQuantities(lots.map((lot) => lot.quantity ?? '0'));
    if (item.quantity !== undefined && compareQuantities(total, item.quantity) !== 0) {
      warnings.add(
        'x12-lot-sum',
        `The lots under ${shown(item.lin)} at line ${item.lin.line} add up to ${total}, its SN1 says ${item.quantity}; the lot quantities are used`,
        item.lin,
      );
    }
    for (const lot of lots) lines.push(make(item, lot, lot.quantity ?? '0', lot.uom ?? item.uom ?? ''));
    return true;
  };
  for (const item of drafts) {
    if (isLotRow(item)) continue;
    const lots = lotsOf.get(item);
    if (lots !== undefined && splitByLots(item, lots)) continue;
    if (item.quantity === undefined) {
      warnings.add(
        'x12-lin-without-sn1',
        `${shown(item.lin)} at line ${item.lin.line} has no SN1, so no quantity is expected for it; the line is left out`,
        item.lin,
      );
      continue;
    }
    lines.push(make(item, null, item.quantity, item.uom ?? ''));
  }
  return lines;
}

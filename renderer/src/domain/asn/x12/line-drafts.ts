import type { HlNode } from './hl-tree';
import { readLin, type LinReading } from './item-ids';
import { el, shown, type WarningList } from './problems';
import { readDtm } from './shipment';
import type { X12Segment } from './tokenizer';
import { optionalQuantity, readQuantity } from './x12-numbers';

/**
 * Item detail inside one HL loop: each LIN opens a line, and the SN1 (shipped quantity), PO4 (pack), PID
 * (description), REF (LT lot, SE serial) and DTM (036 expiry) after it describe that line until the next LIN.
 * Usually one LIN per item HL; pack-level LINs (fixture #10) and several LINs in one HL are read the same way.
 */
export interface LineDraft {
  readonly node: HlNode;
  /**
   * `<set prefix>/HL<id>`, with `.<n>` when the HL holds several LINs: unique in the ASN, since HL ids restart in
   * every transaction set (fixture #12).
   */
  lineId: string;
  readonly lin: X12Segment;
  /** 0-based index of this LIN within its HL. */
  readonly ordinal: number;
  readonly reading: LinReading;
  // Every field exists from the start (undefined until read), so all drafts share one hidden class: a
  // 100,000-line ASN reads them many times, and mixed shapes made that several times slower.
  quantity: string | undefined;
  uom: string | undefined;
  orderedQuantity: string | undefined;
  packSize: string | undefined;
  description: string | undefined;
  lot: string | undefined;
  expiry: string | undefined;
  readonly serials: string[];
}

/** A LIN that names only a lot (LIN**LT*…) describes a batch of its parent's item, not an item of its own. */
export function isLotRow(draft: LineDraft): boolean {
  return draft.reading.itemIds.length === 0 && draft.reading.lot !== undefined;
}

function readSn1(segment: X12Segment, draft: LineDraft, warnings: WarningList): void {
  if (draft.quantity !== undefined) {
    warnings.add(
      'x12-sn1-repeated',
      `${shown(segment)} at line ${segment.line}: a second SN1 for one LIN; ignored`,
      segment,
    );
    return;
  }
  // SN102 number of units shipped (DE 382), SN103 unit of measure (DE 355), SN105 quantity ordered (DE 330).
  draft.quantity = readQuantity(segment, 2, 'shipped quantity (SN102)');
  draft.uom = el(segment, 3);
  if (draft.uom === '') {
    warnings.add('x12-uom-missing', `${shown(segment)} at line ${segment.line}: no unit of measure (SN103)`, segment);
  }
  draft.orderedQuantity = optionalQuantity(segment, 5, 'quantity ordered (SN105)', warnings);
}

function readDetail(segment: X12Segment, draft: LineDraft, warnings: WarningList): void {
  switch (segment.tag) {
    case 'SN1':
      readSn1(segment, draft, warnings);
      return;
    case 'PO4': {
      // PO401 pack: number of inner units per outer pack (DE 356).
      const pack = optionalQuantity(segment, 1, 'pack (PO401)', warnings);
      if (pack !== undefined) draft.packSize ??= pack;
      return;
    }
    case 'PID':
      // PID01 `F` free-form; PID05 the description (DE 352).
      if (el(segment, 1) === 'F' && el(segment, 5) !== '') draft.description ??= el(segment, 5);
      return;
    case 'REF':
      if (el(segment, 1) === 'LT' && el(segment, 2) !== '') draft.lot ??= el(segment, 2);
      else if (el(segment, 1) === 'SE' && el(segment, 2) !== '') draft.serials.push(el(segment, 2));
      return;
    case 'DTM': {
      const { qualifier, value } = readDtm(segment, warnings);
      if (qualifier === '036' && value !== null) draft.expiry ??= value.slice(0, 10);
      return;
    }
    default:
      return;
  }
}

/** The lines of one HL loop. */
export function readLineDrafts(node: HlNode, prefix: string, warnings: WarningList): LineDraft[] {
  const lineId = `${prefix}/HL${node.id}`;
  const drafts: LineDraft[] = [];
  let current: LineDraft | null = null;
  for (const segment of node.content) {
    if (segment.tag === 'LIN') {
      const reading = readLin(segment, warnings);
      current = {
        node,
        lineId,
        lin: segment,
        ordinal: drafts.length,
        reading,
        quantity: undefined,
        uom: undefined,
        orderedQuantity: undefined,
        packSize: undefined,
        description: undefined,
        lot: reading.lot,
        expiry: undefined,
        serials: reading.serials,
      };
      drafts.push(current);
    } else if (current !== null) readDetail(segment, current, warnings);
    else if (segment.tag === 'SN1') {
      warnings.add(
        'x12-sn1-without-lin',
        `${shown(segment)} at line ${segment.line} is in HL ${node.id} with no LIN before it, so it names no item; ignored`,
        segment,
      );
    }
  }
  if (drafts.length > 1) for (const draft of drafts) draft.lineId = `${lineId}.${draft.ordinal + 1}`;
  return drafts;
}

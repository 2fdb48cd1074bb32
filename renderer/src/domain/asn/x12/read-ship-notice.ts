import type { AsnCarrier, AsnParty, CanonicalAsn } from '../canonical-asn';
import { compareQuantities, isQuantity, sumQuantities } from '../../quantity';
import { compact } from './compact';
import type { X12TransactionSet } from './envelope';
import { buildHlTree, type HlNode } from './hl-tree';
import { assembleLines } from './lines';
import { isLotRow, readLineDrafts, type LineDraft } from './line-drafts';
import { readOrders } from './orders';
import { SHIP_FROM_ROLES, SUPPLIER_ROLES } from './parties';
import { el, reject, shown, WarningList } from './problems';
import { newShipmentDraft, readShipmentSegment, type ShipmentDraft } from './shipment';
import type { X12Segment } from './tokenizer';
import { readUnits } from './units';

/**
 * One 856 transaction set (ST…SE) → one canonical ASN. BSN (beginning segment for ship notice): BSN01 purpose
 * (DE 353: 00 original, 05 replace, 01 cancellation, 03 delete…), BSN02 shipment id (DE 396), BSN03/04 date and
 * time, BSN05 hierarchical structure code (DE 1005). Then the HL hierarchy, read by the helpers beside this file.
 */
const PURPOSES = new Set(['00', '01', '03', '05', '06', '07', '14', '18']);
const CANCELLING = new Set(['01', '03']);

export interface SetContext {
  readonly set: X12TransactionSet;
  /** Makes HL ids unique in the ASN, e.g. `ST0001`. */
  readonly prefix: string;
  readonly fileName: string;
  /** Unit ids already used by the ASN with this shipment id (for one shipment sent in several sets). */
  readonly takenUnitIds: (asnId: string) => Set<string>;
}

function findBsn(body: readonly X12Segment[], set: X12TransactionSet): X12Segment {
  for (const segment of body) {
    if (segment.tag === 'BSN') return segment;
    if (segment.tag === 'HL') break;
  }
  reject(
    'x12-bsn-missing',
    `Ship notice ${set.control} at line ${set.st.line} has no BSN before its first HL: the shipment id and the hierarchy code are unknown.`,
    set.st,
  );
}

function asnIdOf(bsn: X12Segment, context: SetContext, warnings: WarningList): string {
  const id = el(bsn, 2);
  if (id !== '') return id;
  const { set } = context;
  const sender = set.interchange?.sender ?? 'X12';
  const derived = [sender, set.interchange?.control, set.control].filter((part) => part).join('-');
  warnings.add(
    'x12-bsn02-empty',
    `BSN02 (shipment id) is empty at line ${bsn.line}; this ASN is listed as "${derived}" (sender, ISA13, ST02)`,
    bsn,
  );
  return derived;
}

function shipmentOf(header: readonly X12Segment[], nodes: readonly HlNode[], warnings: WarningList): ShipmentDraft {
  const draft = newShipmentDraft();
  for (const segment of header) readShipmentSegment(segment, draft, warnings);
  for (const node of nodes) {
    if (node.level !== 'S') continue;
    for (const segment of node.content) readShipmentSegment(segment, draft, warnings);
  }
  return draft;
}

function firstParty(draft: ShipmentDraft, roles: readonly string[]): AsnParty | undefined {
  for (const role of roles) {
    const party = draft.parties.get(role);
    if (party) return party;
  }
  return undefined;
}

/** CTT01 counts HL loops or line items (both are seen: fixtures #1, #11); CTT02 is the hash total of SN102. */
function checkTotals(
  trailer: readonly X12Segment[],
  nodes: number,
  drafts: readonly LineDraft[],
  warnings: WarningList,
): void {
  const ctt = trailer.find((segment) => segment.tag === 'CTT');
  if (!ctt) return;
  const count = el(ctt, 1);
  const items = drafts.filter((draft) => !isLotRow(draft));
  if (count !== '' && count !== String(nodes) && count !== String(items.length)) {
    warnings.add(
      'x12-ctt-count',
      `CTT01 says ${count}, but the set has ${nodes} HL loops and ${items.length} items`,
      ctt,
    );
  }
  const hash = el(ctt, 2);
  if (hash === '' || !isQuantity(hash)) return;
  const sum = (list: readonly LineDraft[]): string => sumQuantities(list.map((draft) => draft.quantity ?? '0'));
  const total = sum(items);
  if (compareQuantities(hash, total) !== 0 && compareQuantities(hash, sum(drafts)) !== 0) {
    warnings.add(
      'x12-ctt-hash',
      `${shown(ctt)}: the hash total is ${hash}, the SN1 quantities add up to ${total}`,
      ctt,
    );
  }
}

export function readShipNotice(context: SetContext): CanonicalAsn {
  const { set, prefix } = context;
  const warnings = new WarningList();
  for (const warning of set.warnings) warnings.push(warning);
  const bsn = findBsn(set.body, set);
  const purpose = el(bsn, 1);
  if (!PURPOSES.has(purpose)) {
    warnings.add(
      'x12-unknown-qualifier',
      `BSN01 purpose "${purpose}" (DE 353) is not one Dockside knows; read as an original`,
      bsn,
    );
  }
  const asnId = asnIdOf(bsn, context, warnings);
  const tree = buildHlTree(set.body, el(bsn, 5), warnings);
  const shipment = shipmentOf(tree.header, tree.nodes, warnings);
  const orders = readOrders(tree.nodes, warnings);
  const units = readUnits(tree.nodes, prefix, context.takenUnitIds(asnId), warnings);
  const drafts = tree.nodes.flatMap((node) => readLineDrafts(node, prefix, warnings));
  const lines = assembleLines(drafts, { unitOf: units.unitOf, poOf: orders.poOf }, warnings);
  checkTotals(tree.trailer, tree.nodes.length, drafts, warnings);
  const senderParty: AsnParty = set.interchange
    ? {
        name: set.interchange.sender,
        code: { qualifier: set.interchange.senderQualifier, value: set.interchange.sender },
      }
    : { name: '' };
  const shipFrom = firstParty(shipment, SHIP_FROM_ROLES);
  const carrier = compact<AsnCarrier>({
    scac: shipment.scac,
    name: shipment.carrierName,
    trailer: shipment.trailer,
    seals: shipment.seals,
    billOfLading: shipment.billOfLading,
    proNumber: shipment.proNumber,
  });
  const controlRefs = [
    set.interchange ? `ISA13 ${set.interchange.control}` : undefined,
    set.group ? `GS06 ${set.group.control}` : undefined,
    `ST02 ${set.control}`,
  ].filter((ref) => ref !== undefined);
  return compact<CanonicalAsn>({
    asnId,
    version: 1,
    status: CANCELLING.has(purpose) ? 'cancelled' : 'open',
    source: { format: 'x12-856', origin: context.fileName, controlRefs },
    supplier: firstParty(shipment, SUPPLIER_ROLES) ?? shipFrom ?? senderParty,
    shipFrom,
    shipTo: shipment.parties.get('ST'),
    buyer: shipment.parties.get('BY'),
    carrier,
    shippedAt: shipment.shippedAt,
    expectedArrival: shipment.expectedArrival,
    grossWeight: shipment.grossWeight,
    orders: orders.orders,
    references: shipment.references.length > 0 ? shipment.references : undefined,
    units: units.units,
    lines,
    warnings: warnings.items,
  });
}

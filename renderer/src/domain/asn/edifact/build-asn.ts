import { compareQuantities, sumQuantities } from '../../quantity';
import type { AsnImportError } from '../asn-importer';
import type { AsnCarrier, AsnLine, AsnParty, AsnWarning, CanonicalAsn } from '../canonical-asn';
import { glnOf } from '../identifiers';
import { CANCEL_FUNCTIONS } from './codes';
import type { DesadvDraft, DraftLine } from './desadv-draft';
import { scanGtinOf } from './item-ids';
import { readDecimal } from './numbers';
import { resolvePackageTree } from './package-tree';
import { importError } from './problems';

/**
 * A DESADV draft as a canonical ASN. BGM 1004 is the ASN id; BGM 1225 cancellation (1) or deletion (3) marks it
 * cancelled; a D.01B version identifier (C106 1056) is its version, otherwise version 1.
 */
export interface BuiltAsn {
  readonly asn: CanonicalAsn;
  /** BGM 1225 as sent, for merging messages that share a despatch advice number. */
  readonly messageFunction: string;
  readonly messageRef: string;
}

/** When the sender gives no unit (QTY 6411 is conditional): EANCOM reads a quantity without one as pieces. */
export const DEFAULT_UOM = 'PCE';

export function buildAsn(
  draft: DesadvDraft,
  fileName: string,
  trailerWarnings: readonly AsnWarning[],
): { ok: true; built: BuiltAsn } | { ok: false; error: AsnImportError } {
  const { message, warnings } = draft;
  const bgm = draft.bgm;
  if (!bgm) return { ok: false, error: importError('no-bgm', `message ${message.ref} has no BGM`, message.header) };
  const tree = resolvePackageTree(draft.levels, draft.lines, warnings);
  const headerOrder = draft.orders.size === 1 ? [...draft.orders.keys()][0] : undefined;
  const lines = linesOf(draft, tree.lineUnits, headerOrder);
  const status = CANCEL_FUNCTIONS.has(bgm.messageFunction) ? 'cancelled' : 'open';
  if (lines.length === 0 && tree.units.length === 0 && status === 'open') {
    return {
      ok: false,
      error: importError(
        'nothing-to-receive',
        `despatch advice ${bgm.number || message.ref} (message ${message.ref}, UNH at line ${message.header.line}) ` +
          'lists no packages and no lines: there is nothing to receive',
        message.header,
      ),
    };
  }
  checkControlTotals(draft, lines);
  for (const line of lines)
    if (line.poNumber !== undefined && !draft.orders.has(line.poNumber))
      draft.orders.set(line.poNumber, { poNumber: line.poNumber });
  let asnId = bgm.number;
  if (asnId === '') {
    asnId = `DESADV-${message.interchangeRef === null ? '' : `${message.interchangeRef}-`}${message.ref}`;
    warnings.add(
      'no-despatch-number',
      `BGM has no despatch advice number (1004); the ASN is named ${asnId}`,
      bgm.place,
    );
  }
  const controlRefs = [message.interchangeRef, message.ref].filter((ref): ref is string => ref !== null && ref !== '');
  const parties = partiesOf(draft);
  const asn: CanonicalAsn = {
    asnId,
    version: bgm.version ?? 1,
    status,
    source: { format: 'edifact-desadv', origin: fileName, controlRefs },
    ...parties,
    carrier: carrierOf(draft),
    ...(draft.shippedAt === undefined ? {} : { shippedAt: draft.shippedAt }),
    ...(draft.expectedArrival === undefined ? {} : { expectedArrival: draft.expectedArrival }),
    orders: [...draft.orders.values()].map((order) => ({ ...order })),
    ...(draft.references.length === 0 ? {} : { references: draft.references }),
    units: tree.units,
    lines,
    warnings: byLine([...trailerWarnings, ...warnings.warnings()]),
  };
  return { ok: true, built: { asn, messageFunction: bgm.messageFunction, messageRef: message.ref } };
}

/** Warnings in file order, so a receiver reads them alongside the file; summaries without a line go last. */
function byLine(list: AsnWarning[]): AsnWarning[] {
  return list.sort((a, b) => (a.at?.line ?? Number.MAX_SAFE_INTEGER) - (b.at?.line ?? Number.MAX_SAFE_INTEGER));
}

function linesOf(
  draft: DesadvDraft,
  lineUnits: readonly (string | null)[],
  headerOrder: string | undefined,
): AsnLine[] {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return draft.lines.map((line, index) => {
    const base = line.number === '' ? `L${index + 1}` : line.number;
    let lineId = base;
    if (used.has(lineId)) {
      let n = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}#${n}`)) n++;
      lineId = `${base}#${n}`;
      nextSuffix.set(base, n + 1);
    }
    used.add(lineId);
    return lineOf(line, lineId, lineUnits[index] ?? null, headerOrder, draft);
  });
}

function lineOf(
  line: DraftLine,
  lineId: string,
  unitId: string | null,
  headerOrder: string | undefined,
  draft: DesadvDraft,
): AsnLine {
  if (line.itemIds.length === 0) {
    draft.warnings.add('no-item-id', `line item ${line.number} names no item (no LIN or PIA item number)`, line.place);
  }
  if (line.quantity === undefined) {
    draft.warnings.add(
      'no-quantity',
      `line item ${line.number} has no despatched quantity (QTY+12); it is expected with quantity 0`,
      line.place,
    );
  }
  const poNumber = line.poNumber ?? headerOrder;
  // Built field by field rather than with conditional spreads: this runs once per line of 100,000-line files.
  const built: Writable<AsnLine> = {
    lineId,
    unitId,
    itemIds: line.itemIds,
    quantity: line.quantity ?? '0',
    uom: line.uom ?? DEFAULT_UOM,
    serials: line.serials ?? NO_SERIALS,
  };
  const gtin = scanGtinOf(line.itemIds);
  if (poNumber !== undefined) built.poNumber = poNumber;
  if (line.poLine !== undefined) built.poLine = line.poLine;
  if (gtin !== undefined) built.gtin = gtin;
  if (line.description !== undefined) built.description = line.description;
  if (line.orderedQuantity !== undefined) built.orderedQuantity = line.orderedQuantity;
  if (line.packSize !== undefined) built.packSize = line.packSize;
  if (line.lot !== undefined) built.lot = line.lot;
  if (line.expiry !== undefined) built.expiry = line.expiry;
  return built;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** One shared empty list for the many lines without serials (the canonical model's arrays are read-only). */
const NO_SERIALS: readonly string[] = Object.freeze([]);

/** CNT (C270: 6069 qualifier, 6066 value): 2 number of line items, 1 algebraic total of the quantities. */
function checkControlTotals(draft: DesadvDraft, lines: readonly AsnLine[]): void {
  for (const { qualifier, value, place } of draft.controlTotals) {
    const declared = readDecimal(value);
    if (qualifier === '2') {
      if (declared !== String(lines.length)) {
        draft.warnings.add(
          'cnt-mismatch',
          `CNT+2 says ${value} line items, but the message has ${lines.length}`,
          place,
        );
      }
    } else if (qualifier === '1') {
      const total = sumQuantities(lines.map((line) => line.quantity));
      if (declared === null || compareQuantities(declared, total) !== 0) {
        draft.warnings.add('cnt-mismatch', `CNT+1 says the quantities total ${value}, but they total ${total}`, place);
      }
    }
  }
}

type Parties = Pick<CanonicalAsn, 'supplier' | 'shipFrom' | 'shipTo' | 'buyer'>;

/** SU supplier; SF ship-from (else SH shipper, CZ consignor); DP delivery party (else ST ship-to, CN consignee). */
function partiesOf(draft: DesadvDraft): Parties {
  const { parties } = draft;
  const pick = (...roles: string[]): AsnParty | undefined => roles.map((role) => parties.get(role)).find(Boolean);
  const shipFrom = pick('SF', 'SH', 'CZ');
  const shipTo = pick('DP', 'ST', 'CN');
  const buyer = pick('BY');
  return {
    supplier: pick('SU') ?? senderAsSupplier(draft),
    ...(shipFrom === undefined ? {} : { shipFrom }),
    ...(shipTo === undefined ? {} : { shipTo }),
    ...(buyer === undefined ? {} : { buyer }),
  };
}

/** Without NAD+SU the interchange sender (UNB S002; qualifier 14 = GS1 GLN) is the best name for the supplier. */
function senderAsSupplier(draft: DesadvDraft): AsnParty {
  const sender = draft.message.sender;
  const where = draft.bgm?.place;
  if (!sender || sender.id === '') {
    draft.warnings.add('no-supplier', 'the despatch advice names no supplier (no NAD+SU, no UNB sender)', where);
    return { name: '' };
  }
  draft.warnings.add('no-supplier', `no NAD+SU supplier; the interchange sender ${sender.id} is used`, where);
  const gln = sender.qualifier === '14' ? glnOf(sender.id) : null;
  return gln === null
    ? { name: sender.id, code: { qualifier: sender.qualifier, value: sender.id } }
    : { name: sender.id, gln };
}

/** TDT and EQD/SEL, completed by NAD+CA when TDT did not name the carrier. */
function carrierOf(draft: DesadvDraft): AsnCarrier {
  const { carrier } = draft;
  const party = draft.parties.get('CA');
  const scac = carrier.scac ?? (party?.code?.qualifier === '182' ? party.code.value : undefined);
  const name = carrier.name ?? party?.name;
  return {
    seals: carrier.seals,
    ...(scac === undefined ? {} : { scac }),
    ...(name === undefined ? {} : { name }),
    ...(carrier.trailer === undefined ? {} : { trailer: carrier.trailer }),
    ...(carrier.billOfLading === undefined ? {} : { billOfLading: carrier.billOfLading }),
    ...(carrier.proNumber === undefined ? {} : { proNumber: carrier.proNumber }),
  };
}

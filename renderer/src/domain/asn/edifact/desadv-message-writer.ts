import type { AsnLine, AsnLogisticUnit, AsnParty, CanonicalAsn, ItemId } from '../canonical-asn';
import { ITEM_TYPE_FOR, ITEM_TYPES, PACKAGE_TYPE_FOR } from './codes';
import { edifactDateOf } from './dates';
import { writeDecimal } from './numbers';
import type { ElementValue, SegmentSpec } from './segment-writer';
import { segment } from './segment-writer';

/**
 * One canonical ASN as the body of a DESADV message, D.01B EANCOM 2002 (EAN007) style: BGM with the version in
 * C106 1056, header dates, orders, references, parties, transport, then the packing section top down: a first
 * `CPS` for the consignment (lines that sit in no unit), then one CPS per unit with its parent's CPS id, `PAC+1`
 * and package type, gross weight, `PCI+33E` and `GIN+BJ` SSCC, and the lines the unit directly contains.
 * Each choice here is what the reader maps back to the same canonical content (the round-trip property test).
 */
export function desadvBody(asn: CanonicalAsn, decimal: '.' | ',', preparedAt: Date): SegmentSpec[] {
  const out: SegmentSpec[] = [];
  const messageFunction = asn.status === 'cancelled' ? '1' : asn.version > 1 ? '5' : '9';
  out.push(segment('BGM', '351', asn.version > 1 ? [asn.asnId, String(asn.version)] : asn.asnId, messageFunction));
  out.push(segment('DTM', ['137', stamp(preparedAt), '203']));
  pushDate(out, '11', asn.shippedAt);
  pushDate(out, '17', asn.expectedArrival);
  for (const order of asn.orders) {
    out.push(segment('RFF', ['ON', order.poNumber]));
    pushDate(out, '171', order.poDate);
  }
  if (asn.carrier.billOfLading !== undefined) out.push(segment('RFF', ['BM', asn.carrier.billOfLading]));
  if (asn.carrier.proNumber !== undefined) out.push(segment('RFF', ['CN', asn.carrier.proNumber]));
  for (const reference of asn.references ?? []) out.push(segment('RFF', [reference.qualifier, reference.value]));
  pushParty(out, 'SU', asn.supplier);
  pushParty(out, 'BY', asn.buyer);
  pushParty(out, 'DP', asn.shipTo);
  pushParty(out, 'SF', asn.shipFrom);
  pushTransport(out, asn);
  pushPacking(out, asn, decimal);
  out.push(segment('CNT', ['2', String(asn.lines.length)]));
  return out;
}

function pushDate(out: SegmentSpec[], qualifier: string, iso: string | undefined): void {
  const date = iso === undefined ? null : edifactDateOf(iso);
  if (date) out.push(segment('DTM', [qualifier, date.value, date.format]));
}

function pushParty(out: SegmentSpec[], role: string, party: AsnParty | undefined): void {
  if (!party) return;
  const id: ElementValue =
    party.gln !== undefined ? [party.gln, '', '9'] : party.code ? [party.code.value, '', party.code.qualifier] : '';
  out.push(segment('NAD', role, id, '', party.name));
}

function pushTransport(out: SegmentSpec[], asn: CanonicalAsn): void {
  const { scac, name, trailer, seals } = asn.carrier;
  if (scac !== undefined || name !== undefined) {
    // TDT+20 (main carriage), C040 carrier: 3127 id : 1131 : 3055 agency 182 (US Standard Carrier Alpha Code) : 3128 name
    out.push(
      segment('TDT', '20', '', '', '', scac === undefined ? ['', '', '', name ?? ''] : [scac, '', '182', name ?? '']),
    );
  }
  if (trailer !== undefined || seals.length > 0) {
    out.push(segment('EQD', 'TE', trailer ?? ''));
    for (const seal of seals) out.push(segment('SEL', seal));
  }
}

function pushPacking(out: SegmentSpec[], asn: CanonicalAsn, decimal: '.' | ','): void {
  const unitIds = new Set(asn.units.map((unit) => unit.unitId));
  const children = new Map<string | null, AsnLogisticUnit[]>();
  for (const unit of asn.units) {
    const parent =
      unit.parentUnitId !== null && unitIds.has(unit.parentUnitId) && unit.parentUnitId !== unit.unitId
        ? unit.parentUnitId
        : null;
    pushTo(children, parent, unit);
  }
  const linesIn = new Map<string | null, AsnLine[]>();
  for (const line of asn.lines) {
    const unit = line.unitId !== null && unitIds.has(line.unitId) ? line.unitId : null;
    pushTo(linesIn, unit, line);
  }
  // CPS ids: units without SSCC keep their own id (the reader names them by it); others are numbered.
  const reserved = new Set(asn.units.filter((unit) => unit.sscc === undefined).map((unit) => unit.unitId));
  let counter = 0;
  const nextId = (): string => {
    do counter++;
    while (reserved.has(String(counter)));
    return String(counter);
  };
  const consignment = nextId();
  out.push(segment('CPS', consignment));
  for (const line of linesIn.get(null) ?? []) pushLine(out, line, decimal);
  const cpsIds = new Map<string, string>();
  const visited = new Set<string>();
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const unit = stack.pop();
    if (!unit || visited.has(unit.unitId)) continue;
    visited.add(unit.unitId);
    const id = unit.sscc === undefined ? unit.unitId : nextId();
    cpsIds.set(unit.unitId, id);
    const parent = unit.parentUnitId === null ? consignment : (cpsIds.get(unit.parentUnitId) ?? consignment);
    pushUnit(out, unit, id, parent, decimal);
    for (const line of linesIn.get(unit.unitId) ?? []) pushLine(out, line, decimal);
    stack.push(...[...(children.get(unit.unitId) ?? [])].reverse());
  }
}

function pushTo<T>(map: Map<string | null, T[]>, key: string | null, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pushUnit(out: SegmentSpec[], unit: AsnLogisticUnit, id: string, parent: string, decimal: '.' | ','): void {
  out.push(segment('CPS', id, parent));
  const packageType = unit.packagingCode ?? PACKAGE_TYPE_FOR[unit.kind];
  out.push(segment('PAC', '1', '', packageType ?? ''));
  if (unit.grossWeight) {
    out.push(segment('MEA', 'PD', 'AAB', [unit.grossWeight.unit, writeDecimal(unit.grossWeight.value, decimal)]));
  }
  if (unit.sscc !== undefined) {
    out.push(segment('PCI', '33E'));
    out.push(segment('GIN', 'BJ', unit.sscc));
  }
}

function pushLine(out: SegmentSpec[], line: AsnLine, decimal: '.' | ','): void {
  const main = line.itemIds.find((id) => id.qualifier === 'gtin');
  out.push(segment('LIN', line.lineId, '', main ? [main.value, itemTypeOf(main)] : ''));
  const rest = line.itemIds.filter((id) => id !== main);
  rest.forEach((id, index) => {
    out.push(segment('PIA', !main && index === 0 ? '5' : '1', [id.value, itemTypeOf(id)]));
  });
  if (line.lot !== undefined) out.push(segment('PIA', '1', [line.lot, 'NB']));
  for (let i = 0; i < line.serials.length; i += 5) {
    out.push(segment('PIA', '1', ...line.serials.slice(i, i + 5).map((serial) => [serial, 'SN'])));
  }
  if (line.description !== undefined) out.push(segment('IMD', 'F', '', ['', '', '', line.description]));
  out.push(segment('QTY', ['12', writeDecimal(line.quantity, decimal), line.uom]));
  if (line.orderedQuantity !== undefined)
    out.push(segment('QTY', ['21', writeDecimal(line.orderedQuantity, decimal), line.uom]));
  if (line.packSize !== undefined) out.push(segment('QTY', ['52', writeDecimal(line.packSize, decimal)]));
  pushDate(out, '36', line.expiry);
  if (line.poNumber !== undefined || line.poLine !== undefined) {
    out.push(segment('RFF', ['ON', line.poNumber ?? '', line.poLine ?? '']));
  }
}

/** The sender's DE 7143 code when it is an EDIFACT code of the same kind; '' stays '' (read back from its shape). */
function itemTypeOf(id: ItemId): string {
  if (id.senderQualifier === '' || ITEM_TYPES[id.senderQualifier] === id.qualifier) return id.senderQualifier;
  return ITEM_TYPE_FOR[id.qualifier];
}

/** CCYYMMDDHHMM in UTC, for DTM+137 (document date) in format 203. */
function stamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}`;
}

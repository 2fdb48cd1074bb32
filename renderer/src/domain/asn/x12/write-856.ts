import type { AsnLine, AsnLogisticUnit, AsnMeasure, CanonicalAsn, ItemId } from '../canonical-asn';
import type { X12Delimiters } from './delimiters';
import { toX12DateTime } from './x12-dates';
import { SegmentWriter, writeDate, writeParty, X12WriteError } from './write-segments';

export { X12WriteError } from './write-segments';

/**
 * Canonical ASNs → one X12 856 interchange (ISA/GS, one ST…SE per ASN, GE/IEA), version 004010, with any legal
 * delimiter set. Used by the round-trip property test, the demo ERP and exports. The HL tree is S → O per order →
 * units (T tare, P pallet/carton, Q package) → I items: a root unit goes under its order when everything in it
 * belongs to that order, otherwise under S with a PRF on each item, so any canonical ASN can be written.
 * Limits: a `pallet` is a P loop whose TD101 says PLT (the reader derives the kind from it); a lot is sent as
 * REF*LT, an expiry as DTM*036, serials as REF*SE.
 */
export interface X12WriteOptions {
  /** ISA06 / GS02 sender id (ISA05 `ZZ`). */
  readonly sender?: string;
  readonly receiver?: string;
  /** ISA13 / GS06; ST02 counts from 0001. */
  readonly controlNumber?: number;
  /** ISO date-time for ISA09/10, GS04/05 and BSN03/04 (a pure function cannot read the clock). */
  readonly createdAt?: string;
  /** A line break after each segment terminator, for people reading the file (ignored when it is one). */
  readonly lineBreaks?: boolean;
}

const GTIN_LENGTHS: Readonly<Record<string, number>> = { UP: 12, EN: 13, UK: 14, UA: 14 };

/** A GTIN-14 shortened to the length its qualifier implies when only leading zeros go (UP 12, EN 13). */
function gtinAs(id: ItemId): string {
  const length = GTIN_LENGTHS[id.senderQualifier] ?? 14;
  const cut = id.value.length - length;
  return cut > 0 && /^0+$/.test(id.value.slice(0, cut)) ? id.value.slice(cut) : id.value;
}

function pad(value: string, width: number): string {
  return value.slice(0, width).padEnd(width, ' ');
}

function td1(writer: SegmentWriter, code: string | undefined, weight: AsnMeasure | undefined): void {
  if (code === undefined && weight === undefined) return;
  writer.add('TD1', code, undefined, undefined, undefined, undefined, weight && 'G', weight?.value, weight?.unit);
}

const LEVELS: Readonly<Record<AsnLogisticUnit['kind'], string>> = { tare: 'T', pallet: 'P', carton: 'P', package: 'Q' };

function writeSet(
  writer: SegmentWriter,
  asn: CanonicalAsn,
  control: string,
  created: { date: string; time: string },
): void {
  const start = writer.segments.length;
  writer.add('ST', '856', control);
  writer.add('BSN', asn.status === 'cancelled' ? '01' : '00', asn.asnId, created.date, created.time, '0001');
  let hl = 0;
  const open = (parent: number, level: string): number => {
    hl += 1;
    writer.add('HL', String(hl), parent === 0 ? '' : String(parent), level);
    return hl;
  };
  const shipment = open(0, 'S');
  td1(writer, undefined, asn.grossWeight);
  const { carrier } = asn;
  if (carrier.scac !== undefined) writer.add('TD5', '', '2', carrier.scac, '', carrier.name);
  else if (carrier.name !== undefined) writer.add('TD5', '', '', '', '', carrier.name);
  if (carrier.trailer !== undefined) writer.add('TD3', 'TL', '', carrier.trailer);
  if (carrier.billOfLading !== undefined) writer.add('REF', 'BM', carrier.billOfLading);
  if (carrier.proNumber !== undefined) writer.add('REF', 'CN', carrier.proNumber);
  for (const seal of carrier.seals) writer.add('REF', 'SN', seal);
  for (const ref of asn.references ?? []) writer.add('REF', ref.qualifier, ref.value);
  writeDate(writer, '011', asn.shippedAt);
  writeDate(writer, '017', asn.expectedArrival);
  writeParty(writer, 'SU', asn.supplier);
  writeParty(writer, 'SF', asn.shipFrom);
  writeParty(writer, 'ST', asn.shipTo);
  writeParty(writer, 'BY', asn.buyer);

  const unitIds = new Set(asn.units.map((unit) => unit.unitId));
  const children = new Map<string | null, AsnLogisticUnit[]>();
  for (const unit of asn.units) {
    const parent = unit.parentUnitId !== null && unitIds.has(unit.parentUnitId) ? unit.parentUnitId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const linesIn = new Map<string | null, AsnLine[]>();
  for (const line of asn.lines) {
    const unit = line.unitId !== null && unitIds.has(line.unitId) ? line.unitId : null;
    linesIn.set(unit, [...(linesIn.get(unit) ?? []), line]);
  }
  /** PO numbers of all lines in a unit and below it ('' for a line without one). */
  const posOf = (unit: AsnLogisticUnit): Set<string> => {
    const found = new Set((linesIn.get(unit.unitId) ?? []).map((line) => line.poNumber ?? ''));
    for (const child of children.get(unit.unitId) ?? []) for (const po of posOf(child)) found.add(po);
    return found;
  };
  const orderPos = new Set(asn.orders.map((order) => order.poNumber));
  const homeOf = (pos: Set<string>): string | undefined => {
    const [only] = pos;
    return pos.size === 1 && only !== undefined && orderPos.has(only) ? only : undefined;
  };

  const writeLine = (line: AsnLine, parent: number, po: string | undefined): void => {
    open(parent, 'I');
    const pairs = line.itemIds.flatMap((id) => [id.senderQualifier, id.qualifier === 'gtin' ? gtinAs(id) : id.value]);
    writer.add('LIN', line.poLine, ...pairs);
    const ordered = line.orderedQuantity === undefined ? [] : ['', line.orderedQuantity, line.uom];
    writer.add('SN1', '', line.quantity, line.uom, ...ordered);
    if (line.packSize !== undefined) writer.add('PO4', line.packSize);
    if (line.description !== undefined) writer.add('PID', 'F', '', '', '', line.description);
    if (line.poNumber !== undefined && line.poNumber !== po) writer.add('PRF', line.poNumber);
    if (line.lot !== undefined) writer.add('REF', 'LT', line.lot);
    for (const serial of line.serials) writer.add('REF', 'SE', serial);
    writeDate(writer, '036', line.expiry);
  };
  const writeUnit = (unit: AsnLogisticUnit, parent: number, po: string | undefined): void => {
    const id = open(parent, LEVELS[unit.kind]);
    if (unit.sscc !== undefined) writer.add('MAN', 'GM', `00${unit.sscc}`);
    for (const mark of unit.marks ?? []) writer.add('MAN', mark.qualifier, mark.value);
    td1(writer, unit.packagingCode ?? (unit.kind === 'pallet' ? 'PLT' : undefined), unit.grossWeight);
    for (const line of linesIn.get(unit.unitId) ?? []) writeLine(line, id, po);
    for (const child of children.get(unit.unitId) ?? []) writeUnit(child, id, po);
  };

  const roots = children.get(null) ?? [];
  const loose = linesIn.get(null) ?? [];
  const rootHome = new Map(roots.map((unit) => [unit, homeOf(posOf(unit))]));
  for (const order of asn.orders) {
    const id = open(shipment, 'O');
    writer.add('PRF', order.poNumber, order.releaseNumber, '', order.poDate?.replaceAll('-', ''));
    writeParty(writer, 'BY', order.buyer);
    for (const unit of roots) if (rootHome.get(unit) === order.poNumber) writeUnit(unit, id, order.poNumber);
    for (const line of loose) if (line.poNumber === order.poNumber) writeLine(line, id, order.poNumber);
  }
  for (const unit of roots) if (rootHome.get(unit) === undefined) writeUnit(unit, shipment, undefined);
  for (const line of loose) {
    if (line.poNumber === undefined || !orderPos.has(line.poNumber)) writeLine(line, shipment, undefined);
  }
  writer.add('CTT', String(hl));
  writer.add('SE', String(writer.countSince(start) + 1), control);
}

/** Writes canonical ASNs as one X12 856 interchange. Throws `X12WriteError` for unusable delimiters or data. */
export function writeX12_856(
  asns: readonly CanonicalAsn[],
  delimiters: X12Delimiters,
  options: X12WriteOptions = {},
): string {
  const writer = new SegmentWriter(delimiters);
  const sender = options.sender ?? 'DOCKSIDE';
  const receiver = options.receiver ?? 'RECEIVER';
  for (const id of [sender, receiver]) {
    // ISA06/ISA08 are fixed 15-character fields: letters, digits and spaces keep them clear of any delimiter.
    if (!/^[A-Za-z0-9 ]{1,15}$/.test(id)) throw new X12WriteError(`"${id}" cannot be an ISA sender or receiver id`);
  }
  const control = String(options.controlNumber ?? 1);
  const created = toX12DateTime(options.createdAt ?? '2000-01-01T00:00');
  const time = created.time.slice(0, 4) || '0000';
  const e = delimiters.element;
  const isa = ['ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(sender, 15), 'ZZ', pad(receiver, 15)]
    .concat([created.date.slice(2), time, 'U', '00401', control.padStart(9, '0'), '0', 'P', delimiters.component])
    .join(e);
  writer.raw(isa);
  writer.add('GS', 'SH', sender, receiver, created.date, time, control, 'X', '004010');
  asns.forEach((asn, i) => {
    writeSet(writer, asn, String(i + 1).padStart(4, '0'), { date: created.date, time });
  });
  writer.add('GE', String(asns.length), control);
  writer.add('IEA', '1', control.padStart(9, '0'));
  return writer.text(options.lineBreaks ?? false);
}

import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../canonical-asn';
import type { CsvColumn } from './columns';
import { CSV_COLUMNS } from './columns';
import type { CsvDelimiter } from './parse-csv';

/**
 * Canonical ASNs as a CSV packing list in the documented columns (docs/asn-csv-format.md): what the CSV importer
 * reads back to the same business content, and what an export hands to a spreadsheet. RFC 4180: CRLF record
 * ends, fields quoted when they hold the delimiter, a quote or a line break, quotes doubled inside (§2.5–2.7).
 *
 * One row per line, carrying its unit's columns; then one row per unit that holds no line (a pallet of cartons),
 * so every unit and its parent survive. What CSV cannot carry is left out: party names other than supplier and
 * ship-to, order dates, references, packaging codes, marks, warnings, a cancelled status.
 */
export interface CsvWriteOptions {
  readonly delimiter?: CsvDelimiter;
  /** Defaults to "," with the `;` delimiter and "." otherwise, as the importer reads them. */
  readonly decimalSeparator?: '.' | ',';
}

type Cells = { readonly [K in CsvColumn]?: string | undefined };

function quoted(value: string, delimiter: CsvDelimiter): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

function shipmentCells(asn: CanonicalAsn): Cells {
  return {
    asn_id: asn.asnId,
    asn_version: String(asn.version),
    supplier: asn.supplier.name || undefined,
    supplier_gln: asn.supplier.gln,
    ship_from_gln: asn.shipFrom?.gln,
    ship_to: asn.shipTo?.name || undefined,
    ship_to_gln: asn.shipTo?.gln,
    ship_date: asn.shippedAt,
    delivery_date: asn.expectedArrival,
    carrier_scac: asn.carrier.scac,
    carrier_name: asn.carrier.name,
    trailer: asn.carrier.trailer,
    seal: asn.carrier.seals.join('|') || undefined,
    bill_of_lading: asn.carrier.billOfLading,
  };
}

function ssccOf(unit: AsnLogisticUnit | undefined, asnId: string, unitId: string): string {
  if (!unit?.sscc) throw new Error(`ASN ${asnId}: unit ${unitId} has no SSCC; a CSV packing list names units by SSCC`);
  return unit.sscc;
}

function unitCells(asn: CanonicalAsn, byId: ReadonlyMap<string, AsnLogisticUnit>, unitId: string | null): Cells {
  if (unitId === null) return {};
  const unit = byId.get(unitId);
  const sscc = ssccOf(unit, asn.asnId, unitId);
  const parentId = unit?.parentUnitId ?? null;
  return {
    sscc,
    parent_sscc: parentId === null ? undefined : ssccOf(byId.get(parentId), asn.asnId, parentId),
    unit_type: unit?.kind,
    gross_weight: unit?.grossWeight?.value,
    weight_uom: unit?.grossWeight?.unit,
  };
}

function itemOf(line: AsnLine, qualifier: 'gtin' | 'buyer' | 'vendor'): string | undefined {
  return line.itemIds.find((id) => id.qualifier === qualifier)?.value;
}

function lineCells(line: AsnLine): Cells {
  return {
    line_id: line.lineId,
    po_number: line.poNumber,
    po_line: line.poLine,
    gtin: itemOf(line, 'gtin') ?? line.gtin,
    buyer_item: itemOf(line, 'buyer'),
    vendor_item: itemOf(line, 'vendor'),
    description: line.description,
    quantity: line.quantity,
    uom: line.uom,
    ordered_quantity: line.orderedQuantity,
    pack_size: line.packSize,
    lot: line.lot,
    expiry: line.expiry,
    serials: line.serials.join('|') || undefined,
  };
}

const DECIMAL_COLUMNS: ReadonlySet<CsvColumn> = new Set(['quantity', 'ordered_quantity', 'pack_size', 'gross_weight']);

export function writeAsnCsv(asns: readonly CanonicalAsn[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = (options.decimalSeparator ?? (delimiter === ';' ? ',' : '.')) === ',';
  const record = (cells: Cells): string =>
    CSV_COLUMNS.map((column) => {
      const value = cells[column] ?? '';
      return quoted(decimalComma && DECIMAL_COLUMNS.has(column) ? value.replace('.', ',') : value, delimiter);
    }).join(delimiter);
  const rows = [CSV_COLUMNS.join(delimiter)];
  for (const asn of asns) {
    const shipment = shipmentCells(asn);
    const byId = new Map(asn.units.map((unit) => [unit.unitId, unit]));
    for (const line of asn.lines)
      rows.push(record({ ...shipment, ...unitCells(asn, byId, line.unitId), ...lineCells(line) }));
    const holding = new Set(asn.lines.map((line) => line.unitId));
    for (const unit of asn.units) {
      if (!holding.has(unit.unitId)) rows.push(record({ ...shipment, ...unitCells(asn, byId, unit.unitId) }));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

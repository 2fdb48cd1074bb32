import type { AsnImportError } from '../asn-importer';
import type { AsnUnitKind, AsnWarning } from '../canonical-asn';
import { readSscc } from '../identifiers';
import type { CsvColumn } from './columns';
import type { CsvRow } from './read-row';
import { cellAt } from './read-row';

/**
 * Rows grouped into ASNs by asn_id, in the order the ASNs first appear. Shipment columns (supplier, carrier,
 * dates…) and unit columns (parent, type, weight) may be repeated on every row or given once; where they are
 * repeated they must agree, because a packing list that names two trailers for one ASN is a mistake to report,
 * not a value to pick.
 */
export const SHIPMENT_COLUMNS = [
  'asn_version',
  'supplier',
  'supplier_gln',
  'ship_from_gln',
  'ship_to',
  'ship_to_gln',
  'ship_date',
  'delivery_date',
  'carrier_scac',
  'carrier_name',
  'trailer',
  'seal',
  'bill_of_lading',
] as const satisfies readonly CsvColumn[];

const UNIT_COLUMNS = ['parent_sscc', 'unit_type', 'gross_weight', 'weight_uom'] as const satisfies readonly CsvColumn[];

/** A value with the row that first gave it, for agreement messages. */
interface Given {
  readonly value: string;
  readonly row: CsvRow;
}

export interface UnitDraft {
  readonly sscc: string;
  readonly given: Map<CsvColumn, Given>;
  /** Order of first mention, so units keep the file's order. */
  readonly order: number;
}

export interface AsnDraft {
  readonly asnId: string;
  readonly shipment: Map<CsvColumn, Given>;
  readonly units: Map<string, UnitDraft>;
  readonly lineRows: CsvRow[];
  readonly poNumbers: Set<string>;
  readonly warnings: AsnWarning[];
}

export function agree(store: Map<CsvColumn, Given>, column: CsvColumn, row: CsvRow, what: string): AsnImportError[] {
  const value = row.values.get(column);
  if (value === undefined) return [];
  const earlier = store.get(column);
  if (earlier === undefined) {
    store.set(column, { value, row });
    return [];
  }
  if (earlier.value === value) return [];
  const where = cellAt(row, column);
  return [
    {
      code: 'csv-conflict',
      message: `${where.text}: "${value}" differs from "${earlier.value}" in row ${earlier.row.row}; ${what} has one ${column.replace(/_/g, ' ')}.`,
      at: where.at,
    },
  ];
}

/** The unit drafted for an SSCC, created on first mention with a check-digit warning when it deserves one. */
function unitOf(draft: AsnDraft, sscc: string, row: CsvRow, column: 'sscc' | 'parent_sscc'): UnitDraft {
  const existing = draft.units.get(sscc);
  if (existing) return existing;
  const unit: UnitDraft = { sscc, given: new Map(), order: draft.units.size };
  draft.units.set(sscc, unit);
  const reading = readSscc(sscc);
  if (reading.kind === 'sscc' && !reading.checkDigitValid) {
    const where = cellAt(row, column);
    draft.warnings.push({
      code: 'sscc-check-digit',
      message: `${where.text}: SSCC ${sscc} fails its check digit (expected ${reading.expected}); check the label before receiving it.`,
      at: where.at,
    });
  }
  return unit;
}

const LINE_COLUMNS: readonly CsvColumn[] = [
  'gtin',
  'buyer_item',
  'vendor_item',
  'quantity',
  'description',
  'ordered_quantity',
  'pack_size',
  'lot',
  'expiry',
  'serials',
  'line_id',
  'po_line',
];

export function isLineRow(row: CsvRow): boolean {
  return LINE_COLUMNS.some((column) => row.values.has(column));
}

/** Adds one checked row to its ASN's draft; returns the problems that reject the file. */
export function addRow(drafts: Map<string, AsnDraft>, row: CsvRow): AsnImportError[] {
  const asnId = row.values.get('asn_id');
  if (asnId === undefined) {
    return [
      {
        code: 'csv-no-asn-id',
        message: `Row ${row.row} has no ASN id: every row names the ASN it belongs to.`,
        at: { line: row.line },
      },
    ];
  }
  let draft = drafts.get(asnId);
  if (!draft) {
    draft = { asnId, shipment: new Map(), units: new Map(), lineRows: [], poNumbers: new Set(), warnings: [] };
    drafts.set(asnId, draft);
  }
  const errors = SHIPMENT_COLUMNS.flatMap((column) => agree(draft.shipment, column, row, `ASN ${asnId}`));
  const po = row.values.get('po_number');
  if (po !== undefined) draft.poNumbers.add(po);
  const sscc = row.values.get('sscc');
  if (sscc !== undefined) {
    const unit = unitOf(draft, sscc, row, 'sscc');
    errors.push(...UNIT_COLUMNS.flatMap((column) => agree(unit.given, column, row, `unit ${sscc}`)));
    const parent = row.values.get('parent_sscc');
    if (parent !== undefined) unitOf(draft, parent, row, 'parent_sscc');
  } else {
    for (const column of UNIT_COLUMNS) {
      if (!row.values.has(column)) continue;
      const where = cellAt(row, column);
      errors.push({
        code: 'csv-unit-without-sscc',
        message: `${where.text}: a ${column.replace(/_/g, ' ')} describes a unit, but the row has no SSCC.`,
        at: where.at,
      });
    }
  }
  if (isLineRow(row)) {
    draft.lineRows.push(row);
  } else if (sscc === undefined) {
    errors.push({
      code: 'csv-empty-row',
      message: `Row ${row.row} names ASN ${asnId} but neither an item nor an SSCC: nothing to receive on it.`,
      at: { line: row.line },
    });
  }
  return errors;
}

/** A unit's kind: as given, else a pallet when it holds other units, else a carton (docs/asn-csv-format.md). */
export function kindOf(unit: UnitDraft, hasChildren: boolean): AsnUnitKind {
  const given = unit.given.get('unit_type')?.value as AsnUnitKind | undefined;
  return given ?? (hasChildren ? 'pallet' : 'carton');
}

import type { AsnImportError } from '../asn-importer';
import type { AsnUnitKind, AsnWarning } from '../canonical-asn';
import { glnOf, gtin14Of, readSscc } from '../identifiers';
import type { CsvColumn } from './columns';
import type { HeaderMap } from './header-map';
import { cellsOf } from './header-map';
import type { CellReading, NumberRules, SlashDateOrder } from './values';
import { readDate, readDateOrDateTime, readDecimal } from './values';

/**
 * One data row checked cell by cell: every value in its canonical form (decimals, ISO dates, 18-digit SSCCs,
 * unit kinds), or an error naming the row, the column as the file spells it, and what to write instead.
 */
export interface RowRules {
  readonly numbers: NumberRules;
  readonly dateOrder?: SlashDateOrder;
}

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  readonly row: number;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly values: ReadonlyMap<CsvColumn, string>;
  /** The file's header for a column, for messages. */
  readonly headerOf: (column: CsvColumn) => string;
}

export interface RowReading {
  readonly row: CsvRow;
  readonly errors: readonly AsnImportError[];
  readonly warnings: readonly AsnWarning[];
}

const KINDS: Readonly<Record<string, AsnUnitKind>> = {
  pallet: 'pallet',
  palette: 'pallet',
  plt: 'pallet',
  pal: 'pallet',
  pl: 'pallet',
  carton: 'carton',
  ctn: 'carton',
  case: 'carton',
  cs: 'carton',
  box: 'carton',
  karton: 'carton',
  tare: 'tare',
  package: 'package',
  pkg: 'package',
  parcel: 'package',
};

/** Where a cell is, in words and as the warning/error location. */
export function cellAt(row: CsvRow, column: CsvColumn): { text: string; at: NonNullable<AsnWarning['at']> } {
  const header = row.headerOf(column);
  return { text: `Row ${row.row}, column "${header}"`, at: { line: row.line, tag: header } };
}

type CellReader = (value: string, rules: RowRules) => CellReading;

const asIs: CellReader = (value) => ({ ok: true, value });
const decimal: CellReader = (value, rules) => readDecimal(value, rules.numbers);
const moment: CellReader = (value, rules) => readDateOrDateTime(value, rules.dateOrder);

const sscc: CellReader = (value) => {
  const reading = readSscc(value);
  return reading.kind === 'sscc' ? { ok: true, value: reading.sscc } : { ok: false, reason: reading.reason };
};

const gln: CellReader = (value) => {
  const valid = glnOf(value);
  return valid
    ? { ok: true, value: valid }
    : { ok: false, reason: `"${value}" is not a GLN (13 digits with a valid check digit)` };
};

/** Digits of a GTIN length; a wrong check digit is a warning (readRow), not an error: the label may agree. */
const gtin: CellReader = (value) =>
  /^\d{8}$|^\d{12,14}$/.test(value)
    ? { ok: true, value }
    : { ok: false, reason: `"${value}" is not a GTIN: 8, 12, 13 or 14 digits` };

const version: CellReader = (value) =>
  /^[1-9]\d{0,8}$/.test(value)
    ? { ok: true, value }
    : { ok: false, reason: `"${value}" is not a version number (1, 2, 3…)` };

const unitType: CellReader = (value) => {
  const kind = KINDS[value.toLowerCase()];
  return kind
    ? { ok: true, value: kind }
    : { ok: false, reason: `"${value}" is not a unit type; use pallet, carton, tare or package` };
};

/** How each column's cells are read: one entry per column, so a new column cannot be forgotten here. */
const READERS: Readonly<Record<CsvColumn, CellReader>> = {
  asn_id: asIs,
  asn_version: version,
  supplier: asIs,
  supplier_gln: gln,
  ship_from_gln: gln,
  ship_to: asIs,
  ship_to_gln: gln,
  ship_date: moment,
  delivery_date: moment,
  carrier_scac: asIs,
  carrier_name: asIs,
  trailer: asIs,
  seal: asIs,
  bill_of_lading: asIs,
  po_number: asIs,
  po_line: asIs,
  line_id: asIs,
  sscc,
  parent_sscc: sscc,
  unit_type: unitType,
  gross_weight: decimal,
  weight_uom: asIs,
  gtin,
  buyer_item: asIs,
  vendor_item: asIs,
  description: asIs,
  quantity: decimal,
  uom: asIs,
  ordered_quantity: decimal,
  pack_size: decimal,
  lot: asIs,
  expiry: (value, rules) => readDate(value, rules.dateOrder),
  serials: asIs,
};

export function readRow(
  map: HeaderMap,
  cells: readonly string[],
  row: number,
  line: number,
  rules: RowRules,
): RowReading {
  const errors: AsnImportError[] = [];
  const warnings: AsnWarning[] = [];
  const values = new Map<CsvColumn, string>();
  const reading: CsvRow = {
    row,
    line,
    values,
    headerOf: (column) => map.headers[map.indexOf.get(column) ?? -1] ?? column,
  };
  if (cells.length > map.headers.length && cells.slice(map.headers.length).some((cell) => cell.trim() !== '')) {
    errors.push({
      code: 'csv-extra-cells',
      message: `Row ${row} has ${cells.length} cells but the header has ${map.headers.length} columns: is a value holding the delimiter not quoted?`,
      at: { line },
    });
  } else if (cells.length < map.headers.length) {
    errors.push({
      code: 'csv-missing-cells',
      message: `Row ${row} has ${cells.length} cells but the header has ${map.headers.length} columns: is the row cut short?`,
      at: { line },
    });
  }
  for (const [column, value] of cellsOf(map, cells)) {
    const cell = READERS[column](value, rules);
    if (cell.ok) values.set(column, cell.value);
    else {
      const where = cellAt(reading, column);
      errors.push({ code: 'csv-value', message: `${where.text}: ${cell.reason}.`, at: where.at });
    }
  }
  const gtin = values.get('gtin');
  if (gtin !== undefined && gtin14Of(gtin) === null) {
    const where = cellAt(reading, 'gtin');
    warnings.push({
      code: 'gtin-check-digit',
      message: `${where.text}: GTIN ${gtin} fails its check digit; kept as sent, but it will not match a scan.`,
      at: where.at,
    });
  }
  return { row: reading, errors, warnings };
}

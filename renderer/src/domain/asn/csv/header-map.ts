import type { AsnImportError } from '../asn-importer';
import type { AsnWarning } from '../canonical-asn';
import type { CsvColumn } from './columns';
import { columnForHeader, isCsvColumn, normaliseHeader } from './columns';

/**
 * Which cell of a row holds which documented column. Partner-specific headers are mapped explicitly
 * (`explicit`: partner header → column, or `ignore`), and an explicit mapping wins over the aliases; the
 * mapping's keys are compared like headers, so "Cust. Art #" and "cust art no" are one key.
 */
export type CsvColumnMapping = Readonly<Record<string, CsvColumn | 'ignore'>>;

export interface HeaderMap {
  readonly headers: readonly string[];
  readonly indexOf: ReadonlyMap<CsvColumn, number>;
  /** Columns the reader does not use, reported once per ASN so the partner learns what Dockside ignores. */
  readonly ignored: readonly AsnWarning[];
}

export type HeaderMapResult =
  { readonly ok: true; readonly map: HeaderMap } | { readonly ok: false; readonly errors: readonly AsnImportError[] };

const ITEM_COLUMNS: readonly CsvColumn[] = ['gtin', 'buyer_item', 'vendor_item'];

export function mapHeader(
  cells: readonly string[],
  explicit: CsvColumnMapping | undefined,
  needsUom: boolean,
): HeaderMapResult {
  const errors: AsnImportError[] = [];
  const explicitByKey = new Map<string, CsvColumn | 'ignore'>();
  for (const [header, column] of Object.entries(explicit ?? {})) {
    if (column !== 'ignore' && !isCsvColumn(column)) {
      errors.push({
        code: 'csv-mapping',
        message: `The column mapping sends "${header}" to "${String(column)}", which is not a Dockside CSV column.`,
      });
    }
    explicitByKey.set(normaliseHeader(header), column);
  }
  const headers = cells.map((cell) => cell.trim());
  const indexOf = new Map<CsvColumn, number>();
  const ignored: AsnWarning[] = [];
  headers.forEach((header, index) => {
    const where = { line: 1, tag: header };
    const column = explicitByKey.get(normaliseHeader(header)) ?? columnForHeader(header);
    if (column === 'ignore') return;
    if (column === undefined) {
      ignored.push({
        code: 'csv-unknown-column',
        message: header
          ? `Column ${index + 1} "${header}" is not a Dockside CSV column and was ignored (map it if it matters).`
          : `Column ${index + 1} has no header and was ignored.`,
        at: where,
      });
      return;
    }
    const earlier = indexOf.get(column);
    if (earlier !== undefined) {
      errors.push({
        code: 'csv-duplicate-column',
        message: `Columns ${earlier + 1} "${headers[earlier] ?? ''}" and ${index + 1} "${header}" both mean ${column}; remove one, or map one of them to another column or to "ignore".`,
        at: where,
      });
      return;
    }
    indexOf.set(column, index);
  });
  const missing: string[] = [];
  if (!indexOf.has('asn_id')) missing.push('asn_id (ASN or shipment number)');
  if (!indexOf.has('quantity')) missing.push('quantity (Qty)');
  if (needsUom && !indexOf.has('uom')) missing.push('uom (unit of measure), or configure a default unit');
  if (!ITEM_COLUMNS.some((column) => indexOf.has(column)))
    missing.push('an item column: gtin, buyer_item or vendor_item');
  if (missing.length > 0) {
    errors.push({
      code: 'csv-missing-column',
      message: `The header lacks ${missing.join('; ')}. Found: ${headers.map((h) => `"${h}"`).join(', ')}.`,
      at: { line: 1 },
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, map: { headers, indexOf, ignored } };
}

/** A row's cells by column, trimmed; empty cells are absent. */
export type RowCells = ReadonlyMap<CsvColumn, string>;

export function cellsOf(map: HeaderMap, cells: readonly string[]): RowCells {
  const row = new Map<CsvColumn, string>();
  for (const [column, index] of map.indexOf) {
    const value = cells[index]?.trim() ?? '';
    if (value !== '') row.set(column, value);
  }
  return row;
}

import type { AsnImporter, AsnImportError, AsnImportInput, AsnImportResult } from '../asn-importer';
import type { CanonicalAsn } from '../canonical-asn';
import { buildAsn } from './build-asn';
import type { AsnDraft } from './group-rows';
import { addRow } from './group-rows';
import type { CsvColumnMapping } from './header-map';
import { mapHeader } from './header-map';
import type { CsvDelimiter } from './parse-csv';
import { parseCsv } from './parse-csv';
import { readRow } from './read-row';
import type { SlashDateOrder } from './values';

/**
 * CSV packing lists (issue 4, item 2; docs/asn-csv-format.md): one row per ASN line, grouped into ASNs by asn_id,
 * units built from the sscc / parent_sscc columns. All or nothing: any error rejects the file, and the errors
 * (up to MAX_ERRORS) name the row and the column as the file spells it, so the sender can fix them all at once.
 */
export interface CsvImportOptions {
  /** Partner header → Dockside column (or "ignore"); wins over the built-in aliases. */
  readonly columns?: CsvColumnMapping;
  /** Overrides the delimiter read from the header line. */
  readonly delimiter?: CsvDelimiter;
  /** Overrides the decimal separator, which is otherwise "," in `;` files and "." in the others. */
  readonly decimalSeparator?: '.' | ',';
  /** How to read NN/NN/YYYY dates; without it only unambiguous ones are accepted. */
  readonly dateOrder?: SlashDateOrder;
  /** Unit of measure for rows without one (and lets a file have no uom column at all). */
  readonly defaultUom?: string;
}

export const MAX_ERRORS = 50;

function capped(errors: AsnImportError[]): AsnImportResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return {
    ok: false,
    errors: [
      ...errors.slice(0, MAX_ERRORS),
      { code: 'csv-more-errors', message: `…and ${errors.length - MAX_ERRORS} more problems; fix these first.` },
    ],
  };
}

export function readCsvPackingList(input: AsnImportInput, options: CsvImportOptions = {}): AsnImportResult {
  const parsed = parseCsv(input.text, options.delimiter);
  if (!parsed.ok) {
    const { code, message, line } = parsed.problem;
    return { ok: false, errors: [{ code, message, at: { line } }] };
  }
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, errors: [{ code: 'csv-empty', message: 'The file is empty: no header, no rows.' }] };
  const defaultUom = options.defaultUom?.trim() || undefined;
  const mapped = mapHeader(header.cells, options.columns, defaultUom === undefined);
  if (!mapped.ok) return { ok: false, errors: mapped.errors };
  if (records.length === 0) {
    return {
      ok: false,
      errors: [{ code: 'csv-no-rows', message: 'The file has a header but no rows: nothing to receive.' }],
    };
  }
  const rules = {
    numbers: {
      decimalSeparator: options.decimalSeparator ?? (parsed.delimiter === ';' ? ',' : '.'),
      configured: options.decimalSeparator !== undefined,
    },
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
  } as const;
  const errors: AsnImportError[] = [];
  const drafts = new Map<string, AsnDraft>();
  records.forEach((record, index) => {
    if (errors.length > MAX_ERRORS) return;
    const reading = readRow(mapped.map, record.cells, index + 2, record.line, rules);
    errors.push(...reading.errors);
    if (reading.errors.length > 0) return;
    errors.push(...addRow(drafts, reading.row));
    const draft = drafts.get(reading.row.values.get('asn_id') ?? '');
    draft?.warnings.push(...reading.warnings);
  });
  const asns: CanonicalAsn[] = [];
  for (const draft of drafts.values()) {
    const built = buildAsn(draft, input.fileName, defaultUom, mapped.map.ignored);
    errors.push(...built.errors);
    asns.push(built.asn);
  }
  return errors.length > 0 ? capped(errors) : { ok: true, asns };
}

/** An importer with partner-specific options, for the registry and the CLI. */
export function csvImporterWith(options: CsvImportOptions): AsnImporter {
  return {
    format: 'csv',
    // CSV is what is left when nothing else matches: the registry tries it last.
    sniff: (text) => text.trim() !== '',
    read(input) {
      try {
        return readCsvPackingList(input, options);
      } catch (thrown) {
        // A bug, not a property of the file: reported as a value so one bad file cannot stop an intake run.
        const detail = thrown instanceof Error ? thrown.message : String(thrown);
        return {
          ok: false,
          errors: [{ code: 'csv-internal', message: `The CSV reader failed unexpectedly: ${detail}` }],
        };
      }
    },
  };
}

export const csvAsnImporter = csvImporterWith({});

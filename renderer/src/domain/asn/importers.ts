import type { AsnFileFormat, AsnImporter, AsnImportError, AsnImportInput, AsnImportResult } from './asn-importer';
import type { CanonicalAsn } from './canonical-asn';
import type { CsvImportOptions } from './csv/csv-importer';
import { csvImporterWith } from './csv/csv-importer';
import { edifactDesadvImporter } from './edifact/desadv-importer';
import { jsonAsnImporter } from './json/json-importer';
import { validateCanonicalAsn } from './validate-asn';
import { x12AsnImporter } from './x12/x12-asn-importer';

/**
 * The one way a file becomes canonical ASNs (issue 4, items 2–4): the importer named, or else the one whose
 * format the text looks like, then the shared validation (validate-asn.ts) on every ASN. All or nothing: one
 * invalid ASN rejects the file, so the station never holds half of a partner's shipment list.
 */
export interface ImportAsnOptions {
  /** Partner-specific CSV settings (column mapping, decimal separator, date order, default unit). */
  readonly csv?: CsvImportOptions;
}

/**
 * Sniffing order: X12 (ISA, or a bare ST*856), EDIFACT (UNA, UNB or UNH), JSON ({ or [), and CSV for anything
 * else. The first three start with fixed tags a CSV header cannot plausibly begin with.
 */
export function sniffAsnFormat(text: string): AsnFileFormat {
  if (x12AsnImporter.sniff(text)) return 'x12-856';
  if (edifactDesadvImporter.sniff(text)) return 'edifact-desadv';
  if (jsonAsnImporter.sniff(text)) return 'json';
  return 'csv';
}

function importerFor(format: AsnFileFormat, options: ImportAsnOptions): AsnImporter {
  switch (format) {
    case 'x12-856':
      return x12AsnImporter;
    case 'edifact-desadv':
      return edifactDesadvImporter;
    case 'json':
      return jsonAsnImporter;
    case 'csv':
      return csvImporterWith(options.csv ?? {});
    default: {
      const unknown: never = format;
      throw new Error(`no importer for ${String(unknown)}`);
    }
  }
}

export type ImportAsnFileResult = AsnImportResult & { readonly format: AsnFileFormat };

export function importAsnFile(
  input: AsnImportInput,
  format?: AsnFileFormat,
  options: ImportAsnOptions = {},
): ImportAsnFileResult {
  const chosen = format ?? sniffAsnFormat(input.text);
  if (!/[^\s\uFEFF]/.test(input.text)) {
    return { format: chosen, ok: false, errors: [{ code: 'empty-file', message: 'The file is empty.' }] };
  }
  const result = importerFor(chosen, options).read(input);
  if (!result.ok) return { format: chosen, ...result };
  const errors: AsnImportError[] = [];
  const asns: CanonicalAsn[] = result.asns.map((asn) => {
    const validation = validateCanonicalAsn(asn);
    errors.push(...validation.errors);
    return validation.warnings.length > 0 ? { ...asn, warnings: [...asn.warnings, ...validation.warnings] } : asn;
  });
  return errors.length > 0 ? { format: chosen, ok: false, errors } : { format: chosen, ok: true, asns };
}

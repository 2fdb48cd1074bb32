import type { AsnSourceFormat, AsnWarning, CanonicalAsn } from './canonical-asn';

/**
 * The contract every file importer `satisfies` (X12 856, EDIFACT DESADV, CSV, canonical JSON). Pure: text in,
 * canonical ASNs or errors out; nothing is stored here. An import is all or nothing: one error rejects the whole
 * file, so the station never holds half a partner file.
 */
export type AsnFileFormat = Exclude<AsnSourceFormat, 'erp'>;

export interface AsnImportError {
  readonly code: string;
  /** What is wrong and what to do, in words a receiver or IT can act on. */
  readonly message: string;
  readonly at?: AsnWarning['at'];
}

export type AsnImportResult =
  | { readonly ok: true; readonly asns: readonly CanonicalAsn[] }
  | { readonly ok: false; readonly errors: readonly AsnImportError[] };

export interface AsnImportInput {
  /** The file's text, decoded as UTF-8 (a BOM may remain: importers strip it). */
  readonly text: string;
  /** Name of the file without its path, for messages and the ASN's source. */
  readonly fileName: string;
}

export interface AsnImporter {
  readonly format: AsnFileFormat;
  /** True when the text looks like this format (cheap: for picking an importer when none is named). */
  sniff(text: string): boolean;
  read(input: AsnImportInput): AsnImportResult;
}

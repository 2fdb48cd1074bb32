import type { PreparedAsn } from '../../../db/prepare-asns';
import type { AsnFileFormat, AsnImportError } from '../../../domain/asn/asn-importer';

/** A file read, validated and prepared for storing (hash and rows built): the page only has to write it. */
export type ParsedAsnFile =
  | { readonly ok: true; readonly format: AsnFileFormat; readonly prepared: readonly PreparedAsn[] }
  | { readonly ok: false; readonly format: AsnFileFormat; readonly errors: readonly AsnImportError[] };

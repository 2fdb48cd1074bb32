import type { AsnImportInput } from '../../../domain/asn/asn-importer';
import type { ImportAsnFileResult } from '../../../domain/asn/importers';

/** The page ⇄ parse worker messages (parse.worker.ts). */
export type ParseRequest = AsnImportInput;
export type ParseReply =
  | { readonly ok: true; readonly result: ImportAsnFileResult }
  /** The importer threw (a bug: importers report problems as values); the message says what. */
  | { readonly ok: false; readonly message: string };

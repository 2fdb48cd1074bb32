import type { IntakeProgress } from '../../../db/prepare-asns';
import type { AsnImportInput } from '../../../domain/asn/asn-importer';
import type { ParsedAsnFile } from './parse-messages';

/** Reads and prepares one file (prepare-file.ts); injected so tests can make it fail. */
export type ParseAsnFile = (
  input: AsnImportInput,
  onProgress?: (progress: IntakeProgress) => void,
) => Promise<ParsedAsnFile>;

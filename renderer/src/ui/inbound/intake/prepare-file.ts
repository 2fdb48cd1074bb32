import { prepareAsns, type IntakeProgress } from '../../../db/prepare-asns';
import type { AsnImportInput } from '../../../domain/asn/asn-importer';
import { importAsnFile } from '../../../domain/asn/importers';
import type { ParsedAsnFile } from './parse-messages';

/** Everything an ASN file needs before its transaction: read, validate, hash, build rows. */
export async function parseAndPrepare(
  input: AsnImportInput,
  onProgress?: (progress: IntakeProgress) => void,
): Promise<ParsedAsnFile> {
  const result = importAsnFile(input);
  if (!result.ok) return result;
  return { ok: true, format: result.format, prepared: await prepareAsns(result.asns, onProgress) };
}

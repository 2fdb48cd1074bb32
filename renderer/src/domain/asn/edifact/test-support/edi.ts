import type { AsnImportError } from '../../asn-importer';
import type { CanonicalAsn } from '../../canonical-asn';
import { edifactDesadvImporter } from '../desadv-importer';

/** Test helpers: EDIFACT text from segment strings (default separators, one segment per line) and read results. */
export function edi(...segments: string[]): string {
  return segments.map((segment) => `${segment}'\n`).join('');
}

/** A complete interchange around message bodies (each a list of segments without UNH/UNT). */
export function interchange(...bodies: string[][]): string {
  const messages = bodies.flatMap((body, index) => [
    `UNH+M${index + 1}+DESADV:D:96A:UN:EAN005`,
    ...body,
    `UNT+${body.length + 2}+M${index + 1}`,
  ]);
  return edi('UNB+UNOC:3+5412345000013:14+5410000000001:14+240102:0304+IC1', ...messages, `UNZ+${bodies.length}+IC1`);
}

export function readOk(text: string): readonly CanonicalAsn[] {
  const result = edifactDesadvImporter.read({ text, fileName: 'test.edi' });
  if (!result.ok) throw new Error(`expected the file to import: ${JSON.stringify(result.errors)}`);
  return result.asns;
}

export function readOne(text: string): CanonicalAsn {
  const [asn, ...rest] = readOk(text);
  if (!asn || rest.length > 0) throw new Error('expected exactly one ASN');
  return asn;
}

export function readError(text: string): AsnImportError {
  const result = edifactDesadvImporter.read({ text, fileName: 'test.edi' });
  if (result.ok) throw new Error('expected the file to be rejected');
  const [error] = result.errors;
  if (!error) throw new Error('rejected without an error');
  return error;
}

export function codes(asn: CanonicalAsn): string[] {
  return asn.warnings.map((warning) => warning.code);
}

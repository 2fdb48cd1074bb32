import type { z } from 'zod';
import type { AsnImporter, AsnImportError, AsnImportInput, AsnImportResult } from '../asn-importer';
import type { CanonicalAsn } from '../canonical-asn';
import { canonicalAsnFileSchema } from './canonical-asn-schema';

/**
 * Canonical JSON (issue 4, item 2): one ASN, an array of ASNs, or `{ "asns": [...] }` (other keys beside
 * `asns` are ignored, so the output of `import-asn` reads back). Every problem is reported with its path in the
 * file, e.g. `asns[0].lines[3].quantity`, and the ASN it belongs to. The ASN's source becomes this file; control
 * references a converted ASN carried are kept for traceability.
 */
const MAX_ERRORS = 50;

type Located = { readonly value: unknown; readonly path: string };

function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: AsnImportError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    const position = /position (\d+)/.exec(detail)?.[1];
    const at = position === undefined ? {} : { at: { line: lineOfPosition(text, Number(position)) } };
    return { ok: false, error: { code: 'json-syntax', message: `The file is not valid JSON: ${detail}.`, ...at } };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ASNs in the document with their paths, or why the document's shape is none of the three. */
function asnsOf(document: unknown): Located[] | AsnImportError {
  if (Array.isArray(document)) return document.map((value: unknown, i) => ({ value, path: `[${i}]` }));
  if (isRecord(document) && 'asns' in document) {
    const list = document.asns;
    if (!Array.isArray(list))
      return { code: 'json-shape', message: '"asns" must be a list of ASNs.', at: { tag: 'asns' } };
    return list.map((value: unknown, i) => ({ value, path: `asns[${i}]` }));
  }
  if (isRecord(document)) return [{ value: document, path: '' }];
  return { code: 'json-shape', message: 'The file must hold one ASN object, a list of them, or { "asns": [...] }.' };
}

function pathText(base: string, path: readonly PropertyKey[]): string {
  let text = base;
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text;
}

/** Zod's messages for missing fields, wrong types and unknown keys, in words. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? 'is missing'
      : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Dockside does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')} (misspelt?)`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

export function readCanonicalJson({ text, fileName }: AsnImportInput): AsnImportResult {
  const parsed = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const located = asnsOf(parsed.value);
  if (!Array.isArray(located)) return { ok: false, errors: [located] };
  if (located.length === 0) return { ok: false, errors: [{ code: 'json-empty', message: 'The file holds no ASN.' }] };
  const errors: AsnImportError[] = [];
  const asns: CanonicalAsn[] = [];
  const seen = new Map<string, string>();
  for (const { value, path } of located) {
    const result = canonicalAsnFileSchema.safeParse(value, { reportInput: true });
    const id = isRecord(value) && typeof value.asnId === 'string' ? ` (ASN ${value.asnId})` : '';
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = pathText(path, issue.path) || 'The file';
        errors.push({ code: 'json-schema', message: `${where}${id}: ${describe(issue)}.`, at: { tag: where } });
      }
      continue;
    }
    const { source, ...asn } = result.data;
    const key = `${asn.asnId} version ${asn.version}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        code: 'json-duplicate-asn',
        message: `${path}: ASN ${key} is also at ${earlier}; a file holds each ASN version once.`,
        at: { tag: path },
      });
    }
    seen.set(key, path || 'the top');
    asns.push({ ...asn, source: { format: 'json', origin: fileName, controlRefs: source?.controlRefs ?? [] } });
  }
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    errors.splice(MAX_ERRORS, more, {
      code: 'json-more-errors',
      message: `…and ${more} more problems; fix these first.`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, asns };
}

export const jsonAsnImporter = {
  format: 'json',
  sniff: (text: string): boolean => /^\uFEFF?\s*[[{]/.test(text.slice(0, 256)),
  read(input: AsnImportInput): AsnImportResult {
    try {
      return readCanonicalJson(input);
    } catch (thrown) {
      // Deeply nested input can exhaust the stack inside JSON.parse or zod: a rejected file, not a crash.
      const detail = thrown instanceof Error ? thrown.message : String(thrown);
      return {
        ok: false,
        errors: [{ code: 'json-internal', message: `The JSON file could not be read (${detail}).` }],
      };
    }
  },
} satisfies AsnImporter;

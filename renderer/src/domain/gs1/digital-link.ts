import { lookupAi } from './ai-table';
import type { ElementsOrError } from './element-string';
import type { Gs1Element, ScanError } from './scan-types';
import { validateElement } from './validate-element';

/**
 * GS1 Digital Link URIs (GS1 Digital Link Standard: URI Syntax, "GS1 Digital Link URI structure"):
 * https://any.domain[/optional/path/prefix]/{primary key AI}/{value}[/{qualifier AI}/{value}…][?{AI}={value}&…]
 * - any domain (its characters are checked, not its form) and any path prefix: the primary key is the rightmost
 *   dlpkey AI reached walking AI/value pairs back from the end; the path may not end in "/";
 * - qualifiers must follow the key's dlpkey sequence in order (Syntax Dictionary "dlpkey=22,10,21|235");
 * - query parameters whose name is all digits are AIs and must be Digital Link data attributes ("?" flag) that
 *   could not have been path qualifiers of the key; other parameters (e.g. linkType) are ignored;
 * - values are percent-decoded (RFC 3986 §2.1) before validation; in the query "+" means space (HTML forms);
 * - zero-padding: the standard's URI syntax writes the GTIN as 14 digits ("GTIN-14 format" in the canonical URI),
 *   but URIs from earlier releases and many generators carry GTIN-8/12/13. We read those by left-padding (01)
 *   with zeros to 14 digits, as the GS1 Digital Link toolkit and the Syntax Engine's
 *   "permitZeroSuppressedGTINinDLuris" option do; options.zeroSuppressedGtin = 'reject' is the strict reading.
 *   Other keys must have their full length.
 */
export interface DigitalLinkOptions {
  /** 'pad' (default): GTIN-8/12/13 in (01) become 14 digits; 'reject': only GTIN-14 is accepted. */
  readonly zeroSuppressedGtin?: 'pad' | 'reject';
}

/** True for the scheme spellings the GS1 Syntax Engine accepts: all lower or all upper case ("HtTp" is not). */
export function isDigitalLinkUri(text: string): boolean {
  return (
    text.startsWith('https://') ||
    text.startsWith('http://') ||
    text.startsWith('HTTPS://') ||
    text.startsWith('HTTP://')
  );
}

export function parseDigitalLink(
  uri: string,
  offset: number,
  referenceYear: number,
  options: DigitalLinkOptions = {},
): ElementsOrError {
  const schemeEnd = uri.indexOf('://');
  const hashAt = uri.indexOf('#');
  const withoutFragment = hashAt < 0 ? uri : uri.slice(0, hashAt);
  const pathAt = withoutFragment.indexOf('/', schemeEnd + 3);
  if (pathAt < 0) return fail('The Digital Link has no path, so it carries no GS1 key', offset);
  if (!DOMAIN.test(withoutFragment.slice(schemeEnd + 3, pathAt))) {
    return fail('The Digital Link has no valid domain name', offset + schemeEnd + 3);
  }
  const queryAt = withoutFragment.indexOf('?', pathAt);
  const path = queryAt < 0 ? withoutFragment.slice(pathAt) : withoutFragment.slice(pathAt, queryAt);
  const query = queryAt < 0 ? '' : withoutFragment.slice(queryAt + 1);
  if (path.endsWith('/')) return fail('A Digital Link path may not end with "/"', offset + pathAt + path.length - 1);

  const segments = path.split('/').slice(1);
  const starts: number[] = [];
  let cursor = offset + pathAt + 1;
  for (const s of segments) {
    starts.push(cursor);
    cursor += s.length + 1;
  }
  const keyIndex = findPrimaryKey(segments);
  if (keyIndex < 0)
    return fail('The Digital Link path carries no GS1 primary key such as /01/ or /00/', offset + pathAt);

  const raw: { ai: string; value: string; position: number; query: boolean }[] = [];
  for (let i = keyIndex; i < segments.length; i += 2) {
    raw.push({ ai: segments[i] ?? '', value: segments[i + 1] ?? '', position: starts[i + 1] ?? offset, query: false });
  }
  const keyAi = raw[0]?.ai ?? '';
  const qualifiers = raw.slice(1).map((r) => r.ai);
  const sequences = compatibleSequences(keyAi, qualifiers);
  if (sequences.length === 0) return fail(orderMessage(keyAi, qualifiers), starts[keyIndex] ?? offset);
  const pathOnly = new Set(sequences.flat());

  let qAt = offset + (queryAt < 0 ? uri.length : queryAt + 1);
  for (const param of query === '' ? [] : query.split('&')) {
    const eq = param.indexOf('=');
    const name = eq < 0 ? param : param.slice(0, eq);
    if (name !== '' && isAllDigits(name)) {
      const def = lookupAi(name);
      if (!def) return fail(`"${name}" in the Digital Link query is not a GS1 Application Identifier`, qAt);
      if (pathOnly.has(name)) {
        return fail(`AI (${name}) belongs in the Digital Link path after (${keyAi}), not in the query string`, qAt);
      }
      if (!def.entry.dlAttr) return fail(`AI (${name}) may not appear in a Digital Link query string`, qAt);
      raw.push({ ai: name, value: eq < 0 ? '' : param.slice(eq + 1), position: qAt + eq + 1, query: true });
    }
    qAt += param.length + 1;
  }

  const elements: Gs1Element[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const def = lookupAi(r.ai);
    if (!def) return fail(`"${r.ai}" in the Digital Link is not a GS1 Application Identifier`, r.position);
    if (seen.has(r.ai)) return fail(`AI (${r.ai}) appears twice in the Digital Link`, r.position);
    seen.add(r.ai);
    let value = percentDecode(r.query ? r.value.replaceAll('+', ' ') : r.value);
    if (value === null) return fail(`AI (${r.ai}): "${r.value}" encodes a NUL character`, r.position);
    const short = value.length === 8 || value.length === 12 || value.length === 13;
    if (r.ai === '01' && short && options.zeroSuppressedGtin !== 'reject') value = value.padStart(14, '0');
    const invalid = validateElement(def, value, r.position, referenceYear);
    if (invalid) return { ok: false, error: invalid };
    elements.push({ ai: r.ai, value });
  }
  return { ok: true, elements };
}

/** Host names, IPv4/IPv6 literals and ports: the characters only, not the form (as the GS1 Syntax Engine does). */
const DOMAIN = /^[A-Za-z0-9.\-:[\]]+$/;

function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * RFC 3986 §2.1 percent-decoding, byte by byte (GS1 data is ASCII; other bytes then fail the character set
 * check with a clear message). An incomplete or non-hex "%" sequence stays as written, as the GS1 Syntax Engine
 * does; %00 is refused (null when found).
 */
function percentDecode(text: string): string | null {
  if (!text.includes('%')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const hex = ch === '%' ? text.slice(i + 1, i + 3) : '';
    if (hex.length === 2 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      const code = parseInt(hex, 16);
      if (code === 0) return null;
      out += String.fromCharCode(code);
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * The primary key: walking AI/value pairs back from the end of the path, the first (rightmost) primary-key AI.
 * Anything before it is the optional path prefix, even when it looks like an AI ("/00/faux/00/…").
 */
function findPrimaryKey(segments: readonly string[]): number {
  for (let i = segments.length - 2; i >= 0; i -= 2) {
    const def = lookupAi(segments[i] ?? '');
    if (!def) return -1;
    if (def.entry.dlpkey) return i;
  }
  return -1;
}

/** The key's dlpkey alternatives in which the path qualifiers appear as an in-order subsequence. */
function compatibleSequences(keyAi: string, qualifiers: readonly string[]): (readonly string[])[] {
  const sequences = lookupAi(keyAi)?.entry.dlpkey ?? [];
  return sequences.filter((seq) => {
    let at = 0;
    for (const q of qualifiers) {
      const found = seq.indexOf(q, at);
      if (found < 0) return false;
      at = found + 1;
    }
    return true;
  });
}

function orderMessage(keyAi: string, qualifiers: readonly string[]): string {
  const sequences = lookupAi(keyAi)?.entry.dlpkey ?? [];
  const allowed = sequences.map((s) => s.map((a) => `(${a})`).join(' ')).filter((s) => s !== '');
  const list = qualifiers.map((q) => `(${q})`).join(' ');
  return allowed.length === 0
    ? `In a Digital Link, (${keyAi}) takes no qualifiers, but the path has ${list}`
    : `In a Digital Link, the qualifiers of (${keyAi}) must come in the order ${allowed.join(' or ')}; the path has ${list}`;
}

function fail(message: string, position: number): ElementsOrError {
  const error: ScanError = { code: 'bad-digital-link', message, position };
  return { ok: false, error };
}

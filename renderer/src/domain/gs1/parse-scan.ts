import { isDigits } from './charsets';
import { parseBracketed } from './bracketed';
import { isDigitalLinkUri, parseDigitalLink } from './digital-link';
import type { ElementsOrError } from './element-string';
import { parseElementString } from './element-string';
import { decodeFacts } from './facts';
import { pairingIssues } from './pairing';
import { readPlainDigits } from './plain-codes';
import type { Gs1Element, ParseScanOptions, ScanError, ScanForm, ScanResult, Symbology } from './scan-types';
import { readSymbologyPrefix } from './symbology';

/**
 * One parser for every scan (issue 3, item 1). Pure and total: any string in, a typed ScanResult out.
 *
 * Order of interpretation, after trimming the wedge's whitespace/Enter and reading an AIM identifier:
 * 1. http(s):// (or HTTP(S)://) → GS1 Digital Link, whatever the carrier (]Q1, ]d1 or none);
 * 2. a GS1 AIM identifier (]C1 ]d2 ]Q3 ]e0 ]J1 …) announces an element string; ]E0/]E4 an EAN/UPC;
 * 3. the warehouse's location/command patterns (options.patterns), so its own labels never read as GS1;
 * 4. "(" → bracketed human-readable form;
 * 5. all digits of length 8/12/13/14/18 → EAN-8/UPC-E, UPC-A, EAN-13, ITF-14/GTIN-14, bare SSCC;
 * 6. otherwise an element string with GS separators (scanners often drop the AIM identifier). Under a non-GS1
 *    identifier such as ]C0 this succeeds with a warning (GS1 data printed as plain Code 128), and non-GS1 data
 *    there is valid with no elements (kind 'other').
 */
export function parseScan(raw: string, options: ParseScanOptions = {}): ScanResult {
  try {
    return interpret(raw, options);
  } catch (error) {
    // Never reached by design (property-tested); kept so a bug shows as an invalid scan, never a crash.
    const message = `Dockside could not read this scan (${error instanceof Error ? error.message : String(error)})`;
    return { valid: false, symbology: NO_SYMBOLOGY, error: { code: 'unrecognised', message, position: 0 } };
  }
}

const NO_SYMBOLOGY: Symbology = { aim: null, name: 'unknown' };

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function interpret(raw: string, options: ParseScanOptions): ScanResult {
  const referenceYear = (options.referenceDate ?? new Date()).getFullYear();
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  const text = start === 0 && end === raw.length ? raw : raw.slice(start, end);
  const prefix = readSymbologyPrefix(text);
  const symbology = prefix.symbology;
  const body = prefix.length === 0 ? text : text.slice(prefix.length);
  const offset = start + prefix.length;
  if (body.length === 0) return invalid(symbology, { code: 'empty', message: 'The scan is empty', position: start });

  if (isDigitalLinkUri(body)) {
    const dl = { zeroSuppressedGtin: options.digitalLinkZeroSuppressedGtin ?? 'pad' } as const;
    return gs1(symbology, 'digital-link', parseDigitalLink(body, offset, referenceYear, dl), referenceYear);
  }
  if (prefix.gs1)
    return gs1(symbology, 'element-string', parseElementString(body, offset, referenceYear), referenceYear);
  if (symbology.aim === ']E0' || symbology.aim === ']E4') return eanUpc(symbology, body, offset, referenceYear);

  for (const p of options.patterns ?? []) {
    const m = p.pattern.exec(body);
    if (m) return { valid: true, kind: p.kind, symbology, pattern: p.name, code: m[1] ?? m[0], elements: [] };
  }
  if (body.charCodeAt(0) === 40)
    return gs1(symbology, 'bracketed', parseBracketed(body, offset, referenceYear), referenceYear);
  if (isDigits(body)) {
    const plain = readPlainDigits(body, symbology.name, offset);
    if (plain) {
      if (!plain.ok) return invalid(symbology, plain.error);
      const named = symbology.aim === null ? { aim: null, name: plain.name } : symbology;
      return gs1(named, 'plain', { ok: true, elements: [plain.element] }, referenceYear);
    }
  }
  const parsed = parseElementString(body, offset, referenceYear);
  if (symbology.aim !== null) {
    // A non-GS1 carrier (]C0, ]d1, ]Q1, ]I1 …): GS1 data in it is a supplier mistake worth a warning; anything
    // else is simply not GS1 data, which is readable but carries no elements.
    if (parsed.ok) {
      const warning = `GS1 data printed as plain ${symbology.name} (no FNC1): ask the supplier for GS1-128 / GS1 DataMatrix`;
      return gs1(symbology, 'element-string', parsed, referenceYear, [warning]);
    }
    const looksGs1 = parsed.error.position > offset;
    const warnings = looksGs1 ? [`Looks like GS1 data but is not valid: ${parsed.error.message}`] : [];
    return { valid: true, kind: 'other', symbology, data: body, elements: [], warnings };
  }
  if (!parsed.ok && parsed.error.code === 'unknown-ai' && parsed.error.position === offset) {
    const message = `"${shown(body)}" is not a barcode Dockside knows: not GS1 data, not a GTIN or SSCC, and no location or command pattern matches`;
    return invalid(symbology, { code: 'unrecognised', message, position: offset });
  }
  return gs1(symbology, 'element-string', parsed, referenceYear);
}

/**
 * ]E0 (EAN-13, and UPC-A/UPC-E sent as 13 digits, ISO/IEC 15424) and ]E4 (EAN-8), optionally followed by a
 * GS1 Composite component as "|]e0…" (the GS1 Syntax Engine's scan data form). We also accept UPC-E sent as its
 * 8 printed digits under ]E0, which some scanners are configured to do.
 */
function eanUpc(symbology: Symbology, body: string, offset: number, referenceYear: number): ScanResult {
  const bar = body.indexOf('|]e0');
  const digits = bar < 0 ? body : body.slice(0, bar);
  const wanted = symbology.aim === ']E4' ? [8] : [13, 8];
  if (!isDigits(digits) || !wanted.includes(digits.length)) {
    const name = symbology.aim === ']E4' ? 'An EAN-8' : 'An EAN-13/UPC';
    const message = `${name} scan must be ${wanted.join(' or ')} digits, label has "${shown(digits)}"`;
    return invalid(symbology, { code: 'invalid-value', message, position: offset });
  }
  const plain = readPlainDigits(digits, symbology.name, offset);
  if (!plain) return invalid(symbology, { code: 'invalid-value', message: 'Not an EAN/UPC code', position: offset });
  if (!plain.ok) return invalid(symbology, plain.error);
  if (bar < 0) return gs1(symbology, 'plain', { ok: true, elements: [plain.element] }, referenceYear);
  const composite = parseElementString(body.slice(bar + 4), offset + bar + 4, referenceYear);
  if (!composite.ok) return invalid(symbology, composite.error);
  return gs1(symbology, 'plain', { ok: true, elements: [plain.element, ...composite.elements] }, referenceYear);
}

function gs1(
  symbology: Symbology,
  form: ScanForm,
  parsed: ElementsOrError,
  referenceYear: number,
  warnings: readonly string[] = [],
): ScanResult {
  if (!parsed.ok) return invalid(symbology, parsed.error);
  const elements: readonly Gs1Element[] = parsed.elements;
  return {
    valid: true,
    kind: 'gs1',
    form,
    symbology,
    elements,
    facts: decodeFacts(elements, referenceYear),
    pairingIssues: pairingIssues(elements),
    warnings,
  };
}

function invalid(symbology: Symbology, error: ScanError): ScanResult {
  return { valid: false, symbology, error };
}

/** Control characters made visible for messages (GS as <GS>). */
function shown(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f]/g, (c) => (c === '\u001d' ? '<GS>' : `<${c.charCodeAt(0)}>`));
}

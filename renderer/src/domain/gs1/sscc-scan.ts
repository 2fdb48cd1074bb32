import { gs1CheckDigit } from './check-digit';

/**
 * Reads an SSCC (GS1 AI 00, 18 digits) from what a scanner delivered. Accepted forms, as scanners send them:
 * the bare 18 digits, `00` + 18 digits (the element string), either with an AIM symbology identifier
 * (`]C1` GS1-128, `]d2` GS1 DataMatrix, `]Q3` GS1 QR; ISO/IEC 15424) or the bracketed human-readable `(00)`.
 * The full GS1 parser (every AI) arrives with the scanning issue; this covers the walking skeleton.
 */
export type SsccScan =
  | { readonly ok: true; readonly sscc: string }
  | { readonly ok: false; readonly reason: 'not-an-sscc' | 'check-digit'; readonly message: string };

const SYMBOLOGY_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

export function readSsccScan(raw: string): SsccScan {
  const trimmed = raw.trim().replace(SYMBOLOGY_PREFIX, '');
  const digits = trimmed.startsWith('(00)') ? trimmed.slice(4) : trimmed;
  let sscc: string | null = null;
  if (/^\d{18}$/.test(digits)) sscc = digits;
  else if (/^00\d{18}$/.test(digits)) sscc = digits.slice(2);
  if (sscc === null) {
    return {
      ok: false,
      reason: 'not-an-sscc',
      message: `"${printable(raw)}" is not an SSCC label (expected 18 digits, or 00 followed by 18 digits)`,
    };
  }
  const expected = gs1CheckDigit(sscc.slice(0, 17));
  const printed = Number(sscc.slice(17));
  if (expected !== printed) {
    return {
      ok: false,
      reason: 'check-digit',
      message: `SSCC ${sscc}: check digit should be ${expected}, label says ${printed}`,
    };
  }
  return { ok: true, sscc };
}

/** Shows control characters (GS = ASCII 29) visibly in messages instead of dropping them. */
function printable(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f]/g, (c) => (c === '\u001d' ? '<GS>' : `<${c.charCodeAt(0)}>`));
}

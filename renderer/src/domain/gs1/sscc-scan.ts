import { gs1CheckDigit } from './check-digit';
import { parseScan } from './parse-scan';

/**
 * Reads an SSCC (GS1 AI 00, 18 digits) from what a scanner delivered. Accepted forms, as scanners send them:
 * the bare 18 digits, `00` + 18 digits (the element string), either with an AIM symbology identifier
 * (`]C1` GS1-128, `]d2` GS1 DataMatrix, `]Q3` GS1 QR; ISO/IEC 15424) or the bracketed human-readable `(00)`.
 * Anything else goes through the full parser (parse-scan.ts), so an SSCC also reads from a GS1-128 or GS1
 * DataMatrix label carrying more AIs, or from a Digital Link; the original forms keep their original messages.
 */
export type SsccScan =
  | { readonly ok: true; readonly sscc: string }
  | {
      readonly ok: false;
      /** `invalid-gs1`: GS1 data that breaks the GS1 rules; the message says which AI and how. */
      readonly reason: 'not-an-sscc' | 'check-digit' | 'invalid-gs1';
      readonly message: string;
    };

/** Inputs that announce GS1 data: a GS1 symbology identifier, the bracketed form, or a GS separator. */
// eslint-disable-next-line no-control-regex -- GS (ASCII 29) is the separator being looked for
const LOOKS_GS1 = /^(\](C1|d2|Q3|e0|J1)|\()|\u001d/;

const SYMBOLOGY_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

export function readSsccScan(raw: string): SsccScan {
  const simple = readSimpleSscc(raw);
  if (simple.ok || simple.reason === 'check-digit') return simple;
  const scan = parseScan(raw);
  if (scan.valid && scan.kind === 'gs1' && scan.facts.sscc !== undefined) return { ok: true, sscc: scan.facts.sscc };
  if (!scan.valid && scan.error.code === 'check-digit' && scan.error.ai === '00') {
    return { ok: false, reason: 'check-digit', message: scan.error.message };
  }
  if (!scan.valid && LOOKS_GS1.test(raw.trim())) {
    return { ok: false, reason: 'invalid-gs1', message: scan.error.message };
  }
  if (scan.valid && scan.kind === 'gs1' && scan.facts.gtin !== undefined) {
    return {
      ok: false,
      reason: 'not-an-sscc',
      message: `This is a product label (GTIN ${scan.facts.gtin}), not a pallet or carton label: scan the SSCC label`,
    };
  }
  return simple;
}

function readSimpleSscc(raw: string): SsccScan {
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

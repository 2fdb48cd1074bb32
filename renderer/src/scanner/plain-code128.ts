import { parseScan } from '../domain/gs1/parse-scan';
import { readSymbologyPrefix } from '../domain/gs1/symbology';

/**
 * A supplier's label that is GS1 data printed as plain Code 128: the symbol lacks the FNC1 in first position
 * that makes it GS1-128 (GS1 General Specifications §5.4), so the scanner announces it with the
 * AIM identifier "]C0" instead of "]C1" (ISO/IEC 15424). The data often still reads as GS1; the dock uses it,
 * but warns, because the next scanner or system in the chain may not, and separators inside such a symbol
 * cannot be trusted. Only detectable when the scanner sends AIM identifiers (the scanner setup screen says so).
 */
export const PLAIN_CODE128_WARNING =
  'This label is GS1 data printed as plain Code 128 (no FNC1). It was read as GS1, but tell the supplier to fix the label.';

export interface PlainCode128Gs1 {
  /** The same scan announced as GS1-128, for the GS1 reading of it. */
  readonly asGs1: string;
  readonly warning: string;
}

/**
 * GS1 identification keys that start logistic and trade item labels. Only these count: a plain Code 128
 * carrying a warehouse's own code ("10-A-03", "21ABC") can pass GS1 syntax by chance as a lot or a serial,
 * and telling a supplier to fix a label that was never meant to be GS1 would be wrong; a fixed-length key
 * with a valid mod-10 check digit is no accident.
 */
const LEADING_KEYS = new Set(['00', '01', '02']);

export function detectPlainCode128Gs1(raw: string): PlainCode128Gs1 | null {
  const text = raw.trim();
  const prefix = readSymbologyPrefix(text);
  if (prefix.symbology.aim !== ']C0') return null;
  const asGs1 = `]C1${text.slice(prefix.length)}`;
  const scan = parseScan(asGs1);
  if (!scan.valid || scan.kind !== 'gs1' || !LEADING_KEYS.has(scan.elements[0]?.ai ?? '')) return null;
  return { asGs1, warning: PLAIN_CODE128_WARNING };
}

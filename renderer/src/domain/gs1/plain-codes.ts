import { csum } from './linters';
import type { Gs1Element, ScanError } from './scan-types';

/**
 * Plain linear codes that carry a GS1 key without AIs: EAN-13, UPC-A, EAN-8, UPC-E (GTINs, normalised to
 * GTIN-14 as AI (01) per GS1 General Specifications §3.3.2) and ITF-14; and an 18-digit bare SSCC as AI (00).
 */
export type PlainCode =
  | { readonly ok: true; readonly name: string; readonly element: Gs1Element }
  | { readonly ok: false; readonly error: ScanError };

/**
 * UPC-E → UPC-A (zero suppression, GS1 General Specifications §5.2.2.4.2 / Figure 5.2.2.4.2-1): the last of
 * the six data digits tells where the suppressed zeros go. Input: 8 digits (number system 0/1, 6 digits, check).
 */
export function expandUpcE(upce: string): string {
  const ns = upce.charAt(0);
  const d = upce.slice(1, 7);
  const check = upce.charAt(7);
  const last = d.charAt(5);
  let body: string;
  if (last === '0' || last === '1' || last === '2') body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === '3') body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === '4') body = `${d.slice(0, 4)}00000${d.charAt(4)}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  return `${ns}${body}${check}`;
}

const ctxGtin = { ai: '01', referenceYear: 2000 };
const ctxSscc = { ai: '00', referenceYear: 2000 };

function gtin(name: string, digits: string, position: number): PlainCode {
  const value = digits.padStart(14, '0');
  const problem = csum(value, ctxGtin);
  if (problem !== null) return { ok: false, error: { code: 'check-digit', message: problem, position, ai: '01' } };
  return { ok: true, name, element: { ai: '01', value } };
}

/**
 * Interprets all-digit data by its length (and the AIM identifier when there is one). Returns null when the
 * length fits no plain code, so the caller can try element strings.
 * `aimName` e.g. 'ean-13', 'ean-8', 'itf' or 'unknown'.
 */
export function readPlainDigits(digits: string, aimName: string, position: number): PlainCode | null {
  switch (digits.length) {
    case 8: {
      if (aimName === 'ean-13') return upcE(digits, position); // ]E0 with 8 digits: UPC-E as printed
      const ean8 = gtin('ean-8', digits, position);
      if (ean8.ok || aimName === 'ean-8') return ean8;
      const asUpcE = upcE(digits, position);
      return asUpcE.ok ? asUpcE : ean8;
    }
    case 12:
      return gtin('upc-a', digits, position);
    case 13:
      return gtin(digits.startsWith('0') ? 'upc-a' : 'ean-13', digits, position);
    case 14:
      return gtin(aimName === 'unknown' ? 'itf-14' : aimName, digits, position);
    case 18: {
      const problem = csum(digits, ctxSscc);
      if (problem !== null) return { ok: false, error: { code: 'check-digit', message: problem, position, ai: '00' } };
      return { ok: true, name: 'sscc', element: { ai: '00', value: digits } };
    }
    default:
      return null;
  }
}

function upcE(digits: string, position: number): PlainCode {
  if (digits.charAt(0) !== '0' && digits.charAt(0) !== '1') {
    return { ok: false, error: { code: 'invalid-value', message: `UPC-E ${digits} must start with 0 or 1`, position } };
  }
  return gtin('upc-e', expandUpcE(digits), position);
}

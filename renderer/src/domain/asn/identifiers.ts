import { gs1CheckDigit, hasValidGs1CheckDigit } from '../gs1/check-digit';

/**
 * Identifier normalisation shared by every ASN importer, so an SSCC or GTIN means the same thing whether it
 * came from an X12 MAN*GM, an EDIFACT GIN+BJ, a CSV column or the ERP.
 */

export type SsccReading =
  | { readonly kind: 'sscc'; readonly sscc: string; readonly checkDigitValid: boolean; readonly expected: number }
  | { readonly kind: 'not-an-sscc'; readonly reason: string };

/**
 * An SSCC as senders write it: 18 digits, or 20 with the AI (00) in front (GS1 General Specifications §3.3.1,
 * and common in X12 MAN*GM). A wrong check digit is still an SSCC (the label on the pallet carries the same
 * digits, so the dock must match it) but the importer warns. Any other length is not an SSCC: never truncated
 * or padded, because a guessed SSCC would match the wrong pallet.
 */
export function readSscc(value: string): SsccReading {
  const digits = value.trim();
  if (!/^\d+$/.test(digits)) return { kind: 'not-an-sscc', reason: `"${value}" is not all digits` };
  let sscc: string;
  if (digits.length === 18) sscc = digits;
  else if (digits.length === 20 && digits.startsWith('00')) sscc = digits.slice(2);
  else {
    return {
      kind: 'not-an-sscc',
      reason: `"${value}" has ${digits.length} digits; an SSCC has 18 (or 20 with the leading AI 00)`,
    };
  }
  const expected = gs1CheckDigit(sscc.slice(0, 17));
  return { kind: 'sscc', sscc, checkDigitValid: hasValidGs1CheckDigit(sscc), expected };
}

/**
 * A GTIN-8/12/13/14 (EAN-8, UPC-A, EAN-13, GTIN-14) as GTIN-14, left-padded with zeros (GS1 General
 * Specifications §4.2 / §3.3.2): null unless the digits have a valid check digit, so that a buyer's or vendor's
 * number which merely looks numeric is never taken for a GTIN.
 */
export function gtin14Of(value: string): string | null {
  const digits = value.trim();
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) return null;
  const gtin = digits.padStart(14, '0');
  return hasValidGs1CheckDigit(gtin) ? gtin : null;
}

/** A 13-digit GLN with a valid check digit (GS1 General Specifications §3.4.2), or null. */
export function glnOf(value: string): string | null {
  const digits = value.trim();
  return /^\d{13}$/.test(digits) && hasValidGs1CheckDigit(digits) ? digits : null;
}

import type { Cset } from './ai-dictionary';

/**
 * Character sets of GS1 element strings as lookup tables (GS1 General Specifications §7.11, Figures 7.11-1 to
 * 7.11-3): N digits; X = CSET 82 (invisible graphic ASCII subset); Y = CSET 39 (upper case, digits, # - /);
 * Z = CSET 64, the base64url alphabet, with "=" padding only at the end (Syntax Dictionary type "Z").
 */
export const CSET82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;
const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CSET64 = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

const TABLES: Record<Cset, Uint8Array> = {
  N: table('0123456789'),
  X: table(CSET82),
  Y: table(CSET39),
  Z: table(CSET64),
};

/** Index of the first character of `value` outside the set, or -1 when every character belongs to it. */
export function firstBadChar(cset: Cset, value: string): number {
  const t = TABLES[cset];
  let end = value.length;
  if (cset === 'Z') {
    // Padding as the reference cset64 linter allows it: at most two "=", and only when the padded length is a
    // multiple of 3 (GS1 Barcode Syntax Tests, lint_cset64).
    while (end > 0 && value.charCodeAt(end - 1) === 61) end--;
    const pads = value.length - end;
    if (pads > 2 || (pads > 0 && value.length % 3 !== 0)) return end;
  }
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || t[c] !== 1) return i;
  }
  return -1;
}

export const CSET_NAMES: Record<Cset, string> = {
  N: 'digits only',
  X: 'the GS1 character set 82',
  Y: 'the GS1 character set 39',
  Z: 'the base64url character set',
};

/** True when the whole string is ASCII digits (no regex: on the hot path). */
export function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

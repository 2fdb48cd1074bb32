import type { CameraSymbology } from '../decoder-contract';
import { expandUpce } from './upce';

/**
 * @zxing/library gives no AIM symbology identifier (ISO/IEC 15424), so it is derived here from the format, the
 * text and, for QR Code, the raw data codewords. Each rule follows the symbology standard and what that
 * library's decoders emit:
 *
 * - Code 128 (ISO/IEC 15417 §4.3.4.2, GS1 General Specifications §5.4.3.7): decoded with the ASSUME_GS1
 *   hint, the library prefixes `]C1` when FNC1 is the first character and turns every later FNC1 into GS.
 *   Anything else is plain Code 128, `]C0`.
 * - Data Matrix (ISO/IEC 16022 §5.5.4): the library turns every FNC1 codeword (232) into GS, including the
 *   first; a leading GS therefore means FNC1 in first position, GS1 DataMatrix `]d2`; otherwise `]d1`.
 * - QR Code (ISO/IEC 18004 §6.4.8.1 and Table 2): `]Q3` when the first mode indicator (after any Structured
 *   Append header) is FNC1 first position (0101), `]Q2` when an ECI comes first, else `]Q1`. The library turns
 *   `%` in alphanumeric segments under FNC1 into GS itself (§7.4.8.1).
 * - ITF (ISO/IEC 16390 Annex): `]I1` when a 14-digit ITF-14 carries a valid GS1 mod-10 check digit, which
 *   the reader checked, as a scanner set to validate ITF-14 sends it; `]I0` otherwise.
 * - EAN/UPC (ISO/IEC 15420): `]E0` with 13 digits for EAN-13, UPC-A (zero-padded) and UPC-E (expanded to
 *   UPC-A then zero-padded); `]E4` with 8 digits for EAN-8.
 */
export function aimRaw(symbology: CameraSymbology, text: string, rawBytes: Uint8Array | null): string {
  switch (symbology) {
    case 'code-128':
      return text.startsWith(']C1') ? text : `]C0${text}`;
    case 'datamatrix':
      return text.startsWith(GS) ? `]d2${text.slice(1)}` : `]d1${text}`;
    case 'qr':
      return `]Q${qrModifier(rawBytes)}${text}`;
    case 'itf':
      return `]I${text.length === 14 && hasGs1CheckDigit(text) ? '1' : '0'}${text}`;
    case 'ean-13':
      return `]E0${text}`;
    case 'upc-a':
      return `]E0${text.length === 12 ? `0${text}` : text}`;
    case 'upc-e':
      return `]E0${text.length === 8 ? `0${expandUpce(text)}` : text}`;
    case 'ean-8':
      return `]E4${text}`;
    default: {
      const unreachable: never = symbology;
      return unreachable;
    }
  }
}

const GS = '\u001d';

/** ISO/IEC 18004 mode indicators (4 bits, Model 2). */
const MODE_STRUCTURED_APPEND = 0b0011;
const MODE_ECI = 0b0111;
const MODE_FNC1_FIRST = 0b0101;

function qrModifier(rawBytes: Uint8Array | null): '1' | '2' | '3' | '4' {
  if (rawBytes === null || rawBytes.length === 0) return '1';
  const bits = new BitReader(rawBytes);
  let mode = bits.read(4);
  if (mode === MODE_STRUCTURED_APPEND) {
    bits.read(16); // symbol sequence (8) and parity (8)
    mode = bits.read(4);
  }
  let eci = false;
  if (mode === MODE_ECI) {
    eci = true;
    // ECI designator: 1, 2 or 3 bytes, told apart by its leading bits (ISO/IEC 18004 §7.4.2.2).
    const first = bits.read(8);
    if ((first & 0x80) !== 0) bits.read((first & 0x40) === 0 ? 8 : 16);
    mode = bits.read(4);
  }
  if (mode === MODE_FNC1_FIRST) return eci ? '4' : '3';
  return eci ? '2' : '1';
}

class BitReader {
  private position = 0;
  constructor(private readonly bytes: Uint8Array) {}
  read(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const byte = this.bytes[this.position >> 3] ?? 0;
      value = (value << 1) | ((byte >> (7 - (this.position & 7))) & 1);
      this.position++;
    }
    return value;
  }
}

function hasGs1CheckDigit(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

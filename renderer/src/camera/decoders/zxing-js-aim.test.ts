import { describe, expect, it } from 'vitest';
import { aimRaw } from './zxing-js-aim';

const GS = '\u001d';

/** QR data codewords starting with the given mode bits (ISO/IEC 18004 §7.4), zero-padded. */
function qrCodewords(bits: string): Uint8Array {
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8 + 8, '0');
  return Uint8Array.from({ length: padded.length / 8 }, (_, i) => parseInt(padded.slice(i * 8, i * 8 + 8), 2));
}

describe('AIM symbology identifiers for @zxing/library results (ISO/IEC 15424)', () => {
  it('Code 128: the library’s own ]C1 prefix (FNC1 first) is kept, anything else is ]C0', () => {
    expect(aimRaw('code-128', `]C10195060001343521710${GS}`, null)).toBe(`]C10195060001343521710${GS}`);
    expect(aimRaw('code-128', 'LOC-A-01', null)).toBe(']C0LOC-A-01');
  });

  it('Data Matrix: a leading FNC1 (decoded as GS) makes ]d2 and is dropped; otherwise ]d1', () => {
    expect(aimRaw('datamatrix', `${GS}0109506000134352${GS}`, null)).toBe(`]d20109506000134352${GS}`);
    expect(aimRaw('datamatrix', 'HELLO', null)).toBe(']d1HELLO');
  });

  it('QR Code: the first mode indicator decides ]Q1, ]Q2, ]Q3 or ]Q4', () => {
    expect(aimRaw('qr', 'https://x', qrCodewords('0100'))).toBe(']Q1https://x'); // byte mode
    expect(aimRaw('qr', '0109', qrCodewords('0101' + '0001'))).toBe(']Q30109'); // FNC1 first, then numeric
    expect(aimRaw('qr', 'x', qrCodewords('0111' + '00011010' + '0100'))).toBe(']Q2x'); // ECI 26, then byte
    expect(aimRaw('qr', '01', qrCodewords('0111' + '10000000' + '00011010' + '0101'))).toBe(']Q401'); // 2-byte ECI
    // A Structured Append header (0011 + 16 bits) comes before the FNC1 indicator.
    expect(aimRaw('qr', '01', qrCodewords('0011' + '0'.repeat(16) + '0101'))).toBe(']Q301');
    expect(aimRaw('qr', 'x', null)).toBe(']Q1x');
  });

  it('ITF: ]I1 for an ITF-14 with a valid GS1 check digit, ]I0 otherwise', () => {
    expect(aimRaw('itf', '15400141288763', null)).toBe(']I115400141288763');
    expect(aimRaw('itf', '15400141288764', null)).toBe(']I015400141288764');
    expect(aimRaw('itf', '123456', null)).toBe(']I0123456');
  });

  it('EAN/UPC: 13 digits under ]E0 (UPC-A zero-padded, UPC-E expanded), EAN-8 under ]E4', () => {
    expect(aimRaw('ean-13', '4006381333931', null)).toBe(']E04006381333931');
    expect(aimRaw('upc-a', '036000291452', null)).toBe(']E00036000291452');
    expect(aimRaw('upc-e', '01234565', null)).toBe(']E00012345000065');
    expect(aimRaw('ean-8', '96385074', null)).toBe(']E496385074');
  });
});

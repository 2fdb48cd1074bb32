import { describe, expect, it } from 'vitest';
import { readSsccScan } from '../domain/gs1/sscc-scan';
import { detectPlainCode128Gs1, PLAIN_CODE128_WARNING } from './plain-code128';

const SSCC = '376104250021234569';

describe('GS1 data printed as plain Code 128', () => {
  it.each([
    ['an SSCC', `]C000${SSCC}`],
    ['a GTIN with a lot and a GS', ']C00109506000134352103ABC\u001d21X1'],
    ['a content GTIN and count', ']C0020950600013435237100'],
  ])('is detected under ]C0: %s', (_name, raw) => {
    expect(detectPlainCode128Gs1(raw)).toEqual({ asGs1: raw.replace(']C0', ']C1'), warning: PLAIN_CODE128_WARNING });
  });

  it('tolerates the whitespace a wedge may leave around the scan', () => {
    expect(detectPlainCode128Gs1(` ]C000${SSCC}\r`)?.asGs1).toBe(`]C100${SSCC}`);
  });

  it.each([
    ['real GS1-128', `]C100${SSCC}`],
    ['no AIM identifier (cannot tell)', `00${SSCC}`],
    ['GS1 DataMatrix', `]d200${SSCC}`],
    ['plain Code 128 that is not GS1', ']C0PALLET-17'],
    ['a wrong SSCC check digit', `]C000${SSCC.slice(0, -1)}4`],
    ['a warehouse code that happens to parse as a lot', ']C010-A-03'],
    ['an empty scan', ']C0'],
  ])('is not reported for %s', (_name, raw) => {
    expect(detectPlainCode128Gs1(raw)).toBeNull();
  });

  it('gives a scan the SSCC reader takes as GS1', () => {
    const found = detectPlainCode128Gs1(`]C000${SSCC}3012\u001d10ABC`);
    expect(found && readSsccScan(found.asGs1)).toEqual({ ok: true, sscc: SSCC });
  });
});

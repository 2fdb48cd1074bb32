import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from './check-digit';
import { parseScan } from './parse-scan';
import type { ParseScanOptions } from './scan-types';
import { readSsccScan } from './sscc-scan';

/** Input forms beyond plain element strings: Digital Link details, EAN/UPC scan data, non-GS1 carriers. */
const GS = '\u001d';
const at2026: ParseScanOptions = { referenceDate: new Date('2026-06-15T12:00:00Z') };
const GTIN = '09506000134352';

function ok(raw: string, options: ParseScanOptions = at2026) {
  const result = parseScan(raw, options);
  if (!result.valid || result.kind !== 'gs1') throw new Error(`expected a valid GS1 scan: ${JSON.stringify(result)}`);
  return result;
}
function err(raw: string, options: ParseScanOptions = at2026) {
  const result = parseScan(raw, options);
  if (result.valid) throw new Error(`expected an invalid scan: ${JSON.stringify(result)}`);
  return result.error;
}

describe('Digital Link details (as the GS1 Barcode Syntax Engine reads them)', () => {
  it('takes the rightmost primary key, so a path prefix may look like an AI', () => {
    expect(ok('https://a/00/faux/00/006141411234567890').facts.sscc).toBe('006141411234567890');
    expect(ok('https://a/stem/401/12345678?99=ABC').elements).toEqual([
      { ai: '401', value: '12345678' },
      { ai: '99', value: 'ABC' },
    ]);
  });
  it('checks scheme case, domain characters and a trailing slash', () => {
    expect(ok('HTTP://a/00/006141411234567890').valid).toBe(true);
    expect(err('https://a$/00/006141411234567890').code).toBe('bad-digital-link');
    expect(err('https://a/stem/00/006141411234567890/').code).toBe('bad-digital-link');
    expect(ok('https://[2001:db8::1]/01/12312312312333#frag').facts.gtin).toBe('12312312312333');
    expect(parseScan(']Q1HtTps://example.com/01/12312312312333', at2026)).toMatchObject({ valid: true, kind: 'other' });
  });
  it('reads query parameters: "+" is a space there, non-AI names are ignored, numeric names must be AIs', () => {
    expect(ok('https://a/01/12312312312333?&&singleton&99=ABC&unknown=6&98=XYZ%2f987&').elements).toEqual([
      { ai: '01', value: '12312312312333' },
      { ai: '99', value: 'ABC' },
      { ai: '98', value: 'XYZ/987' },
    ]);
    expect(ok('https://a/01/12312312312333/22/ABC+123').elements[1]).toEqual({ ai: '22', value: 'ABC+123' });
    expect(err('https://a/01/12312312312333?98=XYZ+987').code).toBe('bad-character');
    expect(err('https://a/01/12312312312333?999=faux').code).toBe('bad-digital-link');
    expect(err('https://a/01/12312312312333?99=').code).toBe('too-short');
    expect(err('https://a/01/09520123456788/10/A?10=A').code).toBe('bad-digital-link');
    expect(ok('https://id.gs1.org/01/09520123456788/235/XYZ?10=ABC123').elements).toHaveLength(3);
    expect(ok('https://a/01/12312312312333/22/ABC%4g').elements[1]).toEqual({ ai: '22', value: 'ABC%4g' });
  });
  it('can refuse zero-suppressed GTINs when asked to', () => {
    const strict: ParseScanOptions = { ...at2026, digitalLinkZeroSuppressedGtin: 'reject' };
    expect(err('https://a/01/2112345678900', strict).code).toBe('too-short');
    expect(ok('https://a/01/416000336108').facts.gtin).toBe('00416000336108');
  });
});

describe('EAN/UPC scan data and non-GS1 carriers', () => {
  it('wants 13 digits under ]E0 (or UPC-E as printed) and 8 under ]E4', () => {
    expect(err(']E0123456789012').code).toBe('invalid-value');
    expect(err(']E012345678901234').code).toBe('invalid-value');
    expect(err(']E02112345678901').code).toBe('check-digit');
    expect(ok(']E402345673').facts.gtin).toBe('00000002345673');
    expect(err(']E41234567').code).toBe('invalid-value');
  });
  it('reads a GS1 Composite component after "|]e0"', () => {
    expect(ok(`]E02112345678900|]e099COMPOSITE${GS}98XYZ`).elements).toEqual([
      { ai: '01', value: '02112345678900' },
      { ai: '99', value: 'COMPOSITE' },
      { ai: '98', value: 'XYZ' },
    ]);
  });
  it('accepts plain data under non-GS1 identifiers with no elements', () => {
    expect(parseScan(']Q1TESTING', at2026)).toMatchObject({
      valid: true,
      kind: 'other',
      data: 'TESTING',
      elements: [],
    });
    expect(parseScan(']d1https://example.com/01/12312312312333?99=TEST', at2026)).toMatchObject({
      valid: true,
      elements: [
        { ai: '01', value: '12312312312333' },
        { ai: '99', value: 'TEST' },
      ],
    });
    expect(err('ABC').code).toBe('unrecognised');
  });
});

describe('readSsccScan (walking skeleton API, now backed by the parser)', () => {
  it('keeps its messages and reads SSCCs from richer labels', () => {
    expect(readSsccScan('395060000999999991')).toEqual({
      ok: false,
      reason: 'check-digit',
      message: 'SSCC 395060000999999991: check digit should be 5, label says 1',
    });
    expect(readSsccScan(`]C100395060000999999995410${withGs1CheckDigit('950600013435')}`)).toEqual({
      ok: true,
      sscc: '395060000999999995',
    });
    expect(readSsccScan('https://id.gs1.org/00/395060000999999995')).toEqual({ ok: true, sscc: '395060000999999995' });
    expect(readSsccScan(`01${GTIN}`)).toMatchObject({ ok: false, reason: 'not-an-sscc' });
  });

  it('says what is wrong with broken GS1 data, and names a product label scanned instead of an SSCC', () => {
    // (30) without its GS separator swallows the following (10): GS1 General Specifications §7.8.5.2.
    expect(readSsccScan(']C100395060000999999995301210ABC')).toEqual({
      ok: false,
      reason: 'invalid-gs1',
      message: 'AI (30): 1210ABC must be digits only',
    });
    expect(readSsccScan(`]C101${GTIN}`)).toEqual({
      ok: false,
      reason: 'not-an-sscc',
      message: `This is a product label (GTIN ${GTIN}), not a pallet or carton label: scan the SSCC label`,
    });
    const garbage = readSsccScan('hello');
    if (garbage.ok) throw new Error('"hello" was read as an SSCC');
    expect(garbage.reason).toBe('not-an-sscc');
    expect(garbage.message).toContain('"hello"');
  });
});

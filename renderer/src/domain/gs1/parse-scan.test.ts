import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from './check-digit';
import { fullYear, resolveDate } from './dates';
import { parseScan } from './parse-scan';
import { expandUpcE } from './plain-codes';
import type { ParseScanOptions, ScanResult } from './scan-types';

const GS = '\u001d';
const at2026: ParseScanOptions = { referenceDate: new Date('2026-06-15T12:00:00Z') };
const GTIN = '09506000134352';

function ok(raw: string, options: ParseScanOptions = at2026) {
  const result = parseScan(raw, options);
  if (!result.valid || result.kind !== 'gs1') throw new Error(`expected a valid GS1 scan: ${JSON.stringify(result)}`);
  return result;
}
function err(raw: string, options: ParseScanOptions = at2026) {
  const result: ScanResult = parseScan(raw, options);
  if (result.valid) throw new Error(`expected an invalid scan: ${JSON.stringify(result)}`);
  return result.error;
}
/** A key whose check digit is wrong: the correct one is returned for the expected message. */
function withWrongCheck(data: string): { label: string; right: number; wrong: number } {
  const right = Number(withGs1CheckDigit(data).slice(-1));
  const wrong = (right + 3) % 10;
  return { label: `${data}${wrong}`, right, wrong };
}

describe('check digits (GS1 General Specifications §7.9)', () => {
  it('reports SSCC, GTIN and GLN check digits the way a supervisor reads them', () => {
    const sscc = withWrongCheck('39506000099999999');
    expect(err(`00${sscc.label}`).message).toBe(`SSCC check digit should be ${sscc.right}, label says ${sscc.wrong}`);
    const gtin = withWrongCheck('0950600013435');
    expect(err(`]C101${gtin.label}`)).toMatchObject({ code: 'check-digit', position: 5, ai: '01' });
    expect(err(`01${gtin.label}`).message).toBe(`GTIN check digit should be ${gtin.right}, label says ${gtin.wrong}`);
    const gln = withWrongCheck('950600013435');
    expect(err(`01${GTIN}410${gln.label}`).message).toMatch(/^GLN check digit should be/);
  });
  it('checks GMN check character pairs (csumalpha, §7.9.5)', () => {
    expect(ok(`80131987654Ad4X4bL5ttr2310c2K`).elements).toEqual([{ ai: '8013', value: '1987654Ad4X4bL5ttr2310c2K' }]);
    expect(err('80131987654Ad4X4bL5ttr2310c2X').code).toBe('check-digit');
  });
  it('checks GRAI (8003) and GSRN (8018) keys', () => {
    const grai = `0${withGs1CheckDigit('950600013435')}ASSET1`;
    expect(ok(`8003${grai}`).elements).toEqual([{ ai: '8003', value: grai }]);
    expect(err(`]C180030${withWrongCheck('950600013435').label}`).message).toMatch(/^GRAI check digit/);
    expect(err(`8018${withWrongCheck('95060001343500000').label}`).message).toMatch(/^GSRN check digit/);
  });
});

describe('dates (YYMMDD, §7.12 century window)', () => {
  it('resolves the century within −49/+50 years of the reference year', () => {
    expect(fullYear(76, 2026)).toBe(2076);
    expect(fullYear(77, 2026)).toBe(1977);
    expect(fullYear(10, 2060)).toBe(2110);
    expect(fullYear(11, 2060)).toBe(2011);
    expect(fullYear(99, 2000)).toBe(1999);
    expect(fullYear(50, 2000)).toBe(2050);
    expect(fullYear(51, 2000)).toBe(1951);
    expect(ok(`01${GTIN}17761231`).facts.expiry).toBe('2076-12-31');
    expect(ok(`01${GTIN}17770101`).facts.expiry).toBe('1977-01-01');
  });
  it('knows leap years, month lengths and invalid months', () => {
    expect(resolveDate('240229', 2026, false)).toBe('2024-02-29');
    expect(resolveDate('250229', 2026, false)).toBeNull();
    expect(resolveDate('260431', 2026, false)).toBeNull();
    expect(resolveDate('261301', 2026, false)).toBeNull();
    expect(resolveDate('260001', 2026, false)).toBeNull();
    expect(resolveDate('20000229', 2026, false, true)).toBe('2000-02-29');
    expect(resolveDate('21000229', 2026, false, true)).toBeNull();
  });
  it('allows DD=00 (last day of the month) only where the linter is yymmd0', () => {
    expect(ok(`01${GTIN}17260200`).facts.expiry).toBe('2026-02-28');
    expect(ok(`01${GTIN}15240200`).facts.bestBefore).toBe('2024-02-29');
    expect(err(`01${GTIN}7006260200`).message).toBe('AI (7006): 260200 is not a date');
  });
  it('says which date is wrong', () => {
    expect(err(`01${GTIN}17131301`)).toMatchObject({
      message: 'AI (17): 131301 is not a date',
      position: 18,
      ai: '17',
    });
    expect(ok(`01${GTIN}11250101` + `13250102`).facts).toMatchObject({
      productionDate: '2025-01-01',
      packDate: '2025-01-02',
    });
  });
});

describe('element strings and separators (§7.8.5, dictionary flags)', () => {
  it('reads fixed-length AIs without separators and variable ones up to GS', () => {
    const r = ok(`]C101${GTIN}17260131` + `10LOT 1`.replace(' ', '') + `${GS}21SER`);
    expect(r.elements).toEqual([
      { ai: '01', value: GTIN },
      { ai: '17', value: '260131' },
      { ai: '10', value: 'LOT1' },
      { ai: '21', value: 'SER' },
    ]);
    expect(r.symbology).toEqual({ aim: ']C1', name: 'gs1-128' });
    expect(r.facts).toMatchObject({ gtin: GTIN, expiry: '2026-01-31', lot: 'LOT1', serial: 'SER' });
  });
  it('needs a GS after FNC1-required AIs, even fixed-length ones such as (8001)', () => {
    const dims = '01000020000310';
    expect(ok(`8001${dims}${GS}01${GTIN}`).elements).toHaveLength(2);
    expect(err(`8001${dims}01${GTIN}`)).toMatchObject({
      code: 'missing-separator',
      message: 'AI (8001) must be followed by a GS separator when more data follows it',
    });
    expect(err(`01${GTIN}10${'A'.repeat(21)}`)).toMatchObject({
      code: 'missing-separator',
      message: 'AI (10) is followed by data but no GS separator (its data may be at most 20 characters)',
    });
  });
  it('rejects doubled GS, tolerates leading, trailing and redundant GS', () => {
    expect(err(`01${GTIN}10ABC${GS}${GS}21X`)).toMatchObject({ code: 'doubled-separator', position: 22 });
    expect(ok(`${GS}01${GTIN}${GS}10ABC${GS}`).elements).toHaveLength(2);
  });
  it('reports unknown AIs, short data, bad characters', () => {
    expect(err(`01${GTIN}23X`).code).toBe('unknown-ai');
    expect(err('0109506')).toMatchObject({ code: 'too-short', message: 'AI (01) needs 14 digits, label has 5' });
    expect(err(`01${GTIN}10AB~C`)).toMatchObject({ code: 'bad-character', position: 20 });
    expect(err(`01${GTIN}3103A00125`).message).toBe('AI (3103): A00125 must be digits only');
    expect(err(']C1010950600013435210')).toMatchObject({ code: 'too-short', message: 'AI (10) has no data' });
  });
  it('decodes implied decimals, counts, amounts with ISO 4217 currency, GLNs and PO', () => {
    const gln = withGs1CheckDigit('950600013435');
    const r = ok(
      `00${withGs1CheckDigit('39506000099999999')}02${GTIN}3103000125` +
        `3302001234` +
        `37144${GS}3912978123456${GS}400PO-77${GS}410${gln}`,
    );
    expect(r.facts).toMatchObject({
      contentGtin: GTIN,
      netWeightKg: 0.125,
      grossWeightKg: 12.34,
      count: 144,
      customerPo: 'PO-77',
      shipToGln: gln,
      amounts: [{ ai: '3912', kind: 'amount', value: 1234.56, currency: '978' }],
    });
    expect(r.facts.measures?.[0]).toEqual({ ai: '3103', quantity: 'net weight', value: 0.125, unit: 'kg' });
    expect(err(`01${GTIN}3912000100`).message).toBe('AI (3912): 000 is not an ISO 4217 currency code');
  });
  it('reports pairing rules separately from syntax', () => {
    const r = ok(`02${GTIN}3103000125`);
    expect(r.pairingIssues.map((p) => p.rule)).toEqual(['requires']);
    expect(ok(`01${GTIN}02${GTIN}371`).pairingIssues.some((p) => p.rule === 'excludes')).toBe(true);
    expect(ok(`01${GTIN}3103000125${GS}3102000250`).pairingIssues.some((p) => p.rule === 'excludes')).toBe(true);
    expect(ok(`01${GTIN}10A${GS}10B`).pairingIssues).toEqual([
      { ai: '10', rule: 'duplicate', message: 'AI (10) appears twice with different values' },
    ]);
  });
});

describe('AIM symbology identifiers (ISO/IEC 15424)', () => {
  it.each([
    [']C1', 'gs1-128'],
    [']d2', 'gs1-datamatrix'],
    [']Q3', 'gs1-qr'],
    [']e0', 'gs1-databar'],
    [']J1', 'gs1-dotcode'],
  ])('%s announces GS1 data', (aim, name) => {
    expect(ok(`${aim}01${GTIN}10A`).symbology).toEqual({ aim, name });
  });
  it('reads EAN-13, EAN-8, UPC-A, UPC-E and ITF-14 as GTINs', () => {
    expect(ok(']E04006381333931').facts.gtin).toBe('04006381333931');
    expect(ok(']E496385074').facts.gtin).toBe('00000096385074');
    expect(ok('036000291452').symbology.name).toBe('upc-a');
    expect(ok(']E001234565').facts.gtin).toBe('00012345000065');
    expect(ok(']I115400141288763').facts.gtin).toBe('15400141288763');
    expect(err(']E04006381333932').message).toBe('GTIN check digit should be 1, label says 2');
  });
  it('expands UPC-E by its last data digit', () => {
    expect(expandUpcE('01234565')).toBe('012345000065');
    expect(expandUpcE('04252614')).toBe('042100005264');
    expect(expandUpcE('01234133')).toBe('012300000413');
    expect(expandUpcE('01234149')).toBe('012340000019'.slice(0, 11) + '9');
  });
  it('warns when GS1 data comes as plain Code 128 (]C0)', () => {
    const r = ok(`]C001${GTIN}17260131`);
    expect(r.elements).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/GS1 data printed as plain code-128/);
  });
});

describe('bracketed form and Digital Link', () => {
  it('reads (AI)value, with \\( for a bracket in data', () => {
    expect(ok(`(01)${GTIN}(10)AB\\(C(17)260100`).elements).toEqual([
      { ai: '01', value: GTIN },
      { ai: '10', value: 'AB(C' },
      { ai: '17', value: '260100' },
    ]);
    expect(err('(01)09506000134352(99x)A').code).toBe('too-long');
    expect(err('(23)X').code).toBe('unknown-ai');
  });
  it('reads GS1 Digital Link examples: any domain, path prefix, qualifiers, query AIs, percent-decoding', () => {
    expect(ok('https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426').elements).toEqual([
      { ai: '01', value: '09520123456788' },
      { ai: '10', value: 'ABC1' },
      { ai: '21', value: '12345' },
      { ai: '17', value: '180426' },
    ]);
    const prefixed = ok(
      'https://example.com/some/prefix/01/09520123456788/22/2A/10/ABC%2F123?3103=000189&linkType=all',
    );
    expect(prefixed.elements).toEqual([
      { ai: '01', value: '09520123456788' },
      { ai: '22', value: '2A' },
      { ai: '10', value: 'ABC/123' },
      { ai: '3103', value: '000189' },
    ]);
    expect(ok('HTTPS://example.org/00/395060000999999995').facts.sscc).toBe('395060000999999995');
  });
  it('zero-pads GTIN-8/12/13 in the path to 14 digits', () => {
    expect(ok('https://id.gs1.org/01/9520123456788').facts.gtin).toBe('09520123456788');
    expect(ok('https://id.gs1.org/01/96385074').facts.gtin).toBe('00000096385074');
  });
  it('rejects bad Digital Links with a reason', () => {
    expect(err('https://id.gs1.org/01/09520123456788/21/1/10/A').message).toMatch(/must come in the order/);
    expect(err('https://id.gs1.org/01/09520123456788?21=5').message).toBe(
      'AI (21) belongs in the Digital Link path after (01), not in the query string',
    );
    expect(err('https://id.gs1.org/01/09520123456788?8200=x').message).toBe(
      'AI (8200) may not appear in a Digital Link query string',
    );
    expect(err('https://id.gs1.org/about').code).toBe('bad-digital-link');
    expect(err('https://id.gs1.org/01/09520123456788/10/%E0%A4%A').code).toBe('bad-character');
    expect(err('https://id.gs1.org/01/09520123456788/10/A%00').message).toMatch(/NUL/);
  });
});

describe('warehouse labels, odd input', () => {
  const options: ParseScanOptions = {
    ...at2026,
    patterns: [
      { name: 'bin', kind: 'location', pattern: /^LOC-([A-Z]\d{2}-\d{2})$/ },
      { name: 'done', kind: 'command', pattern: /^CMD:(\w+)$/ },
    ],
  };
  it('recognises configured location and command barcodes', () => {
    expect(parseScan('LOC-A01-02', options)).toMatchObject({
      valid: true,
      kind: 'location',
      code: 'A01-02',
      elements: [],
    });
    expect(parseScan('CMD:FINISH\r\n', options)).toMatchObject({ valid: true, kind: 'command', code: 'FINISH' });
  });
  it('never throws, and says so when a scan is empty or unknown', () => {
    expect(err('  \r\n').code).toBe('empty');
    expect(err(']C1').code).toBe('empty');
    expect(err('HELLO WORLD').code).toBe('unrecognised');
    expect(parseScan('\u0000\uffff(((', options).valid).toBe(false);
  });
});

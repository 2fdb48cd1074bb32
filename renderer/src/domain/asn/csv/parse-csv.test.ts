import { describe, expect, it } from 'vitest';
import type { CsvParseResult } from './parse-csv';
import { detectDelimiter, MAX_FIELD_LENGTH, parseCsv } from './parse-csv';

function cells(result: CsvParseResult): (readonly string[])[] {
  if (!result.ok) throw new Error(result.problem.message);
  return result.records.map((record) => record.cells);
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields holding the delimiter, doubled quotes and line breaks (§2.5–2.7)', () => {
    const result = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nplain,,last\r\n');
    expect(cells(result)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['plain', '', 'last'],
    ]);
  });

  it('numbers records by the file line they start on, across quoted line breaks', () => {
    const result = parseCsv('h1,h2\n"multi\nline\nvalue",1\nnext,2\n');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('accepts LF, CRLF and lone CR record ends, drops a BOM, skips blank lines, keeps a trailing empty field', () => {
    expect(cells(parseCsv('\uFEFFa;b\r\n1;2\n\n3;4\r5;\n'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', ''],
    ]);
  });

  it('keeps a quote inside an unquoted field as a character (12" pipe)', () => {
    expect(cells(parseCsv('a,b\n12" pipe,x\n'))[1]).toEqual(['12" pipe', 'x']);
  });

  it('refuses text after a closing quote and a quote that never closes, naming the line', () => {
    expect(parseCsv('a,b\n"x"y,1\n')).toMatchObject({ ok: false, problem: { code: 'csv-after-quote', line: 2 } });
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toMatchObject({
      ok: false,
      problem: { code: 'csv-open-quote', message: expect.stringContaining('line 3') as string },
    });
  });
});

describe('detectDelimiter', () => {
  it('takes the most frequent of , ; tab outside quotes', () => {
    expect(detectDelimiter('ASN;PO Number;Qty')).toBe(';');
    expect(detectDelimiter('ASN\tPO\tQty,total')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
  });

  it('refuses a single column or a tie rather than guess', () => {
    expect(detectDelimiter('ASN')).toMatchObject({ problem: expect.stringContaining('single column') as string });
    expect(detectDelimiter('a,b;c')).toMatchObject({ problem: expect.stringContaining('cannot tell') as string });
  });
});

describe('hostile input', () => {
  it('refuses binary data, naming the control byte and its line', () => {
    expect(parseCsv('a,b\n1,2\n\u0000\u0001PK\u0003\u0004')).toMatchObject({
      ok: false,
      problem: { code: 'csv-binary', line: 3, message: expect.stringContaining('0x00') as string },
    });
  });

  it('fails fast on a 50 MB single line, without backtracking', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    expect(parseCsv(huge)).toMatchObject({ ok: false, problem: { code: 'csv-header-too-long', line: 1 } });
    expect(parseCsv(`a,b\n${huge}`)).toMatchObject({ ok: false, problem: { code: 'csv-field-too-long', line: 2 } });
    expect(parseCsv(`a,b\n"${huge}`)).toMatchObject({ ok: false, problem: { code: 'csv-open-quote' } });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a quoted field longer than the limit even when it closes', () => {
    const long = `a,b\n"${'y'.repeat(MAX_FIELD_LENGTH + 1)}",1\n`;
    expect(parseCsv(long)).toMatchObject({ ok: false, problem: { code: 'csv-field-too-long' } });
  });

  it('reads a 100,000-row file in well under a second', () => {
    const row = '"DN-1",354107380000001051,09506000134352,"Dose, 0,5 l",12\n';
    const text = `asn,sscc,gtin,description,qty\n${row.repeat(100_000)}`;
    const started = performance.now();
    const result = parseCsv(text);
    expect(result.ok && result.records.length).toBe(100_001);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

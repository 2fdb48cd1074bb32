import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvPackingList } from './csv-importer';
import { csvAsns, csvContent } from './test-support/csv-arbitraries';
import { writeAsnCsv } from './write-csv';

/**
 * Round trip (issue 4, item 2): random canonical ASNs → writeAsnCsv with each delimiter (and its decimal
 * separator) → the CSV importer gives back the same business content, with no warning. Exercises quoting
 * (delimiters, quotes and line breaks in values), decimal commas in `;` files, unit trees of any depth, lines
 * outside any unit, several ASNs in one file.
 */
describe('writeAsnCsv → readCsvPackingList', () => {
  it('reads back what it wrote, for every delimiter', () => {
    fc.assert(
      fc.property(csvAsns, fc.constantFrom(',', ';', '\t' as const), (asns, delimiter) => {
        const text = writeAsnCsv(asns, { delimiter });
        const result = readCsvPackingList({ text, fileName: 'roundtrip.csv' });
        if (!result.ok) throw new Error(`${result.errors.map((e) => e.message).join('\n')}\n${text}`);
        expect(result.asns.map(csvContent)).toEqual(asns.map(csvContent));
        expect(result.asns.flatMap((asn) => asn.warnings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes RFC 4180: CRLF records, quoted fields with doubled quotes', () => {
    const [asn] = fc.sample(csvAsns, { numRuns: 1, seed: 7 })[0] ?? [];
    const first = asn?.lines[0];
    if (!asn || !first) throw new Error('no sample');
    const line = { ...first, description: 'Dose "Extra", 0,5 l\nzweite Zeile' };
    const text = writeAsnCsv([{ ...asn, lines: [line] }]);
    expect(text).toContain('"Dose ""Extra"", 0,5 l\nzweite Zeile"');
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalAsns, delimiters } from './test-support/asn-arbitraries';
import { businessContent } from './test-support/business-content';
import { writeX12_856, X12WriteError } from './write-856';
import { x12AsnImporter } from './x12-asn-importer';

/**
 * Round trip (issue 4, item 6): random canonical ASNs (units nested to any depth with and without SSCCs, item
 * ids of every qualifier, decimal quantities up to 10^21 with 3 decimals, lots, expiries, serials) written as an
 * 856 with random legal delimiters (multi-byte, control characters, newline as terminator) and read back give
 * the same business content, with no warning.
 */
describe('writeX12_856 → x12AsnImporter', () => {
  it('reads back what it wrote, whatever the delimiters', () => {
    fc.assert(
      fc.property(canonicalAsns, delimiters, fc.boolean(), (asns, delimiterSet, lineBreaks) => {
        const text = writeX12_856(asns, delimiterSet, { lineBreaks, createdAt: '2024-02-29T23:59' });
        const result = x12AsnImporter.read({ text, fileName: 'roundtrip.x12' });
        if (!result.ok) throw new Error(`${result.errors[0]?.message ?? ''}\n${text}`);
        expect(result.asns.map(businessContent)).toEqual(asns.map(businessContent));
        expect(result.asns.flatMap((asn) => asn.warnings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads several interchanges of one file, each with its own delimiters', () => {
    fc.assert(
      fc.property(canonicalAsns, canonicalAsns, delimiters, delimiters, (first, second, a, b) => {
        fc.pre(!first.some((x) => second.some((y) => y.asnId === x.asnId)));
        const text = writeX12_856(first, a) + '\r\n' + writeX12_856(second, b, { controlNumber: 2 });
        const result = x12AsnImporter.read({ text, fileName: 'two.x12' });
        if (!result.ok) throw new Error(result.errors[0]?.message);
        expect(result.asns.map(businessContent)).toEqual([...first, ...second].map(businessContent));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses delimiters that are not legal, and data that contains one', () => {
    fc.assert(
      fc.property(canonicalAsns, (asns) => {
        expect(() => writeX12_856(asns, { element: '*', component: '*', segment: '~' })).toThrow(X12WriteError);
        expect(() => writeX12_856(asns, { element: 'A', component: '>', segment: '~' })).toThrow(X12WriteError);
        expect(() => writeX12_856(asns, { element: '*', component: '>', segment: '~~' })).toThrow(X12WriteError);
      }),
      { numRuns: 5 },
    );
    const [asn] = fc.sample(canonicalAsns, { numRuns: 1, seed: 1 })[0] ?? [];
    if (asn === undefined) throw new Error('no sample');
    expect(() => writeX12_856([asn], { element: '*', component: '>', segment: '~' }, { sender: 'A*B' })).toThrow(
      X12WriteError,
    );
    expect(() => writeX12_856([{ ...asn, asnId: 'A*B' }], { element: '*', component: '>', segment: '~' })).toThrow(
      /A\*B/,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AsnLine, CanonicalAsn } from '../canonical-asn';
import { validateCanonicalAsn } from '../validate-asn';
import { edifactDesadvImporter } from './desadv-importer';
import { canonicalAsn, separatorSets } from './test-support/desadv-arbitraries';
import { writeDesadv } from './write-desadv';

/**
 * Round-trip property (issue 4, item 6): random canonical ASNs (units nested to any depth, GTIN and other item
 * ids, decimal quantities up to 10^18 with 3 decimals, lots, expiries, serials, and text full of service
 * characters) written as DESADV with random legal separator sets read back to the same business content.
 */
function businessContent(asn: CanonicalAsn) {
  const only = asn.orders.length === 1 ? asn.orders[0]?.poNumber : undefined;
  const line = (l: AsnLine) => ({
    ...l,
    // A line without its own RFF+ON belongs to the message's only order (EANCOM header RFF+ON).
    poNumber: l.poNumber ?? only,
    itemIds: [...l.itemIds].sort((a, b) => `${a.qualifier}|${a.value}`.localeCompare(`${b.qualifier}|${b.value}`)),
  });
  return {
    ...asn,
    source: undefined,
    warnings: undefined,
    references: asn.references ?? [],
    units: [...asn.units].sort((a, b) => a.unitId.localeCompare(b.unitId)),
    lines: asn.lines.map(line).sort((a, b) => a.lineId.localeCompare(b.lineId)),
  };
}

describe('writeDesadv → edifactDesadvImporter, properties', () => {
  it('reads back what it wrote, whatever the separators', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(canonicalAsn, { minLength: 1, maxLength: 3, selector: (asn) => asn.asnId }),
        separatorSets,
        fc.boolean(),
        (asns, separators, lineBreaks) => {
          const text = writeDesadv(asns, separators, { preparedAt: new Date(Date.UTC(2024, 0, 2, 3, 4)), lineBreaks });
          const result = edifactDesadvImporter.read({ text, fileName: 'roundtrip.edi' });
          if (!result.ok) throw new Error(`${JSON.stringify(result.errors)}\n${text}`);
          expect(result.asns.map(businessContent)).toEqual(asns.map(businessContent));
          for (const asn of result.asns) expect(validateCanonicalAsn(asn).errors).toEqual([]);
          // The only warning a well-formed file may carry is the one the generator provokes: a wrong SSCC check digit.
          const codes = new Set(result.asns.flatMap((asn) => asn.warnings.map((warning) => warning.code)));
          codes.delete('sscc-check-digit');
          expect([...codes]).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

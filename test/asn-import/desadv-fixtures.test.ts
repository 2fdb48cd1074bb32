import { describe, expect, it } from 'vitest';
import { gtin14Of } from '../../renderer/src/domain/asn/identifiers';
import { validateCanonicalAsn } from '../../renderer/src/domain/asn/validate-asn';
import { sumQuantities } from '../../renderer/src/domain/quantity';
import type { ExpectedMessage } from './edifact-fixtures';
import { expectedFor, fixtureNames, importFixture } from './edifact-fixtures';

/**
 * Every EDIFACT DESADV sample in ../shared/fixtures/edi read as expected.json says (issue 4, item 6): one ASN per
 * despatch advice number, its orders, its SSCCs with their check-digit results, its line count, and the despatched
 * quantity per item summed exactly. The traps INDEX.md lists (#14–#18) have their own tests in
 * desadv-fixture-traps.test.ts.
 */
/** The identifier expected.json names a line by: LIN item number, else the PIA value (fixture #17). */
function expectedItem(line: ExpectedMessage['lines'][number]): string {
  const item = line.item !== '' ? line.item : (line.pia?.[0] ?? '');
  return gtin14Of(item) ?? item;
}

function byItem(entries: readonly (readonly [string, string])[]): Record<string, string> {
  const grouped = new Map<string, string[]>();
  for (const [item, quantity] of entries) grouped.set(item, [...(grouped.get(item) ?? []), quantity]);
  return Object.fromEntries([...grouped].map(([item, quantities]) => [item, sumQuantities(quantities)]));
}

const DESADV_FILES = fixtureNames('edifact_desadv_');

describe('EDIFACT DESADV fixtures, as expected.json says', () => {
  it('finds the four public DESADV samples', () => {
    expect(DESADV_FILES).toHaveLength(4);
  });

  for (const name of DESADV_FILES) {
    describe(name, () => {
      const expected = expectedFor(name);
      const asns = importFixture(name);
      const numbers = [...new Set(expected.messages.map((message) => message.bgm.doc_number))];

      it('has one ASN per despatch advice number (BGM 1004), in file order', () => {
        expect(asns.map((asn) => asn.asnId)).toEqual(numbers);
      });

      it('gives ASNs that pass the canonical validation every importer shares, adding nothing to say', () => {
        for (const asn of asns) expect(validateCanonicalAsn(asn)).toEqual({ errors: [], warnings: [] });
      });

      for (const number of numbers) {
        const messages = expected.messages.filter((message) => message.bgm.doc_number === number);
        const asn = asns.find((candidate) => candidate.asnId === number);

        it(`${number}: orders (RFF+ON, header and lines)`, () => {
          const orders = messages.flatMap((m) =>
            m.rff.filter((r) => r.startsWith('ON:')).map((r) => r.slice(3).split(':')[0]),
          );
          expect(asn?.orders.map((order) => order.poNumber)).toEqual([...new Set(orders)]);
        });

        it(`${number}: SSCCs (GIN+BJ) with their check-digit results`, () => {
          const ssccs = messages.flatMap((m) => m.ssccs);
          expect(asn?.units.flatMap((unit) => (unit.sscc === undefined ? [] : [unit.sscc]))).toEqual([
            ...new Set(ssccs.map((s) => s.gin_value)),
          ]);
          const invalid = ssccs.filter((s) => !s.check_digit_valid).map((s) => s.gin_value);
          const warned = asn?.warnings.filter((w) => w.code === 'sscc-check-digit').map((w) => w.message) ?? [];
          expect(warned).toHaveLength(invalid.length);
          for (const sscc of invalid) expect(warned.some((message) => message.includes(sscc))).toBe(true);
        });

        it(`${number}: every line, and the despatched quantity per item summed exactly`, () => {
          const lines = messages.flatMap((m) => m.lines);
          expect(asn?.lines).toHaveLength(lines.length);
          const wanted = byItem(lines.map((line) => [expectedItem(line), line.qty['12'] ?? '0'] as const));
          const got = byItem(
            (asn?.lines ?? []).map((line) => [line.gtin ?? line.itemIds[0]?.value ?? '', line.quantity] as const),
          );
          expect(got).toEqual(wanted);
        });

        it(`${number}: control counts checked as warnings, as the envelope findings say`, () => {
          const untWrong = messages.some((m) => m.UNT[0] !== String(m.segment_count_actual) || m.UNT[1] !== m.unh_ref);
          const codes = asn?.warnings.map((warning) => warning.code) ?? [];
          expect(codes.includes('unt-count') || codes.includes('unt-reference')).toBe(untWrong);
          expect(codes.includes('unz-count')).toBe(
            expected.envelope_issues.some((issue) => issue.startsWith('UNZ count')),
          );
        });
      }
    });
  }
});

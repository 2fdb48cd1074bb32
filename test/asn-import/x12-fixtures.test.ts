import { describe, expect, it } from 'vitest';
import { tokenizeX12 } from '../../renderer/src/domain/asn/x12/tokenizer';
import { readSscc } from '../../renderer/src/domain/asn/identifiers';
import {
  canonicalKey,
  EXPECTED,
  type ExpectedTransaction,
  fixtureText,
  importFixture,
  isLotItem,
  unitsPerItem,
  X12_856_FILES,
} from './x12-fixture-facts';

/**
 * Every X12 856 sample in ../shared/fixtures/edi read as expected.json says (issue 4, item 6): delimiters,
 * shipment ids, POs, SSCCs with their check-digit warnings, units per item, where each line and unit sits in the
 * hierarchy, and the envelope problems reported as warnings. Trap-by-trap assertions: x12-fixture-traps.test.ts.
 */
const ENVELOPE_CODES: readonly [RegExp, string][] = [
  [/^GE01/, 'x12-ge-count'],
  [/^ISA13/, 'x12-iea-control'],
  [/SE01 says/, 'x12-se-count'],
  [/HL02 parent/, 'x12-hl-parent-inferred'],
];

/** HL id → level and parent, from expected.json's `"4<3:I"` notation. */
function treeOf(tx: ExpectedTransaction): Map<string, { level: string; parent: string | null }> {
  return new Map(
    tx.hl_tree.map((entry) => {
      const [, id = '', parent = '', level = ''] = /^(\d+)<([^:]*):(.+)$/.exec(entry) ?? [];
      return [id, { level, parent: parent === '-' ? null : parent }];
    }),
  );
}

/** The unit id the importer gives the unit at or above an HL: its SSCC, or `ST<ST02>/HL<id>`. */
function expectedUnitOf(tx: ExpectedTransaction, hl: string | null): string | null {
  const tree = treeOf(tx);
  const marked = new Set(tx.marks.map((mark) => mark.hl));
  for (let id = hl; id !== null; id = tree.get(id)?.parent ?? null) {
    const level = tree.get(id)?.level ?? '';
    if (['T', 'P', 'Q'].includes(level) || (marked.has(id) && level !== 'S' && level !== 'O')) {
      const sscc = tx.ssccs.find((entry) => entry.hl === id)?.sscc18;
      return sscc ?? `ST${tx.st_control}/HL${id}`;
    }
  }
  return null;
}

describe.each(X12_856_FILES)('%s', (file) => {
  const expected = EXPECTED[file];
  if (expected === undefined) throw new Error(`expected.json has no entry for ${file}`);
  const transactions = expected.transactions;

  it('takes its delimiters from the ISA (or the ST when there is no envelope)', () => {
    const tokens = tokenizeX12(fixtureText(file));
    if (!tokens.ok) throw new Error(tokens.message);
    const { element, segment } = tokens.segments[0]?.delimiters ?? {};
    expect({ element, segment: segment === '\n' ? '\n' : segment }).toEqual({
      element: expected.delimiters.element,
      segment: expected.delimiters.segment.replace(/^\\n$|^\r?\n$/, '\n'),
    });
    if (tokens.enveloped) expect(tokens.segments[0]?.delimiters.component).toBe(expected.delimiters.component);
  });

  it('reads the shipment ids and POs', () => {
    const asns = importFixture(file);
    const ids = [...new Set(transactions.map((tx) => tx.bsn.shipment_id))];
    if (ids.includes('')) {
      expect(asns).toHaveLength(1);
      expect(asns[0]?.warnings.map((w) => w.code)).toContain('x12-bsn02-empty');
    } else expect(asns.map((asn) => asn.asnId)).toEqual(ids);
    const pos = new Set(transactions.flatMap((tx) => tx.po_numbers));
    expect(new Set(asns.flatMap((asn) => asn.orders.map((order) => order.poNumber)))).toEqual(pos);
  });

  it('reads every SSCC, warns about wrong check digits and never truncates other lengths', () => {
    const asns = importFixture(file);
    const units = asns.flatMap((asn) => asn.units);
    const warnings = asns.flatMap((asn) => asn.warnings);
    const ssccs = transactions.flatMap((tx) => tx.ssccs);
    expect(units.filter((unit) => unit.sscc !== undefined)).toHaveLength(ssccs.filter((s) => s.sscc18).length);
    for (const entry of ssccs) {
      const about = warnings.filter((w) => w.message.includes(`MAN*GM ${entry.man_value} `));
      if (entry.sscc18 === null) {
        expect(units.some((unit) => unit.marks?.some((mark) => mark.value === entry.man_value))).toBe(true);
        // One warning per MAN segment: #12 repeats the same placeholder in its two transaction sets.
        const times = ssccs.filter((other) => other.man_value === entry.man_value).length;
        expect(about.map((w) => w.code)).toEqual(Array<string>(times).fill('x12-sscc-invalid'));
        continue;
      }
      expect(units.map((unit) => unit.sscc)).toContain(entry.sscc18);
      const reading = readSscc(entry.sscc18);
      if (entry.check_digit_valid) expect(about).toEqual([]);
      else if (reading.kind === 'sscc') {
        expect(about.map((w) => w.message)).toEqual([
          expect.stringContaining(
            `SSCC check digit should be ${reading.expected}, label says ${entry.sscc18.slice(-1)}`,
          ) as unknown,
        ]);
      }
    }
  });

  it('counts the units per item as expected.json does, without counting lot rows twice', () => {
    const lines = importFixture(file).flatMap((asn) => asn.lines);
    const totals: Record<string, string> = {};
    for (const tx of transactions) {
      for (const [key, { qty, uom }] of Object.entries(tx.units_per_item)) {
        if (key.startsWith('LT:')) continue; // a batch of the item above it: its SN1 repeats that item's
        const canonical = canonicalKey(key);
        const known = totals[canonical];
        totals[canonical] = `${known === undefined ? qty : Number(known.split(' ')[0]) + qty} ${uom}`;
      }
    }
    expect(unitsPerItem(lines)).toEqual(totals);
  });

  it('puts every item line on its PO line, in its unit, with its ordered quantity', () => {
    const asns = importFixture(file);
    const lines = asns.flatMap((asn) => asn.lines);
    const units = asns.flatMap((asn) => asn.units);
    for (const tx of transactions) {
      const tree = treeOf(tx);
      for (const item of tx.items.filter((entry) => !isLotItem(entry))) {
        const line = lines.find((candidate) => candidate.lineId === `ST${tx.st_control}/HL${item.hl}`);
        expect(line, `HL ${item.hl}`).toBeDefined();
        expect(line?.poLine).toBe(item.lin01 === '' ? undefined : item.lin01);
        expect(line?.orderedQuantity).toBe(item.sn1_qty_ordered ?? undefined);
        expect(line?.unitId).toBe(expectedUnitOf(tx, item.hl));
      }
      for (const unit of units.filter((candidate) => candidate.unitId.startsWith(`ST${tx.st_control}/`))) {
        const hl = unit.unitId.split('/HL')[1] ?? '';
        expect(unit.parentUnitId, `unit HL ${hl}`).toBe(expectedUnitOf(tx, tree.get(hl)?.parent ?? null));
      }
    }
  });

  it('reports the envelope problems as warnings, not errors', () => {
    const codes = importFixture(file).flatMap((asn) => asn.warnings.map((w) => w.code));
    for (const issue of expected.envelope_issues) {
      const code = ENVELOPE_CODES.find(([pattern]) => pattern.test(issue))?.[1];
      expect(code, issue).toBeDefined();
      expect(codes).toContain(code);
    }
  });

  it('gives the same ASNs when read twice', () => {
    expect(importFixture(file)).toEqual(importFixture(file));
  });
});

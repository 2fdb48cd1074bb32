import { describe, expect, it } from 'vitest';
import { generateCanonicalAsn } from '../../../test/fakes/canonical-asn';
import type { AsnLine, AsnLogisticUnit } from '../domain/asn/canonical-asn';
import { expectedUnitRows } from './expected-unit-rows';

const generated = generateCanonicalAsn('ASN-R', { pallets: 2, cartonsPerPallet: 2, linesPerCarton: 1, items: 2 });
const [line] = generated.lines;
if (!line) throw new Error('generated shape changed');
const unit = (unitId: string, parentUnitId: string | null, sscc?: string): AsnLogisticUnit => ({
  unitId,
  parentUnitId,
  kind: 'carton',
  ...(sscc === undefined ? {} : { sscc }),
});
const lineIn = (lineId: string, unitId: string | null): AsnLine => ({ ...line, lineId, unitId });
const rowsOf = (units: AsnLogisticUnit[], lines: AsnLine[]) =>
  expectedUnitRows({ asnId: 'A', units, lines }).map((r) => ({
    unitId: r.unitId,
    units: r.units.map((u) => u.unitId),
    lines: r.lines.map((l) => l.lineId),
    ssccs: r.ssccs,
  }));

describe('expectedUnitRows', () => {
  it('stores a pallet with its cartons and their lines in one row, SSCCs and GTINs indexed', () => {
    const rows = expectedUnitRows(generated);
    expect(rows).toHaveLength(2);
    const [first] = rows;
    expect(first?.units.map((u) => u.kind)).toEqual(['pallet', 'carton', 'carton']);
    expect(first?.ssccs).toEqual(first?.units.map((u) => u.sscc));
    expect(first?.gtins).toEqual([...new Set(first?.lines.map((l) => l.gtin))]);
  });

  it('gives an unlabelled shipment level its own row, so it never folds every pallet into one record', () => {
    const units = [unit('SHIP', null), unit('P1', 'SHIP', 'S1'), unit('C1', 'P1'), unit('P2', 'SHIP', 'S2')];
    expect(rowsOf(units, [lineIn('1', 'C1'), lineIn('2', 'SHIP'), lineIn('3', 'P2')])).toEqual([
      { unitId: 'SHIP', units: ['SHIP'], lines: ['2'], ssccs: [] },
      { unitId: 'P1', units: ['P1', 'C1'], lines: ['1'], ssccs: ['S1'] },
      { unitId: 'P2', units: ['P2'], lines: ['3'], ssccs: ['S2'] },
    ]);
  });

  it('keeps a labelled carton in its labelled pallet, puts the top unit first whatever the file order', () => {
    const units = [unit('C1', 'P1', 'S2'), unit('P1', null, 'S1'), unit('I1', 'C1')];
    expect(rowsOf(units, [lineIn('1', 'I1')])).toEqual([
      { unitId: 'P1', units: ['P1', 'C1', 'I1'], lines: ['1'], ssccs: ['S1', 'S2'] },
    ]);
  });

  it('puts loose lines and lines of unannounced units in the loose row, and survives a parent cycle', () => {
    const units = [unit('A', 'B'), unit('B', 'A')];
    const rows = rowsOf(units, [lineIn('1', null), lineIn('2', 'NOPE'), lineIn('3', 'A')]);
    expect(rows.find((r) => r.unitId === '')?.lines).toEqual(['1', '2']);
    expect(rows.flatMap((r) => r.units).sort()).toEqual(['A', 'B']);
  });
});

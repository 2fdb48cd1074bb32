import { describe, expect, it } from 'vitest';
import type { ExpectedUnitRow } from '../db/schema';
import { missingUnits } from './missing-units';

const row = (units: ExpectedUnitRow['units']): ExpectedUnitRow => ({
  asnId: 'A',
  unitId: units[0]?.unitId ?? '',
  ssccs: [],
  gtins: [],
  units,
  lines: [],
});
const rows = [
  row([
    { unitId: 'P1', kind: 'pallet', parentUnitId: null },
    { unitId: 'C1', kind: 'carton', parentUnitId: 'P1' },
    { unitId: 'C2', kind: 'carton', parentUnitId: 'P1' },
  ]),
  row([
    { unitId: 'P2', kind: 'pallet', parentUnitId: null },
    { unitId: 'C3', kind: 'carton', parentUnitId: 'P2' },
  ]),
];

describe('what closing would record missing', () => {
  it('lists a missing pallet once, not its cartons again', () => {
    expect(missingUnits(rows, []).map((u) => u.unitId)).toEqual(['P1', 'P2']);
  });

  it('lists the cartons not received of a pallet that was, and nothing when all came', () => {
    const some = [{ unitId: 'P1' }, { unitId: 'C1' }, { unitId: 'P2' }, { unitId: 'C3' }];
    expect(missingUnits(rows, some).map((u) => u.unitId)).toEqual(['C2']);
    expect(missingUnits(rows, [...some, { unitId: 'C2' }])).toEqual([]);
  });
});

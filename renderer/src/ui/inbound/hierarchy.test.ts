import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../../db/schema';
import type { AsnLine } from '../../domain/asn/canonical-asn';
import { buildHierarchy, hierarchyCounts, itemLabel } from './hierarchy';

const unit = (unitId: string, parentUnitId: string | null, kind: UnitRow['kind'], sscc?: string): UnitRow => ({
  unitId,
  parentUnitId,
  kind,
  ...(sscc ? { sscc } : {}),
  asnId: 'A',
  status: 'expected',
  receivedAt: null,
  receivedBySeq: null,
  counted: [],
  removedInVersion: null,
});
const line = (lineId: string, unitId: string | null, extra: Partial<AsnLine> = {}): AsnLine => ({
  lineId,
  unitId,
  itemIds: [{ qualifier: 'vendor', senderQualifier: 'VN', value: `V-${lineId}` }],
  quantity: '12',
  uom: 'EA',
  serials: [],
  ...extra,
});

describe('buildHierarchy', () => {
  const units = [
    unit('C2', 'P1', 'carton', '000000000000000022'),
    unit('P1', null, 'pallet', '000000000000000001'),
    unit('C1', 'P1', 'carton', '000000000000000011'),
    unit('X', 'MISSING', 'carton'),
  ];
  const warnings = [
    { code: 'sscc-check-digit', message: 'SSCC 000000000000000011 fails its check digit (expected 8)' },
    { code: 'x12-envelope-count', message: 'SE01 says 40 segments, found 41' },
  ];
  const tree = buildHierarchy(units, [line('1', 'C1'), line('9', null)], warnings);

  it('nests cartons under their pallet, pallets first, orphans kept at the top', () => {
    expect(tree.roots.map((n) => n.unit.unitId)).toEqual(['P1', 'X']);
    expect(tree.roots[0]?.children.map((n) => n.unit.unitId)).toEqual(['C1', 'C2']);
  });

  it('puts each unit’s lines under it and loose lines apart', () => {
    expect(tree.roots[0]?.children[0]?.lines.map((l) => l.lineId)).toEqual(['1']);
    expect(tree.looseLines.map((l) => l.lineId)).toEqual(['9']);
  });

  it('attaches an SSCC check-digit warning to the unit it names; the rest stay general', () => {
    expect(tree.roots[0]?.children[0]?.warnings.map((w) => w.code)).toEqual(['sscc-check-digit']);
    expect(tree.otherWarnings.map((w) => w.code)).toEqual(['x12-envelope-count']);
  });

  it('survives a parent cycle in stored rows', () => {
    const cyclic = buildHierarchy([unit('A1', 'B1', 'carton'), unit('B1', 'A1', 'carton')], [], []);
    expect(cyclic.roots).toEqual([]);
  });
});

describe('labels', () => {
  it('names an item by GTIN, else by its first id with the sender’s qualifier', () => {
    expect(itemLabel(line('1', null, { gtin: '09506000134352' }))).toBe('GTIN 09506000134352');
    expect(itemLabel(line('1', null))).toBe('VN V-1');
    expect(itemLabel(line('1', null, { itemIds: [] }))).toBe('no item id');
  });

  it('counts units by kind and lines', () => {
    expect(hierarchyCounts([unit('P', null, 'pallet'), unit('C', 'P', 'carton'), unit('D', 'P', 'carton')], 1)).toBe(
      '1 pallet, 2 cartons, 1 line',
    );
  });
});

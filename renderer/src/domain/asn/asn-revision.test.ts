import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCanonicalAsn } from '../../../../test/fakes/canonical-asn';
import type { AsnLine, CanonicalAsn } from './canonical-asn';
import { conflictsWithReceipts, describeDiff, diffAsnVersions, isEmptyDiff } from './asn-revision';

const base = generateCanonicalAsn('ASN-R', { pallets: 2, cartonsPerPallet: 2, linesPerCarton: 2 });
const [pallet1, carton1, carton2] = base.units;
const [line1, line2] = base.lines;
if (!pallet1 || !carton1 || !carton2 || !line1 || !line2) throw new Error('generator shape changed');

function withLine(asn: CanonicalAsn, lineId: string, change: Partial<AsnLine>): CanonicalAsn {
  return {
    ...asn,
    version: asn.version + 1,
    lines: asn.lines.map((l) => (l.lineId === lineId ? { ...l, ...change } : l)),
  };
}
const none = { units: new Set<string>(), lineCounts: new Map<string, string>() };

describe('diffAsnVersions', () => {
  it('finds nothing between a version and itself, nor in quantities equal by value', () => {
    expect(isEmptyDiff(diffAsnVersions(base, base))).toBe(true);
    expect(isEmptyDiff(diffAsnVersions(base, withLine(base, line1.lineId, { quantity: `${line1.quantity}.00` })))).toBe(
      true,
    );
  });

  it('names units added, removed and changed by type and SSCC', () => {
    const next: CanonicalAsn = {
      ...base,
      units: [
        ...base.units
          .filter((u) => u.unitId !== carton2.unitId)
          .map((u) => (u.unitId === carton1.unitId ? { ...u, parentUnitId: null, kind: 'package' as const } : u)),
        { unitId: 'CPS-7', parentUnitId: pallet1.unitId, kind: 'carton' },
      ],
    };
    const diff = diffAsnVersions(base, next);
    expect(diff.units.added).toEqual([{ unitId: 'CPS-7', text: 'Carton without SSCC (CPS-7) added' }]);
    expect(diff.units.removed).toEqual([
      { unitId: carton2.unitId, sscc: carton2.sscc, text: `Carton ${carton2.sscc ?? ''} removed` },
    ]);
    expect(diff.units.changed[0]?.changes).toEqual([
      { field: 'parent', before: pallet1.unitId, after: '' },
      { field: 'kind', before: 'carton', after: 'package' },
    ]);
    expect(diff.units.changed[0]?.text).toBe(
      `Package ${carton1.sscc ?? ''} changed: inside ${pallet1.unitId} → none; type carton → package`,
    );
  });

  it('says how lines changed: quantity, lot, expiry, unit, item; and which were added or removed', () => {
    const next: CanonicalAsn = {
      ...withLine(base, line1.lineId, { quantity: '3', lot: 'NEW', expiry: '2028-01-31', unitId: carton2.unitId }),
      lines: [
        ...withLine(base, line1.lineId, {
          quantity: '3',
          lot: 'NEW',
          expiry: '2028-01-31',
          unitId: carton2.unitId,
        }).lines.filter((l) => l.lineId !== line2.lineId),
        {
          ...line2,
          lineId: '99',
          gtin: undefined,
          itemIds: [{ qualifier: 'vendor', senderQualifier: 'VN', value: 'V-1' }],
        },
      ] as AsnLine[],
    };
    const diff = diffAsnVersions(base, next);
    const changed = diff.lines.changed[0];
    expect(changed?.changes.map((c) => c.field)).toEqual(['quantity', 'lot', 'expiry', 'unit']);
    expect(changed?.text).toContain(`quantity ${line1.quantity} EA → 3 EA`);
    expect(changed?.previousUnitId).toBe(carton1.unitId);
    expect(diff.lines.removed.map((l) => l.lineId)).toEqual([line2.lineId]);
    expect(diff.lines.removed[0]?.text).toContain(`removed (was ${line2.quantity} EA)`);
    expect(diff.lines.added[0]?.text).toBe(`Line 99 (V-1, lot ${line2.lot ?? ''}) added: ${line2.quantity} EA`);
    const item = diffAsnVersions(base, withLine(base, line1.lineId, { gtin: '09506000000000' }));
    expect(item.lines.changed[0]?.changes.map((c) => c.field)).toEqual(['item']);
  });

  it('reports header changes in the paperwork words', () => {
    const next: CanonicalAsn = {
      ...base,
      status: 'cancelled',
      carrier: { ...base.carrier, trailer: 'TR-10' },
      expectedArrival: '2026-11-24T08:00:00Z',
      orders: [{ poNumber: 'PO-1' }],
    };
    expect(describeDiff(diffAsnVersions(base, next))).toEqual([
      'Status: open → cancelled',
      'Trailer: TR-9 → TR-10',
      'Expected arrival: 2026-11-23T08:00:00Z → 2026-11-24T08:00:00Z',
      'Orders: PO-1, PO-2, PO-3 → PO-1',
    ]);
  });
});

describe('conflictsWithReceipts', () => {
  const counted = new Map([[line1.lineId, line1.quantity]]);
  const received = { units: new Set([carton1.unitId]), lineCounts: counted };

  it('flags a received unit removed, and a counted line reduced below its count', () => {
    const next: CanonicalAsn = {
      ...base,
      units: base.units.filter((u) => u.unitId !== carton1.unitId),
      lines: base.lines.filter((l) => l.unitId !== carton1.unitId),
    };
    const conflicts = conflictsWithReceipts(diffAsnVersions(base, next), received);
    expect(conflicts.map((c) => c.kind)).toEqual([
      'received-unit-removed',
      'count-above-expected',
      'received-contents-changed',
    ]);
    expect(conflicts[0]?.message).toContain('after it was received');
    expect(conflictsWithReceipts(diffAsnVersions(base, next), none)).toEqual([]);
  });

  it('flags a reduced count but not an increase beyond it as a count problem', () => {
    const reduced = conflictsWithReceipts(
      diffAsnVersions(base, withLine(base, line1.lineId, { quantity: '0.5' })),
      received,
    );
    expect(reduced).toMatchObject([{ kind: 'count-above-expected', lineId: line1.lineId }]);
    const raised = conflictsWithReceipts(
      diffAsnVersions(base, withLine(base, line1.lineId, { quantity: '500' })),
      received,
    );
    expect(raised).toMatchObject([{ kind: 'received-contents-changed', unitId: carton1.unitId }]);
  });

  it('flags changes to a received unit and lines added to it, and a cancellation after receipts', () => {
    const moved: CanonicalAsn = {
      ...base,
      status: 'cancelled',
      units: base.units.map((u) => (u.unitId === carton1.unitId ? { ...u, parentUnitId: null } : u)),
      lines: [...base.lines, { ...line1, lineId: 'NEW' }],
    };
    const kinds = conflictsWithReceipts(diffAsnVersions(base, moved), received).map((c) => c.kind);
    expect(kinds).toEqual(['cancelled-with-receipts', 'received-unit-changed', 'received-contents-changed']);
    expect(conflictsWithReceipts(diffAsnVersions(base, { ...base, status: 'cancelled' }), none)).toEqual([]);
  });
});

describe('revision properties', () => {
  const asns = fc
    .record({
      pallets: fc.integer({ min: 1, max: 4 }),
      cartons: fc.integer({ min: 0, max: 4 }),
      lines: fc.integer({ min: 0, max: 3 }),
    })
    .map((s) =>
      generateCanonicalAsn('P', { pallets: s.pallets, cartonsPerPallet: s.cartons, linesPerCarton: s.lines, items: 7 }),
    );

  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(asns, (a) => isEmptyDiff(diffAsnVersions(a, a)) && describeDiff(diffAsnVersions(a, a)).length === 0),
    );
  });

  it('applying a revision never loses a received unit silently', () => {
    const scenario = asns.chain((a) =>
      fc.record({
        a: fc.constant(a),
        keep: fc.array(fc.boolean(), { minLength: a.units.length, maxLength: a.units.length }),
        received: fc.array(fc.boolean(), { minLength: a.units.length, maxLength: a.units.length }),
        quantities: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: a.lines.length, maxLength: a.lines.length }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ a, keep, received, quantities }) => {
        const kept = new Set(a.units.filter((_, i) => keep[i]).map((u) => u.unitId));
        const next: CanonicalAsn = {
          ...a,
          units: a.units.filter((u) => kept.has(u.unitId)),
          lines: a.lines
            .filter((l) => l.unitId !== null && kept.has(l.unitId))
            .map((l) => ({ ...l, quantity: String(quantities[Number(l.lineId) - 1] ?? 0) })),
        };
        const receivedUnits = a.units.filter((_, i) => received[i]).map((u) => u.unitId);
        const counts = new Map(
          a.lines
            .filter((l) => l.unitId !== null && receivedUnits.includes(l.unitId))
            .map((l) => [l.lineId, l.quantity]),
        );
        const conflicts = conflictsWithReceipts(diffAsnVersions(a, next), {
          units: new Set(receivedUnits),
          lineCounts: counts,
        });
        for (const unitId of receivedUnits) {
          if (!kept.has(unitId))
            expect(conflicts).toContainEqual(expect.objectContaining({ kind: 'received-unit-removed', unitId }));
        }
        for (const [lineId, count] of counts) {
          const now = next.lines.find((l) => l.lineId === lineId);
          if (!now || Number(now.quantity) < Number(count)) {
            expect(conflicts.some((c) => c.lineId === lineId)).toBe(true);
          }
        }
      }),
    );
  });
});

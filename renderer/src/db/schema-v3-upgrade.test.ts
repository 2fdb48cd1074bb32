import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn, ssccFor } from '../../../test/fakes/canonical-asn';
import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../domain/asn/canonical-asn';
import { legacyAsnContentHash } from '../domain/asn/content-hash';
import { storeImportedAsns } from './asn-intake';
import { asnSummaryOf, canonicalFromRows, ofAsn, unitsWithState } from './asn-rows';
import { trustScan, trustScanOutcome } from '../receiving/test-support/trust-scan';
import { openDocksideDb, type AsnRow, type DocksideDb, type UnitRow } from './schema';
import { CURRENT_TABLES } from './test-support/current-tables';
import { SCHEMA_V1 } from './schema-v1';
import { SCHEMA_V2, type LineBlockRowV2, type UnitRowV2 } from './schema-v2';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const name = `upgrade-v3-${crypto.randomUUID()}`;
let db: DocksideDb | undefined;

afterEach(async () => {
  await db?.delete();
});

/**
 * An ASN as a v2 station held it after a revision: 2 pallets of 2 cartons, an inner pack without an SSCC in the
 * first carton (holding a line of its own), a loose line, carton 1 received with its inner pack, and a carton the revision removed
 * after it had been received (kept as a flagged unit row).
 */
const generated = generateCanonicalAsn('ASN-U', { pallets: 2, cartonsPerPallet: 2, linesPerCarton: 2, items: 3 });
const [pallet1, carton1, carton2] = generated.units;
if (!pallet1 || !carton1 || !carton2) throw new Error('generated shape changed');
const innerPack: AsnLogisticUnit = { unitId: 'INNER-1', parentUnitId: carton1.unitId, kind: 'package' };
const [firstLine] = generated.lines;
if (!firstLine) throw new Error('generated shape changed');
const extraLines: AsnLine[] = [
  { ...firstLine, lineId: 'INNER-L', unitId: innerPack.unitId },
  { ...firstLine, lineId: 'LOOSE-L', unitId: null },
];
const asn: CanonicalAsn = {
  ...generated,
  version: 2,
  units: [...generated.units, innerPack],
  lines: [...generated.lines, ...extraLines],
};
const removedCarton: AsnLogisticUnit = {
  unitId: ssccFor(900),
  sscc: ssccFor(900),
  parentUnitId: pallet1.unitId,
  kind: 'carton',
};
const receivedAt = '2026-11-23T09:00:00.000Z';

function v2Units(): UnitRowV2[] {
  // Receiving carton 1 (event 1) received its inner pack with it.
  const received = new Set([carton1?.unitId, innerPack.unitId]);
  const rows: UnitRowV2[] = asn.units.map((u) => ({
    ...u,
    asnId: asn.asnId,
    status: received.has(u.unitId) ? 'received' : 'expected',
    receivedAt: received.has(u.unitId) ? receivedAt : null,
    receivedBySeq: received.has(u.unitId) ? 1 : null,
    counted: u.unitId === carton1?.unitId ? [{ lineId: '1', quantity: '1' }] : [],
    removedInVersion: null,
  }));
  rows.push({
    ...removedCarton,
    asnId: asn.asnId,
    status: 'received',
    receivedAt,
    receivedBySeq: 2,
    counted: [{ lineId: 'GONE-1', quantity: '4' }],
    removedInVersion: 2,
  });
  return rows;
}

function v2Blocks(): LineBlockRowV2[] {
  const byUnit = new Map<string, AsnLine[]>();
  for (const line of asn.lines) {
    const key = line.unitId ?? '';
    byUnit.set(key, [...(byUnit.get(key) ?? []), line]);
  }
  return [...byUnit].map(([unitKey, lines]) => ({
    asnId: asn.asnId,
    unitKey,
    gtins: [...new Set(lines.flatMap((l) => (l.gtin === undefined ? [] : [l.gtin])))],
    lines,
  }));
}

const asnRow: AsnRow = {
  ...asnSummaryOf(asn),
  version: 2,
  unitCount: asn.units.length,
  receivedUnitCount: 2,
  storedAt: '2026-11-23T08:00:00Z',
  contentHash: legacyAsnContentHash(asn),
  revisions: [],
  conflicts: [],
};

async function seedV2(): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.table('asns').put(asnRow);
  await v2.table('units').bulkPut(v2Units());
  await v2.table('lineBlocks').bulkPut(v2Blocks());
  v2.close();
}

const byId = <T extends { unitId: string }>(a: T, b: T): number => a.unitId.localeCompare(b.unitId);

describe('schema v2 → v3 upgrade', () => {
  it('groups units and lines by pallet and moves what the dock did to unit states, losing nothing', async () => {
    await seedV2();
    db = openDocksideDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(CURRENT_TABLES);
    const [from, to] = ofAsn(asn.asnId);
    const rows = await db.expectedUnits.where(':id').between(from, to, true, true).toArray();
    const states = await db.unitStates.toArray();
    // Two pallet rows (the inner pack rides in its carton's pallet) and the loose-lines row.
    expect(rows.map((r) => r.unitId).sort()).toEqual(
      ['', generated.units[0]?.unitId, generated.units[3]?.unitId].sort(),
    );
    expect(rows.find((r) => r.unitId === pallet1.unitId)?.units.map((u) => u.unitId)).toEqual([
      pallet1.unitId,
      carton1.unitId,
      carton2.unitId,
      innerPack.unitId,
    ]);
    expect(states.map((s) => [s.unitId, s.removedInVersion])).toEqual(
      [
        [carton1.unitId, null],
        [innerPack.unitId, null],
        [removedCarton.unitId, 2],
      ].sort(),
    );
    expect(states.find((s) => s.unitId === removedCarton.unitId)?.announced).toEqual(removedCarton);

    // The v3 view of the units is exactly what v2 stored, row for row.
    const view: UnitRow[] = unitsWithState(rows, states);
    expect([...view].sort(byId)).toEqual([...v2Units()].sort(byId));
    // And the stored content is the ASN, so a revision diffs against the truth.
    const stored = canonicalFromRows(asnRow, rows);
    expect([...stored.units].sort(byId)).toEqual([...asn.units].sort(byId));
    expect(stored.lines.map((l) => l.lineId).sort()).toEqual(asn.lines.map((l) => l.lineId).sort());
  });

  it('receives, re-imports and revises migrated ASNs as if they had been imported under v3', async () => {
    await seedV2();
    db = openDocksideDb(name);
    expect(await trustScan(db, station, carton1.sscc ?? '')).toBe('duplicate');
    expect(await trustScan(db, station, removedCarton.sscc ?? '')).toBe('refused'); // no longer on the ASN
    const pallet = await trustScanOutcome(db, station, pallet1.sscc ?? '');
    const [event] = pallet.events.map((r) => r.event);
    expect(event?.type === 'unit.received' && event.schemaVersion === 2 && event.units).toEqual([
      { unitId: pallet1.unitId, sscc: pallet1.sscc },
      { unitId: carton2.unitId, sscc: carton2.sscc },
    ]);
    expect((await db.asns.get(asn.asnId))?.receivedUnitCount).toBe(4);

    expect((await storeImportedAsns(db, [asn]))[0]?.outcome).toBe('unchanged');
    const revised: CanonicalAsn = {
      ...asn,
      version: 3,
      lines: asn.lines.map((l) => (l.lineId === 'LOOSE-L' ? { ...l, quantity: '99' } : l)),
    };
    const [result] = await storeImportedAsns(db, [revised]);
    expect(result).toMatchObject({ outcome: 'revised', version: 3, changes: 1 });
    expect((await db.asns.get(asn.asnId))?.receivedUnitCount).toBe(4);
  });
});

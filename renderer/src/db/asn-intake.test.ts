import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn, gtinFor } from '../../../test/fakes/canonical-asn';
import type { CanonicalAsn } from '../domain/asn/canonical-asn';
import { storeImportedAsns } from './asn-intake';
import type { IntakeProgress } from './prepare-asns';
import { trustScan } from '../receiving/test-support/trust-scan';
import { openDocksideDb, type DocksideDb } from './schema';
import { snapshot } from './test-support/db-snapshot';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const asnA = generateCanonicalAsn('ASN-A', { pallets: 2, cartonsPerPallet: 2, linesPerCarton: 2, items: 3 });
const asnB = generateCanonicalAsn('ASN-B', { pallets: 1, cartonsPerPallet: 1, linesPerCarton: 1, serialBase: 500 });
const [pallet, carton1, carton2] = asnA.units;
const sscc = (u: { sscc?: string } | undefined): string => u?.sscc ?? '';
const at = (iso: string) => () => new Date(iso);
let db: DocksideDb;

beforeEach(() => {
  db = openDocksideDb(`intake-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('storeImportedAsns', () => {
  it('stores a new ASN as version 1, ready to scan by SSCC and find by GTIN', async () => {
    const results = await storeImportedAsns(db, [asnA, asnB], { now: at('2026-11-23T06:00:00Z') });
    expect(results.map((r) => [r.asnId, r.outcome, r.version])).toEqual([
      ['ASN-A', 'added', 1],
      ['ASN-B', 'added', 1],
    ]);
    const row = await db.asns.get('ASN-A');
    expect(row).toMatchObject({ version: 1, unitCount: 6, lineCount: 8, receivedUnitCount: 0, status: 'open' });
    expect(row?.source.format).toBe('x12-856');
    expect(row?.revisions).toHaveLength(1);
    // One row per pallet, holding its cartons: the carton's SSCC finds its pallet's row.
    expect(await db.expectedUnits.count()).toBe(3);
    expect(await db.expectedUnits.where('ssccs').equals(sscc(carton1)).primaryKeys()).toEqual([
      ['ASN-A', pallet?.unitId],
    ]);
    const rows = await db.expectedUnits.where('gtins').equals(gtinFor(0)).toArray();
    expect(rows.flatMap((b) => b.lines).filter((l) => l.gtin === gtinFor(0))).toHaveLength(4); // 3 on ASN-A, 1 on ASN-B
    expect(await db.unitStates.count()).toBe(0);
    expect(await trustScan(db, station, sscc(pallet))).toBe('received');
  });

  it('changes nothing when the same file is imported twice', async () => {
    await storeImportedAsns(db, [asnA, asnB], { now: at('2026-11-23T06:00:00Z') });
    const before = await snapshot(db);
    const again = await storeImportedAsns(db, [asnA, asnB], { now: at('2026-11-23T07:00:00Z') });
    expect(again.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('records a revision with its diff, keeps received units received and flags the conflicts', async () => {
    await storeImportedAsns(db, [asnA], { now: at('2026-11-23T06:00:00Z') });
    await trustScan(db, station, sscc(carton1));
    const [l1, l2] = asnA.lines;
    const revised: CanonicalAsn = {
      ...asnA,
      version: 2,
      units: asnA.units.filter((u) => u.unitId !== carton1?.unitId),
      lines: asnA.lines.filter((l) => l.unitId !== carton1?.unitId).map((l) => ({ ...l, quantity: '1' })),
    };
    const [result] = await storeImportedAsns(db, [revised], { now: at('2026-11-23T08:00:00Z') });
    expect(result).toMatchObject({ outcome: 'revised', version: 2 });
    const row = await db.asns.get('ASN-A');
    expect(row).toMatchObject({ version: 2, senderVersion: 2, unitCount: 5, receivedUnitCount: 0, lineCount: 6 });
    expect(row?.conflicts.map((c) => c.kind)).toEqual([
      'received-unit-removed',
      'count-above-expected',
      'count-above-expected',
    ]);
    expect(row?.conflicts.map((c) => c.lineId)).toEqual([undefined, l1?.lineId, l2?.lineId]);
    expect(row?.revisions.at(-1)?.changes[0]).toBe(`Carton ${sscc(carton1)} removed`);
    const kept = await db.unitStates.get(['ASN-A', carton1?.unitId ?? '']);
    expect(kept).toMatchObject({ status: 'received', removedInVersion: 2, announced: carton1 });
    expect(kept?.counted.map((c) => c.lineId)).toEqual([l1?.lineId, l2?.lineId]);
    const stored = await db.revisions.get(['ASN-A', 2]);
    expect(stored?.diff.units.removed.map((u) => u.unitId)).toEqual([carton1?.unitId]);
    expect(await trustScan(db, station, sscc(carton1))).toBe('refused'); // removed from the ASN, received before
    expect(await trustScan(db, station, sscc(carton2))).toBe('received');
  });

  it('ignores a late older version, so a re-delivery never rolls an ASN back', async () => {
    await storeImportedAsns(db, [{ ...asnA, version: 3 }]);
    const before = await snapshot(db);
    const [result] = await storeImportedAsns(db, [{ ...asnA, version: 2, lines: [] }]);
    expect(result?.outcome).toBe('stale');
    expect(await snapshot(db)).toEqual(before);
  });

  it('marks a cancelled ASN cancelled without deleting its units, flagged when some were received', async () => {
    await storeImportedAsns(db, [asnA]);
    await trustScan(db, station, sscc(carton2));
    const notice: CanonicalAsn = { ...asnA, status: 'cancelled', units: [], lines: [] };
    await storeImportedAsns(db, [notice]);
    const row = await db.asns.get('ASN-A');
    expect(row).toMatchObject({ status: 'cancelled', version: 2, unitCount: 6, lineCount: 8 });
    expect(row?.conflicts.map((c) => c.kind)).toEqual(['cancelled-with-receipts']);
    expect((await db.expectedUnits.toArray()).flatMap((r) => r.units)).toHaveLength(6);
    expect(await trustScan(db, station, sscc(carton1))).toBe('refused'); // cancelled
    expect((await storeImportedAsns(db, [notice]))[0]?.outcome).toBe('unchanged');
  });

  it('reports progress when preparing starts, every 5,000 lines prepared, then writing and stored', async () => {
    const big = generateCanonicalAsn('ASN-BIG', { pallets: 12, cartonsPerPallet: 10, linesPerCarton: 100 });
    const seen: IntakeProgress[] = [];
    await storeImportedAsns(db, [big], { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => `${p.phase}:${p.linesPrepared}`)).toEqual([
      'preparing:0',
      'preparing:5000',
      'preparing:10000',
      'preparing:12000',
      'writing:12000',
      'stored:12000',
    ]);
    expect((await db.asns.get('ASN-BIG'))?.lineCount).toBe(12_000);
  });
});

describe('a failed write', () => {
  it('leaves the database exactly as it was (QuotaExceededError on the second ASN of a file)', async () => {
    let failOn: string | null = null;
    db.use({
      stack: 'dbcore',
      name: 'fail-on-asn',
      create: (core) => ({
        ...core,
        table: (name) => {
          const table = core.table(name);
          return {
            ...table,
            mutate: (req) => {
              const hit = req.type === 'put' && req.values.some((v) => (v as { asnId?: string }).asnId === failOn);
              if (name === 'expectedUnits' && hit) {
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              }
              return table.mutate(req);
            },
          };
        },
      }),
    });
    await storeImportedAsns(db, [asnA]);
    await trustScan(db, station, sscc(carton1));
    const before = await snapshot(db);
    failOn = 'ASN-B';
    const revisedA: CanonicalAsn = { ...asnA, version: 2, lines: asnA.lines.slice(1) };
    await expect(storeImportedAsns(db, [revisedA, asnB])).rejects.toThrow(/quota/);
    expect(await snapshot(db)).toEqual(before);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn, gtinFor } from '../../../test/fakes/canonical-asn';
import type { CanonicalAsn } from '../domain/asn/canonical-asn';
import { boundTables, intakeTables, storeImportedAsns, writePreparedAsns } from './asn-intake';
import { prepareAsns } from './prepare-asns';
import { startExpectedIndex, type LiveExpectedIndex } from './expected-index';
import { openDocksideDb, type DocksideDb } from './schema';

const asnA = generateCanonicalAsn('ASN-A', { pallets: 2, cartonsPerPallet: 3, linesPerCarton: 2, items: 4 });
const asnB = generateCanonicalAsn('ASN-B', { pallets: 1, cartonsPerPallet: 1, linesPerCarton: 1, serialBase: 100 });
const [pallet, carton] = asnA.units;
if (!pallet?.sscc || !carton?.sscc) throw new Error('generated shape changed');
let db: DocksideDb;
let live: LiveExpectedIndex | undefined;

beforeEach(() => {
  db = openDocksideDb(`index-${crypto.randomUUID()}`);
});
afterEach(async () => {
  live?.stop();
  await db.delete();
});

describe('the in-memory scan index', () => {
  it('loads what the station holds: a pallet with its cartons and lines, a GTIN on two ASNs', async () => {
    await storeImportedAsns(db, [asnA, asnB]);
    live = startExpectedIndex(db);
    await live.ready;
    expect(live.index.findSscc(pallet.sscc ?? '')).toEqual([
      {
        asnId: 'ASN-A',
        unitId: pallet.unitId,
        rowUnitId: pallet.unitId,
        kind: 'pallet',
        parentUnitId: null,
        nestedUnits: 3,
        lines: 6,
      },
    ]);
    expect(live.index.findSscc(carton.sscc ?? '')).toMatchObject([
      { rowUnitId: pallet.unitId, kind: 'carton', nestedUnits: 0, lines: 2 },
    ]);
    const hits = live.index.findGtin(gtinFor(0));
    expect(hits.map((h) => h.asnId)).toEqual(['ASN-A', 'ASN-A', 'ASN-A', 'ASN-B']);
    expect(hits[0]).toMatchObject({ unitId: carton.unitId, lineId: '1', quantity: '1', uom: 'EA', lot: 'L0' });
    expect(live.index.findSscc('395060000000999994')).toEqual([]);
    expect(live.index.asnCount).toBe(2);
  });

  it('follows imports and revisions made after it started, including a removed carton', async () => {
    await storeImportedAsns(db, [asnA]);
    live = startExpectedIndex(db);
    await live.ready;
    await storeImportedAsns(db, [asnB]);
    const revised: CanonicalAsn = {
      ...asnA,
      version: 2,
      units: asnA.units.filter((u) => u.unitId !== carton.unitId),
      lines: asnA.lines.filter((l) => l.unitId !== carton.unitId),
    };
    await storeImportedAsns(db, [revised]);
    await live.settled();
    expect(live.index.findSscc(carton.sscc ?? '')).toEqual([]);
    expect(live.index.findSscc(pallet.sscc ?? '')).toMatchObject([{ nestedUnits: 2, lines: 4 }]);
    expect(live.index.findSscc(asnB.units[0]?.sscc ?? '')).toMatchObject([{ asnId: 'ASN-B' }]);
    expect(
      live.index
        .findGtin(gtinFor(0))
        .map((h) => h.asnId)
        .sort(),
    ).toEqual(['ASN-A', 'ASN-A', 'ASN-B']);
  });

  it('keeps a cancelled ASN’s units when the cancellation is a bare notice (scans then say "cancelled")', async () => {
    await storeImportedAsns(db, [asnA]);
    live = startExpectedIndex(db);
    await live.ready;
    await storeImportedAsns(db, [{ ...asnA, version: 2, status: 'cancelled', units: [], lines: [] }]);
    await live.settled();
    expect(live.index.findSscc(carton.sscc ?? '')).toHaveLength(1);
  });

  it('hears imports made by another window of the station, through the BroadcastChannel', async () => {
    live = startExpectedIndex(db);
    await live.ready;
    // Another window writes (no announcement in this one), then announces on the channel as intake does.
    const otherWindow = openDocksideDb(db.name);
    const prepared = await prepareAsns([asnB]);
    await otherWindow.transaction('rw', intakeTables(otherWindow), (tx) =>
      writePreparedAsns(boundTables(tx), prepared, '2026-11-23T08:00:00Z'),
    );
    otherWindow.close();
    expect(live.index.asnCount).toBe(0);
    const channel = new BroadcastChannel('dockside.expected-units');
    channel.postMessage({ dbName: db.name, asnIds: ['ASN-B'] });
    channel.close();
    await expect.poll(() => live?.index.asnCount, { timeout: 2000 }).toBe(1);
    await live.settled();
    expect(live.index.findSscc(asnB.units[0]?.sscc ?? '')).toHaveLength(1);
  });
});

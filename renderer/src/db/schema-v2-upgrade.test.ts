import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAsn } from '../../../test/fakes/sample-asn';
import { receivedContentOf } from '../domain/received-content';
import type { UnitReceived } from '../domain/receiving-event';
import { storeAsnPage } from './asn-store';
import { trustScan, trustScanOutcome } from '../receiving/test-support/trust-scan';
import { openDocksideDb, type DocksideDb, type JournalRow } from './schema';
import { CURRENT_TABLES } from './test-support/current-tables';
import { SCHEMA_V1, type AsnLineRowV1, type AsnRowV1, type LogisticUnitRowV1 } from './schema-v1';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const asn = sampleAsn('ASN-1');
const [pallet, carton1, carton2, carton3, loose] = asn.units;
if (!pallet || !carton1 || !carton2 || !carton3 || !loose) throw new Error('sample shape changed');
const name = `upgrade-${crypto.randomUUID()}`;
let db: DocksideDb | undefined;

afterEach(async () => {
  await db?.delete();
});

/** A station as schema v1 left it: one ASN, carton 1 received (event 1 acknowledged), a cursor. */
async function seedV1(): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const units: LogisticUnitRowV1[] = asn.units.map((u) => ({
    sscc: u.sscc,
    asnId: asn.asnId,
    parentSscc: u.parentSscc,
    type: u.type,
    status: u.sscc === carton1?.sscc ? 'received' : 'expected',
    receivedAt: u.sscc === carton1?.sscc ? '2026-11-23T09:00:00.000Z' : null,
    receivedBySeq: u.sscc === carton1?.sscc ? 1 : null,
  }));
  const lines: AsnLineRowV1[] = asn.lines.map((l) => ({
    asnId: asn.asnId,
    ...l,
    lot: l.lot ?? null,
    expiry: l.expiry ?? null,
  }));
  const row: AsnRowV1 = {
    asnId: asn.asnId,
    version: 3,
    status: 'open',
    supplierName: asn.supplier.name,
    supplierId: asn.supplier.id,
    poNumbers: asn.poNumbers,
    carrierScac: asn.carrier.scac,
    trailer: asn.carrier.trailer,
    seal: asn.carrier.seal ?? null,
    shippedAt: asn.shippedAt,
    expectedArrival: asn.expectedArrival,
    unitCount: units.length,
    receivedUnitCount: 1,
    lineCount: lines.length,
    pulledAt: '2026-11-23T08:00:00Z',
  };
  const event: UnitReceived = {
    eventId: '0190f5a0-0000-7000-8000-000000000001',
    schemaVersion: 1,
    type: 'unit.received',
    station: { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1' },
    seq: 1,
    occurredAt: '2026-11-23T09:00:00.000Z',
    operator: 'ana',
    asnId: asn.asnId,
    asnVersion: 3,
    sscc: carton1?.sscc ?? '',
    units: [carton1?.sscc ?? ''],
    contents: asn.lines.filter((l) => l.sscc === carton1?.sscc).map(receivedContentOf),
  };
  const journal: JournalRow = {
    seq: 1,
    eventId: event.eventId,
    type: event.type,
    asnId: asn.asnId,
    occurredAt: event.occurredAt,
    event,
    syncState: 'acknowledged',
    syncedAt: '2026-11-23T09:00:01.000Z',
    rejection: null,
  };
  await v1.table('asns').put(row);
  await v1.table('logisticUnits').bulkPut(units);
  await v1.table('lines').bulkPut(lines);
  await v1.table('journal').put(journal);
  await v1.table('meta').bulkPut([
    { key: 'erp.asnCursor', value: 'c7' },
    { key: 'station.identity', value: station },
  ]);
  v1.close();
}

describe('schema v1 → v2 → v3 upgrade', () => {
  it('keeps every ASN, unit, line, received state, journal row and setting', async () => {
    await seedV1();
    db = openDocksideDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(CURRENT_TABLES);

    const row = await db.asns.get('ASN-1');
    expect(row).toMatchObject({
      version: 1,
      senderVersion: 3,
      unitCount: 5,
      receivedUnitCount: 1,
      lineCount: 4,
      contentHash: '',
    });
    expect(row?.header.carrier).toEqual({ scac: 'ABCD', trailer: 'TR-1', seals: ['S-1'] });

    const received = await db.unitStates.get(['ASN-1', carton1.sscc]);
    expect(received).toMatchObject({ status: 'received', receivedBySeq: 1 });
    expect(received?.announced).toMatchObject({ parentUnitId: pallet.sscc, kind: 'carton' });
    expect(received?.counted).toEqual([{ lineId: 'ASN-1-L1', quantity: '12' }]);
    expect(await db.unitStates.count()).toBe(1);
    expect(await db.expectedUnits.where('ssccs').equals(loose.sscc).count()).toBe(1);

    const rows = await db.expectedUnits.toArray();
    expect(rows.flatMap((b) => b.lines.map((l) => l.lineId)).sort()).toEqual(asn.lines.map((l) => l.lineId).sort());
    expect(rows.flatMap((r) => r.units)).toHaveLength(5);
    expect(
      await db.expectedUnits
        .where('gtins')
        .equals(asn.lines[0]?.gtin ?? '')
        .count(),
    ).toBe(2); // the pallet's row (3 lines in its cartons) and the loose carton's row

    expect(await db.journal.toArray()).toHaveLength(1);
    expect((await db.meta.get('erp.asnCursor'))?.value).toBe('c7');
    expect((await db.meta.get('station.identity'))?.value).toEqual(station);
  });

  it('receives migrated units, and the next pull of the same ASN fills the hash without a revision', async () => {
    await seedV1();
    db = openDocksideDb(name);
    expect(await trustScan(db, station, carton1.sscc)).toBe('duplicate');
    const outcome = await trustScanOutcome(db, station, pallet.sscc);
    // Event 1 is the migrated receipt of carton 1, event 2 the arrival this test recorded.
    expect(outcome.events.map((r) => r.event)).toMatchObject([
      {
        type: 'unit.received',
        seq: 3,
        asnVersion: 3,
        units: [{ sscc: pallet.sscc }, { sscc: carton2.sscc }, { sscc: carton3.sscc }],
      },
    ]);
    const [result] = await storeAsnPage(db, [{ ...asn, version: 3 }], 'c8', '2026-11-23T10:00:00Z');
    expect(result).toMatchObject({ outcome: 'unchanged', version: 1 });
    const row = await db.asns.get('ASN-1');
    expect(row?.contentHash).not.toBe('');
    expect(row?.revisions).toHaveLength(1);
    expect(row?.receivedUnitCount).toBe(4);
    expect((await storeAsnPage(db, [{ ...asn, version: 3 }], 'c9', '2026-11-23T11:00:00Z'))[0]?.outcome).toBe(
      'unchanged',
    );
  });
});

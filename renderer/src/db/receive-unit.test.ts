import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAsn } from '../../../test/fakes/sample-asn';
import { storeAsnPage } from './asn-store';
import { pendingEvents } from './journal-store';
import { receiveUnit } from './receive-unit';
import { openDocksideDb, type DocksideDb } from './schema';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
let db: DocksideDb;

beforeEach(async () => {
  db = openDocksideDb(`test-${crypto.randomUUID()}`);
  await storeAsnPage(db, [sampleAsn('ASN-1')], 'c1', '2026-11-23T08:00:00Z');
});
afterEach(async () => {
  await db.delete();
});

describe('receiveUnit', () => {
  it('journals one event and marks a carton received in the same transaction', async () => {
    const carton = sampleAsn('ASN-1').units[1]?.sscc ?? '';
    const outcome = await receiveUnit(db, station, carton, () => new Date('2026-11-23T09:00:00Z'));
    expect(outcome.kind).toBe('received');
    if (outcome.kind !== 'received') return;
    expect(outcome.event).toMatchObject({
      seq: 1,
      type: 'unit.received',
      asnId: 'ASN-1',
      sscc: carton,
      operator: 'ana',
      station: { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1' },
      occurredAt: '2026-11-23T09:00:00.000Z',
      units: [carton],
    });
    expect(outcome.event.contents).toHaveLength(1);
    expect(outcome.event.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect((await db.unitStates.get(['ASN-1', carton]))?.status).toBe('received');
    expect((await db.asns.get('ASN-1'))?.receivedUnitCount).toBe(1);
    expect(await pendingEvents(db, 10)).toEqual([outcome.event]);
  });

  it('receives a pallet with its nested cartons and numbers events without gaps', async () => {
    const asn = sampleAsn('ASN-1');
    const [pallet, firstCarton] = asn.units;
    const one = await receiveUnit(db, station, firstCarton?.sscc ?? '');
    const two = await receiveUnit(db, station, pallet?.sscc ?? '');
    expect(one.kind === 'received' && one.event.seq).toBe(1);
    expect(two.kind).toBe('received');
    if (two.kind !== 'received') return;
    expect(two.event.seq).toBe(2);
    // The carton received first is not received again with its pallet.
    expect(two.event.units).toEqual([pallet?.sscc, asn.units[2]?.sscc, asn.units[3]?.sscc]);
    expect(two.event.contents).toHaveLength(2);
    expect((await db.asns.get('ASN-1'))?.receivedUnitCount).toBe(4);
  });

  it('names an unknown SSCC and writes nothing', async () => {
    const outcome = await receiveUnit(db, station, '395060000000999994');
    expect(outcome).toEqual({ kind: 'unknown-sscc', sscc: '395060000000999994' });
    expect(await db.journal.count()).toBe(0);
  });

  it('catches a second scan of a unit already received without writing another event', async () => {
    const carton = sampleAsn('ASN-1').units[1]?.sscc ?? '';
    await receiveUnit(db, station, carton);
    const again = await receiveUnit(db, station, carton);
    expect(again.kind).toBe('already-received');
    expect(await db.journal.count()).toBe(1);
  });

  it('refuses units of a cancelled ASN', async () => {
    await storeAsnPage(db, [{ ...sampleAsn('ASN-1'), version: 2, status: 'cancelled' }], 'c2', '2026-11-23T08:05:00Z');
    const carton = sampleAsn('ASN-1').units[1]?.sscc ?? '';
    expect((await receiveUnit(db, station, carton)).kind).toBe('asn-cancelled');
    expect(await db.journal.count()).toBe(0);
  });

  it('keeps received units received when the ERP sends the ASN again', async () => {
    const carton = sampleAsn('ASN-1').units[1]?.sscc ?? '';
    await receiveUnit(db, station, carton);
    await storeAsnPage(db, [sampleAsn('ASN-1')], 'c2', '2026-11-23T08:05:00Z');
    expect((await db.unitStates.get(['ASN-1', carton]))?.status).toBe('received');
    expect((await db.asns.get('ASN-1'))?.receivedUnitCount).toBe(1);
  });
});

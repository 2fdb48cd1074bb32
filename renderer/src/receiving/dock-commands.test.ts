import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn, ssccFor } from '../../../test/fakes/canonical-asn';
import { storeImportedAsns } from '../db/asn-intake';
import { openDocksideDb, type DocksideDb } from '../db/schema';
import { snapshot } from '../db/test-support/db-snapshot';
import { ReceivingEvent } from '../domain/receiving-event';
import {
  approveSeal,
  closeReceipt,
  putAwayAt,
  receiveSscc,
  recordArrival,
  undoLast,
  type DockDeps,
} from './dock-commands';
import { checkSupervisor, setSupervisorPin } from './supervisors';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const asn = generateCanonicalAsn('ASN-R', { pallets: 2, cartonsPerPallet: 2, linesPerCarton: 2, items: 3 });
const [pallet1, carton1, carton2, pallet2] = asn.units;
if (!pallet1?.sscc || !carton1?.sscc || !carton2?.sscc || !pallet2?.sscc) throw new Error('generated shape changed');
let db: DocksideDb;
let deps: DockDeps;
let clock = 0;

beforeEach(async () => {
  db = openDocksideDb(`dock-${crypto.randomUUID()}`);
  clock = 0;
  deps = { db, station, now: () => new Date(Date.UTC(2026, 10, 23, 9, 0, clock++)) };
  await storeImportedAsns(db, [asn]);
});
afterEach(async () => {
  await db.delete();
});

const texts = (o: { announcements: readonly { text: string }[] }) => o.announcements.map((a) => a.text).join(' | ');
const types = async () => (await db.journal.orderBy('seq').toArray()).map((r) => r.type);
const arrive = () => recordArrival(deps, 'ASN-R', { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: true });

describe('dock commands', () => {
  it('refuses to receive before the arrival is recorded, and writes nothing', async () => {
    const before = await snapshot(db);
    const outcome = await receiveSscc(deps, pallet1.sscc ?? '');
    expect(texts(outcome)).toMatch(/Record the arrival of ASN-R first/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('receives a pallet with its cartons as one v2 event after the arrival, and shows progress', async () => {
    const arrival = await arrive();
    expect(arrival.events.map((e) => e.type)).toEqual(['receipt.arrived']);
    expect(await db.receipts.get('ASN-R')).toMatchObject({ status: 'receiving', trailer: 'TR-9', seal: 'intact' });

    const outcome = await receiveSscc(deps, pallet1.sscc ?? '');
    expect(outcome.announcements[0]?.tone).toBe('success');
    const [event] = outcome.events.map((r) => r.event);
    expect(event).toMatchObject({
      type: 'unit.received',
      schemaVersion: 2,
      mode: 'trust',
      asnId: 'ASN-R',
      seq: 2,
      unit: { unitId: pallet1.unitId, sscc: pallet1.sscc },
      units: [{ sscc: pallet1.sscc }, { sscc: carton1.sscc }, { sscc: carton2.sscc }],
    });
    expect(event?.type === 'unit.received' && event.schemaVersion === 2 && event.contents).toHaveLength(4);
    expect(ReceivingEvent.safeParse(event).success).toBe(true);
    expect(await db.receipts.get('ASN-R')).toMatchObject({ receivedUnits: 3, expectedUnits: 6 });
    expect((await db.asns.get('ASN-R'))?.receivedUnitCount).toBe(3);
    expect((await db.unitStates.get(['ASN-R', pallet1.unitId]))?.stage).toBe('awaiting-putaway');
    expect((await db.unitStates.get(['ASN-R', carton1.unitId]))?.stage).toBe('with-parent');
  });

  it('catches a second scan of a received carton as a duplicate-scan discrepancy, receiving nothing again', async () => {
    await arrive();
    await receiveSscc(deps, pallet1.sscc ?? '');
    const again = await receiveSscc(deps, carton1.sscc ?? '');
    expect(again.announcements[0]?.tone).not.toBe('success');
    expect(again.events.map((r) => r.event)).toMatchObject([{ type: 'discrepancy.recorded', code: 'duplicate-scan' }]);
    expect((await db.asns.get('ASN-R'))?.receivedUnitCount).toBe(3);
    expect(await db.discrepancies.count()).toBe(1);
  });

  it('puts away: a wrong zone is caught, the right one records where', async () => {
    await arrive();
    await receiveSscc(deps, pallet1.sscc ?? '');
    const wrong = await putAwayAt(deps, 'Q-01-01');
    expect(wrong.announcements[0]).toMatchObject({ tone: 'error' });
    expect(wrong.events).toEqual([]);
    const right = await putAwayAt(deps, 'A-01-02');
    expect(right.events.map((r) => r.event)).toMatchObject([
      { type: 'unit.put-away', actualLocation: 'A-01-02', suggestedLocation: 'A', unit: { unitId: pallet1.unitId } },
    ]);
    expect(await db.unitStates.get(['ASN-R', pallet1.unitId])).toMatchObject({ stage: 'stored', location: 'A-01-02' });
    expect(texts(await putAwayAt(deps, 'A-01-03'))).toMatch(/Nothing is waiting to be put away/);
  });

  it('undoes a putaway, then a receipt, with compensating events, never deleting one', async () => {
    await arrive();
    const received = await receiveSscc(deps, pallet1.sscc ?? '');
    const putAway = await putAwayAt(deps, 'A-01-02');
    const undoPutaway = await undoLast(deps);
    expect(undoPutaway.events.map((r) => r.event)).toMatchObject([
      { type: 'event.reversed', reversedEventId: putAway.events[0]?.eventId, cause: 'operator-undo' },
    ]);
    expect((await db.unitStates.get(['ASN-R', pallet1.unitId]))?.stage).toBe('awaiting-putaway');
    expect(texts(await undoLast(deps))).toMatch(/nothing to undo/i);

    await receiveSscc(deps, pallet2.sscc ?? '');
    const undoReceipt = await undoLast(deps);
    expect(undoReceipt.events.map((r) => r.type)).toEqual(['event.reversed']);
    expect(await db.unitStates.get(['ASN-R', pallet2.unitId])).toBeUndefined();
    expect((await db.asns.get('ASN-R'))?.receivedUnitCount).toBe(3);
    expect((await db.receipts.get('ASN-R'))?.receivedUnits).toBe(3);
    expect(received.events).toHaveLength(1);
    expect(await types()).toEqual([
      'receipt.arrived',
      'unit.received',
      'unit.put-away',
      'event.reversed',
      'unit.received',
      'event.reversed',
    ]);
    // The undone pallet can be received again, as a new event.
    expect((await receiveSscc(deps, pallet2.sscc ?? '')).events.map((r) => r.type)).toEqual(['unit.received']);
  });

  it('closes a receipt: what never arrived is recorded missing, then the receipt is closed', async () => {
    await arrive();
    await receiveSscc(deps, pallet1.sscc ?? '');
    const closed = await closeReceipt(deps, 'ASN-R');
    const events = closed.events.map((r) => r.event);
    expect(events.map((e) => e.type)).toEqual(['discrepancy.recorded', 'receipt.closed']);
    expect(events[0]).toMatchObject({ code: 'missing-unit', unit: { unitId: pallet2.unitId } });
    expect(events[1]).toMatchObject({
      summary: { unitsExpected: 6, unitsReceived: 3, missingUnitIds: [pallet2.unitId] },
    });
    expect((await db.receipts.get('ASN-R'))?.status).toBe('closed');
    expect(texts(await receiveSscc(deps, pallet2.sscc ?? ''))).not.toBe('');
    expect((await receiveSscc(deps, pallet2.sscc ?? '')).events).toEqual([]);
  });

  it('records a stray SSCC against the receipt open at this door, and catches it scanned again', async () => {
    const stray = ssccFor(999);
    const before = await snapshot(db);
    expect(texts(await receiveSscc(deps, stray))).toMatch(/not on any ASN at this station/);
    expect(await snapshot(db)).toEqual(before);
    await arrive();
    const first = await receiveSscc(deps, stray);
    expect(first.events.map((r) => r.event)).toMatchObject([
      { type: 'unit.unexpected', reason: 'not-on-asn', unit: { unitId: stray, sscc: stray }, asnId: 'ASN-R' },
      { type: 'discrepancy.recorded', code: 'unexpected-unit', unit: { sscc: stray } },
    ]);
    const again = await receiveSscc(deps, stray);
    expect(again.events.map((r) => r.event)).toMatchObject([{ type: 'discrepancy.recorded', code: 'duplicate-scan' }]);
  });

  it('holds a trailer with a broken seal until a supervisor approves it by PIN, then receives', async () => {
    await setSupervisorPin(db, 'sup-1', '2468', { iterations: 1_000 });
    const arrival = await recordArrival(deps, 'ASN-R', { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: false });
    expect(arrival.events.map((r) => r.event)).toMatchObject([
      { type: 'receipt.arrived', seals: [{ number: 'S-9', intact: false }] },
      { type: 'discrepancy.recorded', code: 'seal-broken', liability: 'carrier' },
    ]);
    expect((await db.receipts.get('ASN-R'))?.status).toBe('awaiting-seal-approval');
    expect((await receiveSscc(deps, pallet1.sscc ?? '')).events).toEqual([]);

    const wrong = await checkSupervisor(db, { kind: 'pin', supervisorId: 'sup-1', pin: '1111' });
    expect(wrong.approved).toBe(false);
    const right = await checkSupervisor(db, { kind: 'pin', supervisorId: 'sup-1', pin: '2468' });
    if (!right.approved) throw new Error(right.message);
    const approved = await approveSeal(
      deps,
      'ASN-R',
      { supervisorId: right.supervisorId, method: right.method },
      'Seal cut by customs; paperwork seen',
    );
    expect(approved.events.map((r) => r.event)).toMatchObject([
      {
        type: 'discrepancy.approved',
        discrepancyEventId: arrival.events[1]?.eventId,
        approvedBy: { supervisorId: 'sup-1', method: 'pin' },
      },
    ]);
    expect((await db.discrepancies.toArray()).map((d) => d.status)).toEqual(['approved']);
    expect((await db.receipts.get('ASN-R'))?.status).toBe('receiving');
    expect((await receiveSscc(deps, pallet1.sscc ?? '')).events.map((r) => r.type)).toEqual(['unit.received']);
  });

  it('keeps the station unchanged when a command fails half way (the journal refuses the write)', async () => {
    await arrive();
    const before = await snapshot(db);
    // Middleware joins a connection before it opens: a second connection to the same database, failing journal.
    const failing = openDocksideDb(db.name);
    failing.use({
      stack: 'dbcore',
      name: 'fail-journal',
      create: (core) => ({
        ...core,
        table: (name) => {
          const table = core.table(name);
          return name !== 'journal'
            ? table
            : {
                ...table,
                mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
              };
        },
      }),
    });
    await expect(receiveSscc({ ...deps, db: failing }, pallet1.sscc ?? '')).rejects.toThrow(/quota/);
    failing.close();
    expect(await snapshot(db)).toEqual(before);
  });

  it('resumes after a restart exactly where it was: a new connection continues the same receipt', async () => {
    await arrive();
    await receiveSscc(deps, pallet1.sscc ?? '');
    db.close();
    const reopened = openDocksideDb(db.name);
    const after = { ...deps, db: reopened };
    expect((await receiveSscc(after, carton1.sscc ?? '')).events.map((r) => r.type)).toEqual(['discrepancy.recorded']);
    expect((await receiveSscc(after, pallet2.sscc ?? '')).events.map((r) => r.type)).toEqual(['unit.received']);
    expect((await reopened.receipts.get('ASN-R'))?.receivedUnits).toBe(6);
    const seqs = (await reopened.journal.orderBy('seq').toArray()).map((r) => r.seq);
    expect(seqs).toEqual([1, 2, 3, 4]);
    reopened.close();
    db = openDocksideDb(db.name);
  });
});

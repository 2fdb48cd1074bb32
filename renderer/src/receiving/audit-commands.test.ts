import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn, gtinFor } from '../../../test/fakes/canonical-asn';
import { storeImportedAsns } from '../db/asn-intake';
import { openDocksideDb, type DocksideDb } from '../db/schema';
import { ReceivingEvent } from '../domain/receiving-event';
import {
  approveCount,
  captureKeyed,
  captureScan,
  confirmKeyed,
  finishCount,
  setReceivingMode,
  unitBeingCounted,
  type AuditDeps,
} from './audit-commands';
import { closeReceipt, receiveSscc, recordArrival } from './dock-commands';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
// Carton 1 holds line 1 (GTIN 0, 1 EA) and line 2 (GTIN 1, 2 EA).
const asn = generateCanonicalAsn('ASN-C', { pallets: 1, cartonsPerPallet: 2, linesPerCarton: 2, items: 3 });
const carton1 = asn.units[1];
if (!carton1?.sscc) throw new Error('generated shape changed');
let db: DocksideDb;
let deps: AuditDeps;

beforeEach(async () => {
  db = openDocksideDb(`audit-${crypto.randomUUID()}`);
  deps = { db, station };
  await storeImportedAsns(db, [asn]);
  await recordArrival(deps, 'ASN-C', { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: true });
  await setReceivingMode(deps, 'ASN-C', 'audit');
});
afterEach(async () => {
  await db.delete();
});

const eventsOf = (o: { events: readonly { event: ReceivingEvent }[] }) => o.events.map((r) => r.event);

describe('audit receiving', () => {
  it('counts a carton by scan and keyed quantity; a shortage outside tolerance waits for a supervisor', async () => {
    const opened = await receiveSscc(deps, carton1.sscc ?? '');
    expect(eventsOf(opened)).toMatchObject([{ type: 'unit.received', mode: 'audit', contents: [] }]);
    expect((await unitBeingCounted(db))?.unitId).toBe(carton1.unitId);

    expect((await captureScan(deps, `]C101${gtinFor(0)}`)).events).toEqual([]); // captures stay in the machine
    await captureKeyed(deps, gtinFor(1), '1');
    const finished = await finishCount(deps);
    expect(eventsOf(finished)).toMatchObject([
      {
        type: 'discrepancy.recorded',
        code: 'short',
        lineId: '2',
        expected: { quantity: '2', uom: 'EA' },
        actual: { quantity: '1', uom: 'EA' },
        withinTolerance: false,
      },
    ]);
    expect((await unitBeingCounted(db))?.unitId).toBe(carton1.unitId);
    expect((await db.receipts.get('ASN-C'))?.openDiscrepancies).toBe(1);
    const early = await closeReceipt(deps, 'ASN-C');
    expect(early.announcements[0]?.text).toMatch(/1 discrepancy waits for a supervisor before ASN-C can close/);
    expect(early.events).toEqual([]);
    expect((await db.receipts.get('ASN-C'))?.status).toBe('receiving');

    const approved = await approveCount(deps, { supervisorId: 'sup-1', method: 'pin' }, 'Short confirmed on the dock');
    const events = eventsOf(approved);
    expect(events.map((e) => e.type)).toEqual(['discrepancy.approved', 'unit.counted']);
    expect(events[0]).toMatchObject({ discrepancyEventId: finished.events[0]?.eventId });
    expect(events[1]).toMatchObject({
      mode: 'audit',
      unit: { unitId: carton1.unitId },
      contents: [
        { lineId: '1', quantity: '1', items: [{ qualifier: 'gtin', value: gtinFor(0) }] },
        { lineId: '2', quantity: '1' },
      ],
    });
    for (const e of events) expect(ReceivingEvent.safeParse(e).success).toBe(true);
    expect(await unitBeingCounted(db)).toBeNull();
    expect((await db.unitStates.get(['ASN-C', carton1.unitId]))?.stage).toBe('awaiting-putaway');
    expect((await db.receipts.get('ASN-C'))?.openDiscrepancies).toBe(0);
  });

  it('asks to confirm an implausible keyed quantity, and an exact count is accepted at once', async () => {
    await receiveSscc(deps, carton1.sscc ?? '');
    const doubtful = await captureKeyed(deps, gtinFor(0), '100');
    expect(doubtful.announcements[0]?.tone).not.toBe('success');
    const refused = await captureKeyed(deps, gtinFor(0), '1.5');
    expect(refused.announcements[0]?.tone).toBe('error');
    await confirmKeyed(deps);
    // 100 of line 1 (1 expected) is over: with a 200-unit absolute tolerance it is accepted and recorded.
    await captureKeyed(deps, gtinFor(1), '2');
    const finished = await finishCount({
      ...deps,
      stationTolerance: { short: { outside: 'approve' }, over: { absolute: '200', outside: 'approve' } },
    });
    expect(
      eventsOf(finished).map((e) => [e.type, e.type === 'discrepancy.recorded' ? e.withinTolerance : null]),
    ).toEqual([
      ['discrepancy.recorded', true],
      ['unit.counted', null],
    ]);
  });

  it('refuses captures when no unit is open and a GTIN that is not on the unit is flagged as wrong item', async () => {
    expect((await captureKeyed(deps, gtinFor(0), '1')).announcements[0]?.text).toMatch(/No unit is open/);
    await receiveSscc(deps, carton1.sscc ?? '');
    const wrong = await captureScan(deps, `]C101${gtinFor(2)}`);
    expect(eventsOf(wrong)).toMatchObject([{ type: 'discrepancy.recorded', code: 'wrong-item' }]);
  });
});

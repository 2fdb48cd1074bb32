import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn } from '../../../test/fakes/canonical-asn';
import { storeImportedAsns } from '../db/asn-intake';
import { openDocksideDb, type DocksideDb } from '../db/schema';
import { ReceivingEvent } from '../domain/receiving-event';
import { putAwayAt, receiveSscc, recordArrival, unitAwaitingPutaway, type DockDeps } from './dock-commands';
import { decideQuarantine, keepPhoto, recordInspection, unitAwaitingInspection } from './inspection-commands';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const asn = generateCanonicalAsn('ASN-I', { pallets: 2, cartonsPerPallet: 1, linesPerCarton: 1, items: 2 });
const [pallet1, , pallet2] = asn.units;
if (!pallet1?.sscc || !pallet2?.sscc) throw new Error('generated shape changed');
let db: DocksideDb;
let deps: DockDeps;

beforeEach(async () => {
  db = openDocksideDb(`inspect-${crypto.randomUUID()}`);
  deps = {
    db,
    station,
    inspectionRules: [{ ruleId: 'all', sample: { kind: 'every-unit' }, checklistId: 'standard' }],
  };
  await storeImportedAsns(db, [asn]);
  await recordArrival(deps, 'ASN-I', { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: true });
});
afterEach(async () => {
  await db.delete();
});

const eventsOf = (o: { events: readonly { event: ReceivingEvent }[] }) => o.events.map((r) => r.event);

describe('inspection and quarantine', () => {
  it('inspects a unit the rules pick; a pass sends it to stock putaway', async () => {
    await receiveSscc(deps, pallet1.sscc ?? '');
    expect((await unitAwaitingInspection(db))?.unitId).toBe(pallet1.unitId);
    const passed = await recordInspection(deps, { checks: [{ checkId: 'label', passed: true }], damage: null });
    expect(eventsOf(passed)).toMatchObject([{ type: 'unit.inspected', result: 'pass', damage: [] }]);
    expect((await unitAwaitingPutaway(db))?.suggestedLocation).toBe('A');
  });

  it('quarantines a damaged unit with its photo, puts it in the quarantine zone, and a supervisor releases it', async () => {
    await receiveSscc(deps, pallet2.sscc ?? '');
    const photo = await keepPhoto(db, new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), {
      receiptId: 'ASN-I',
      unitId: pallet2.unitId,
    });
    const failed = await recordInspection(deps, {
      checks: [{ checkId: 'label', passed: true }],
      damage: { reason: 'crushed', photoIds: [photo.photoId] },
    });
    const events = eventsOf(failed);
    expect(events.map((e) => e.type)).toEqual(['unit.inspected', 'discrepancy.recorded', 'unit.quarantined']);
    expect(events[0]).toMatchObject({
      result: 'fail',
      damage: [{ reason: 'crushed', photos: [{ attachmentId: photo.photoId, sha256: photo.sha256, sizeBytes: 3 }] }],
    });
    expect(photo.sha256).toBe('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
    expect(events[1]).toMatchObject({ code: 'damaged', liability: 'carrier' });
    expect(events[2]).toMatchObject({ inspectionEventId: failed.events[0]?.eventId });
    for (const e of events) expect(ReceivingEvent.safeParse(e).success).toBe(true);

    expect((await putAwayAt(deps, 'A-01-01')).announcements[0]?.tone).toBe('error');
    expect(eventsOf(await putAwayAt(deps, 'Q-01'))).toMatchObject([{ type: 'unit.put-away', actualLocation: 'Q-01' }]);
    expect((await db.unitStates.get(['ASN-I', pallet2.unitId]))?.stage).toBe('quarantine-stored');

    const released = await decideQuarantine(
      deps,
      { asnId: 'ASN-I', unitId: pallet2.unitId },
      {
        disposition: 'release-to-stock',
        reason: 'Outer wrap only',
        supervisor: { supervisorId: 'sup-1', method: 'pin' },
      },
    );
    expect(eventsOf(released)).toMatchObject([
      {
        type: 'quarantine.disposed',
        disposition: 'release-to-stock',
        quarantineEventId: failed.events[2]?.eventId,
        approvedBy: { supervisorId: 'sup-1' },
      },
    ]);
    expect(await db.unitStates.get(['ASN-I', pallet2.unitId])).toMatchObject({
      stage: 'awaiting-putaway',
      suggestedLocation: 'A',
      location: null,
    });
  });
});

import { uuidv7 } from 'uuidv7';
import { receivedContentOf } from '../domain/received-content';
import type { UnitReceived } from '../domain/receiving-event';
import type { StationIdentity } from '../domain/station-records';
import type { DocksideDb, LogisticUnitRow } from './schema';

/**
 * Trust receiving of one scanned SSCC: the unit and every unit nested in it are marked received, with the
 * contents the ASN declares. The event and the projection it changes commit in ONE transaction, so the
 * journal (the outbox) and what the screen shows can never disagree, even if the page dies mid-write.
 */
export type ReceiveOutcome =
  | { readonly kind: 'received'; readonly event: UnitReceived; readonly unit: LogisticUnitRow; readonly asnId: string }
  | { readonly kind: 'unknown-sscc'; readonly sscc: string }
  | { readonly kind: 'already-received'; readonly sscc: string; readonly receivedAt: string; readonly asnId: string }
  | { readonly kind: 'asn-cancelled'; readonly sscc: string; readonly asnId: string };

export async function receiveUnit(
  db: DocksideDb,
  station: StationIdentity,
  sscc: string,
  now: () => Date = () => new Date(),
): Promise<ReceiveOutcome> {
  return db.transaction('rw', [db.asns, db.logisticUnits, db.lines, db.journal], async () => {
    const unit = await db.logisticUnits.get(sscc);
    if (!unit) return { kind: 'unknown-sscc', sscc };
    if (unit.status === 'received') {
      return { kind: 'already-received', sscc, receivedAt: unit.receivedAt ?? '', asnId: unit.asnId };
    }
    const asn = await db.asns.get(unit.asnId);
    if (!asn || asn.status === 'cancelled') return { kind: 'asn-cancelled', sscc, asnId: unit.asnId };

    const units = await unitWithDescendants(db, unit);
    const pending = units.filter((u) => u.status === 'expected');
    const lines = await db.lines
      .where('sscc')
      .anyOf(pending.map((u) => u.sscc))
      .toArray();
    const last = await db.journal.orderBy('seq').last();
    const seq = (last?.seq ?? 0) + 1;
    const occurredAt = now().toISOString();

    const event: UnitReceived = {
      eventId: uuidv7(),
      schemaVersion: 1,
      type: 'unit.received',
      station: { siteId: station.siteId, stationId: station.stationId, dockDoor: station.dockDoor },
      seq,
      occurredAt,
      operator: station.operator,
      asnId: asn.asnId,
      asnVersion: asn.version,
      sscc,
      units: pending.map((u) => u.sscc),
      contents: lines.filter((l) => l.asnId === asn.asnId).map(receivedContentOf),
    };
    await db.journal.add({
      seq,
      eventId: event.eventId,
      type: event.type,
      asnId: event.asnId,
      occurredAt,
      event,
      syncState: 'pending',
      syncedAt: null,
      rejection: null,
    });
    await db.logisticUnits.bulkPut(
      pending.map((u) => ({ ...u, status: 'received' as const, receivedAt: occurredAt, receivedBySeq: seq })),
    );
    await db.asns.update(asn.asnId, { receivedUnitCount: asn.receivedUnitCount + pending.length });
    return { kind: 'received', event, unit, asnId: asn.asnId };
  });
}

/** The scanned unit first, then its nested units breadth-first (a pallet's cartons, their inner packs, ...). */
async function unitWithDescendants(db: DocksideDb, root: LogisticUnitRow): Promise<LogisticUnitRow[]> {
  const all = [root];
  let frontier = [root.sscc];
  while (frontier.length > 0) {
    const children = await db.logisticUnits.where('parentSscc').anyOf(frontier).toArray();
    const fresh = children.filter((c) => !all.some((u) => u.sscc === c.sscc));
    all.push(...fresh);
    frontier = fresh.map((c) => c.sscc);
  }
  return all;
}

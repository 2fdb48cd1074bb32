import { uuidv7 } from 'uuidv7';
import type { AsnLine, AsnLogisticUnit } from '../domain/asn/canonical-asn';
import { ReceivedContent, type UnitReceived } from '../domain/receiving-event';
import type { StationIdentity } from '../domain/station-records';
import { withState } from './asn-rows';
import type { DocksideDb, UnitRow, UnitStateRow } from './schema';

/**
 * Trust receiving of one scanned SSCC: the unit and every unit nested in it are marked received, with the
 * contents the ASN declares. The event and the projection it changes commit in ONE transaction, so the
 * journal (the outbox) and what the screen shows can never disagree, even if the page dies mid-write.
 */
export type ReceiveOutcome =
  | { readonly kind: 'received'; readonly event: UnitReceived; readonly unit: UnitRow; readonly asnId: string }
  | { readonly kind: 'unknown-sscc'; readonly sscc: string }
  | { readonly kind: 'already-received'; readonly sscc: string; readonly receivedAt: string; readonly asnId: string }
  | { readonly kind: 'asn-cancelled'; readonly sscc: string; readonly asnId: string };

export async function receiveUnit(
  database: DocksideDb,
  station: StationIdentity,
  sscc: string,
  now: () => Date = () => new Date(),
): Promise<ReceiveOutcome> {
  const { asns, expectedUnits, unitStates, journal } = database;
  return database.transaction('rw', [asns, expectedUnits, unitStates, journal], async (tx) => {
    // Tables bound to this transaction: the event and the projection cannot end up in different ones.
    const db = {
      asns: tx.table('asns') as DocksideDb['asns'],
      expectedUnits: tx.table('expectedUnits') as DocksideDb['expectedUnits'],
      unitStates: tx.table('unitStates') as DocksideDb['unitStates'],
      journal: tx.table('journal') as DocksideDb['journal'],
    };
    const candidates = (await db.expectedUnits.where('ssccs').equals(sscc).toArray()).flatMap((row) =>
      row.units.filter((u) => u.sscc === sscc).map((unit) => ({ row, unit })),
    );
    const states = await db.unitStates.bulkGet(candidates.map((c): [string, string] => [c.row.asnId, c.unit.unitId]));
    // One SSCC may be announced on more than one ASN (a supplier re-using labels, or a corrected ASN under a new
    // id): a scan lands where the unit is still expected.
    const expectedAt = candidates.findIndex((_, i) => states[i] === undefined);
    const picked = candidates[expectedAt];
    if (!picked) {
      const done = states.find((s) => s !== undefined) ?? (await db.unitStates.where('sscc').equals(sscc).first());
      if (!done) return { kind: 'unknown-sscc', sscc };
      return { kind: 'already-received', sscc, receivedAt: done.receivedAt, asnId: done.asnId };
    }
    const { row, unit } = picked;
    const asn = await db.asns.get(row.asnId);
    if (!asn || asn.status === 'cancelled') return { kind: 'asn-cancelled', sscc, asnId: row.asnId };

    const tree = unitWithDescendants(row.units, unit);
    const treeStates = await db.unitStates.bulkGet(tree.map((u): [string, string] => [asn.asnId, u.unitId]));
    const pending = tree.filter((_, i) => treeStates[i] === undefined);
    const pendingIds = new Set(pending.map((u) => u.unitId));
    const linesOf = new Map<string, AsnLine[]>();
    for (const line of row.lines) {
      if (line.unitId === null || !pendingIds.has(line.unitId)) continue;
      const lines = linesOf.get(line.unitId);
      if (lines) lines.push(line);
      else linesOf.set(line.unitId, [line]);
    }
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
      asnVersion: asn.senderVersion,
      sscc,
      // Event v1 names units by SSCC only: nested units without one are received in the projection, not listed.
      units: pending.flatMap((u) => (u.sscc === undefined ? [] : [u.sscc])),
      contents: pending.flatMap((u) => contentsOf(u, linesOf.get(u.unitId) ?? [])),
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
    await db.unitStates.bulkAdd(
      pending.map((u): UnitStateRow => ({
        asnId: asn.asnId,
        unitId: u.unitId,
        ...(u.sscc === undefined ? {} : { sscc: u.sscc }),
        status: 'received',
        receivedAt: occurredAt,
        receivedBySeq: seq,
        counted: (linesOf.get(u.unitId) ?? []).map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
        removedInVersion: null,
        announced: u,
        stage: u.unitId === unit.unitId ? 'awaiting-putaway' : 'with-parent',
        suggestedLocation: null,
        location: null,
      })),
    );
    await db.asns.update(asn.asnId, { receivedUnitCount: asn.receivedUnitCount + pending.length });
    return { kind: 'received', event, unit: withState(asn.asnId, unit, undefined), asnId: asn.asnId };
  });
}

/**
 * What a trust receipt records for the unit's lines. The v1 event contract needs a PO, PO line, SSCC and a
 * valid GTIN per content line; lines from partner files without them stay counted on the unit row (and so in
 * revision conflicts) but cannot travel in a v1 event.
 */
function contentsOf(unit: AsnLogisticUnit, lines: readonly AsnLine[]): ReceivedContent[] {
  return lines.flatMap((line) => {
    const parsed = ReceivedContent.safeParse({
      lineId: line.lineId,
      poNumber: line.poNumber,
      poLine: line.poLine,
      sscc: unit.sscc,
      gtin: line.gtin,
      quantity: line.quantity,
      uom: line.uom,
      ...(line.lot === undefined ? {} : { lot: line.lot }),
      ...(line.expiry === undefined ? {} : { expiry: line.expiry }),
    });
    return parsed.success ? [parsed.data] : [];
  });
}

/** The scanned unit first, then its nested units breadth-first (a pallet's cartons, their inner packs, ...). */
function unitWithDescendants(units: readonly AsnLogisticUnit[], root: AsnLogisticUnit): AsnLogisticUnit[] {
  const childrenOf = new Map<string, AsnLogisticUnit[]>();
  for (const u of units) {
    if (u.parentUnitId === null) continue;
    const children = childrenOf.get(u.parentUnitId);
    if (children) children.push(u);
    else childrenOf.set(u.parentUnitId, [u]);
  }
  const all = [root];
  const seen = new Set([root.unitId]);
  for (let i = 0; i < all.length; i++) {
    for (const child of childrenOf.get(all[i]?.unitId ?? '') ?? []) {
      if (seen.has(child.unitId)) continue;
      seen.add(child.unitId);
      all.push(child);
    }
  }
  return all;
}

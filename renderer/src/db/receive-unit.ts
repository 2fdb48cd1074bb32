import { uuidv7 } from 'uuidv7';
import type { AsnLine } from '../domain/asn/canonical-asn';
import { ReceivedContent, type UnitReceived } from '../domain/receiving-event';
import type { StationIdentity } from '../domain/station-records';
import type { DocksideDb, LineBlockRow, UnitRow } from './schema';

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
  const { asns, units, lineBlocks, journal } = database;
  return database.transaction('rw', [asns, units, lineBlocks, journal], async (tx) => {
    // Tables bound to this transaction: the event and the projection cannot end up in different ones.
    const db = {
      asns: tx.table('asns') as DocksideDb['asns'],
      units: tx.table('units') as DocksideDb['units'],
      lineBlocks: tx.table('lineBlocks') as DocksideDb['lineBlocks'],
      journal: tx.table('journal') as DocksideDb['journal'],
    };
    const unit = pickUnit(await db.units.where('sscc').equals(sscc).toArray());
    if (!unit) return { kind: 'unknown-sscc', sscc };
    if (unit.status === 'received') {
      return { kind: 'already-received', sscc, receivedAt: unit.receivedAt ?? '', asnId: unit.asnId };
    }
    const asn = await db.asns.get(unit.asnId);
    if (!asn || asn.status === 'cancelled') return { kind: 'asn-cancelled', sscc, asnId: unit.asnId };

    const tree = await unitWithDescendants(db.units, unit);
    const pending = tree.filter((u) => u.status === 'expected');
    const blocks = await db.lineBlocks.bulkGet(pending.map((u): [string, string] => [asn.asnId, u.unitId]));
    const linesOf = new Map(blocks.flatMap((b): [string, LineBlockRow][] => (b ? [[b.unitKey, b]] : [])));
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
      contents: pending.flatMap((u) => contentsOf(u, linesOf.get(u.unitId)?.lines ?? [])),
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
    await db.units.bulkPut(
      pending.map((u) => ({
        ...u,
        status: 'received' as const,
        receivedAt: occurredAt,
        receivedBySeq: seq,
        counted: (linesOf.get(u.unitId)?.lines ?? []).map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
      })),
    );
    const active = pending.filter((u) => u.removedInVersion === null).length;
    await db.asns.update(asn.asnId, { receivedUnitCount: asn.receivedUnitCount + active });
    return { kind: 'received', event, unit, asnId: asn.asnId };
  });
}

/**
 * One SSCC may be announced on more than one ASN (a supplier re-using labels, or a corrected ASN under a new
 * id). Prefer a unit still expected over one already received, so a scan lands where it can still count.
 */
function pickUnit(candidates: readonly UnitRow[]): UnitRow | undefined {
  return candidates.find((u) => u.status === 'expected' && u.removedInVersion === null) ?? candidates[0];
}

/**
 * What a trust receipt records for the unit's lines. The v1 event contract needs a PO, PO line, SSCC and a
 * valid GTIN per content line; lines from partner files without them stay counted on the unit row (and so in
 * revision conflicts) but cannot travel in a v1 event.
 */
function contentsOf(unit: UnitRow, lines: readonly AsnLine[]): ReceivedContent[] {
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
async function unitWithDescendants(units: DocksideDb['units'], root: UnitRow): Promise<UnitRow[]> {
  const all = [root];
  const seen = new Set([root.unitId]);
  let frontier = [root.unitId];
  while (frontier.length > 0) {
    const children = await units
      .where('[asnId+parentUnitId]')
      .anyOf(frontier.map((id) => [root.asnId, id]))
      .toArray();
    const fresh = children.filter((c) => !seen.has(c.unitId));
    for (const c of fresh) seen.add(c.unitId);
    all.push(...fresh);
    frontier = fresh.map((c) => c.unitId);
  }
  return all;
}

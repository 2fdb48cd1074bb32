import { uuidv7 } from 'uuidv7';
import type { JournalRow, DocksideDb } from '../db/schema';
import { receiptKeyOf, ReceivingEvent } from '../domain/receiving-event';
import type { StationIdentity } from '../domain/station-records';

/** An event body as a command builds it: the journal adds the envelope (id, seq, station, time, operator). */
export type EventDraft = DistributiveOmit<
  Extract<ReceivingEvent, { schemaVersion: 2 }>,
  'eventId' | 'schemaVersion' | 'station' | 'seq' | 'occurredAt' | 'operator'
>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CommandStamp {
  readonly commandId: string;
  readonly at: string;
  readonly station: StationIdentity;
}

/**
 * Appends a command's events to the journal (the outbox) in its transaction: UUIDv7 ids (RFC 9562 §5.7), the
 * next gap-free station seqs, and each event validated against the contract first, so a malformed event fails
 * the command (and its transaction) here instead of being rejected by the ERP hours later.
 */
export async function appendEvents(
  journal: DocksideDb['journal'],
  stamp: CommandStamp,
  drafts: readonly EventDraft[],
): Promise<JournalRow[]> {
  if (drafts.length === 0) return [];
  let seq = await lastSeq(journal);
  const rows = drafts.map((draft): JournalRow => {
    seq += 1;
    const event = ReceivingEvent.parse({
      ...draft,
      eventId: uuidv7(),
      schemaVersion: 2,
      station: { siteId: stamp.station.siteId, stationId: stamp.station.stationId, dockDoor: stamp.station.dockDoor },
      seq,
      occurredAt: stamp.at,
      operator: stamp.station.operator,
    });
    return {
      seq,
      eventId: event.eventId,
      type: event.type,
      asnId: receiptKeyOf(event),
      occurredAt: stamp.at,
      event,
      syncState: 'pending',
      syncedAt: null,
      rejection: null,
      commandId: stamp.commandId,
    };
  });
  await journal.bulkAdd(rows);
  lastSeqs.set(journal, seq);
  return rows;
}

/**
 * The journal's last seq, read once per command: a pallet scan asks for it for every unit it receives, and each
 * read is an IndexedDB round trip (measured: 12 reads 11.5 ms, one 0.85 ms, scan-feedback benchmark). Cached
 * per bound table, which lives exactly as long as the command's transaction (dock-tables.ts).
 */
const lastSeqs = new WeakMap<DocksideDb['journal'], number>();

export async function lastSeq(journal: DocksideDb['journal']): Promise<number> {
  const known = lastSeqs.get(journal);
  if (known !== undefined) return known;
  const seq = (await journal.orderBy('seq').last())?.seq ?? 0;
  lastSeqs.set(journal, seq);
  return seq;
}

import Dexie from 'dexie';
import type { ReceivingEvent, EventResultV1 } from '../domain/receiving-event';
import type { DocksideDb, JournalRow } from './schema';

/** Events waiting for the ERP, oldest first: the journal is the outbox. */
export async function pendingEvents(db: DocksideDb, limit: number): Promise<ReceivingEvent[]> {
  const rows = await db.journal
    .where('[syncState+seq]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .limit(limit)
    .toArray();
  return rows.map((r) => r.event);
}

export async function countPending(db: DocksideDb): Promise<number> {
  return db.journal.where('[syncState+seq]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).count();
}

export async function oldestPending(db: DocksideDb): Promise<JournalRow | undefined> {
  return db.journal.where('[syncState+seq]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).first();
}

/**
 * Records the ERP's per-event answers. Applied and duplicate both mean the ERP has the event (duplicate is
 * the answer to a resend after a lost reply); rejected events become dead letters for a supervisor.
 * The event itself is never rewritten: only its sync state changes.
 */
export async function recordResults(db: DocksideDb, results: readonly EventResultV1[], at: string): Promise<void> {
  await db.transaction('rw', db.journal, async () => {
    for (const result of results) {
      const row = await db.journal.where('eventId').equals(result.eventId).first();
      if (!row || row.syncState !== 'pending') continue;
      switch (result.status) {
        case 'applied':
        case 'duplicate':
          await db.journal.update(row.seq, { syncState: 'acknowledged', syncedAt: at });
          break;
        case 'rejected':
          await db.journal.update(row.seq, {
            syncState: 'rejected',
            syncedAt: at,
            rejection: { code: result.code, reason: result.reason },
          });
          break;
        default: {
          const never: never = result;
          throw new Error(`Unhandled ERP result ${JSON.stringify(never)}`);
        }
      }
    }
  });
}

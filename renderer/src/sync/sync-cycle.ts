import type { ErpFailure, ErpPort } from '../domain/erp-port';
import { loadAsnCursor, storeAsnPage } from '../db/asn-store';
import { pendingEvents, recordResults } from '../db/journal-store';
import type { DocksideDb } from '../db/schema';

/**
 * One exchange with the ERP: pull every ASN page changed since the stored cursor, then send the journal's
 * pending events in station-seq order, in batches, until none are left. Stops at the first failure and says
 * what it was; nothing is lost on failure because events leave the outbox only when the ERP answers for them.
 */
export interface CycleReport {
  readonly asnsPulled: number;
  readonly eventsSent: number;
  readonly failure: ErpFailure | null;
}

export interface CycleOptions {
  readonly stationId: string;
  readonly pageSize: number;
  readonly batchSize: number;
  readonly now: () => Date;
}

export async function runSyncCycle(db: DocksideDb, erp: ErpPort, options: CycleOptions): Promise<CycleReport> {
  let asnsPulled = 0;
  let eventsSent = 0;
  const report = (failure: ErpFailure | null): CycleReport => ({ asnsPulled, eventsSent, failure });

  for (let cursor = await loadAsnCursor(db); ;) {
    const page = await erp.listAsns({ cursor, limit: options.pageSize });
    if (!page.ok) return report(page.error);
    await storeAsnPage(db, page.value.items, page.value.nextCursor, options.now().toISOString());
    asnsPulled += page.value.items.length;
    cursor = page.value.nextCursor;
    if (!page.value.hasMore) break;
  }

  for (;;) {
    const events = await pendingEvents(db, options.batchSize);
    if (events.length === 0) break;
    const answer = await erp.postEvents({ stationId: options.stationId, batch: { events } });
    if (!answer.ok) return report(answer.error);
    const answered = new Set(answer.value.results.map((r) => r.eventId));
    if (!events.every((e) => answered.has(e.eventId))) {
      // A server that answers for fewer events than it was sent is lying or broken: keep them pending.
      await recordResults(db, answer.value.results, options.now().toISOString());
      return report({
        kind: 'invalid-response',
        retryable: true,
        message: `The ERP answered for ${answered.size} of ${events.length} events; the rest stay queued`,
      });
    }
    await recordResults(db, answer.value.results, options.now().toISOString());
    eventsSent += events.length;
  }
  return report(null);
}

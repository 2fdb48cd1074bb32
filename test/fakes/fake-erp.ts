import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import type { ErpFailure, ErpPort, ErpResult } from '../../renderer/src/domain/erp-port';
import type { EventBatchResponseV1, EventResultV1, ReceivingEvent } from '../../renderer/src/domain/receiving-event';

/**
 * An in-memory ERP for the sync unit tests: deduplicates by eventId like the real contract, and can be told
 * to fail the next calls in any of the ways a network or server fails, including the lost answer
 * (the ERP applies the batch, then the reply never arrives).
 */
export type ScriptedFault = ErpFailure | { readonly lostAnswer: true };

export class FakeErp implements ErpPort {
  readonly applied = new Map<string, ReceivingEvent>();
  readonly posts: string[][] = [];
  /** Faults for the next `listAsns` calls, in order. */
  readonly pullFaults: ErpFailure[] = [];
  /** Faults for the next `postEvents` calls, in order. */
  readonly postFaults: ScriptedFault[] = [];

  constructor(private readonly asns: AsnV1[] = []) {}

  listAsns({
    cursor,
  }: {
    cursor: string | null;
    limit: number;
  }): Promise<ErpResult<{ items: AsnV1[]; nextCursor: string; hasMore: boolean }>> {
    const fault = this.pullFaults.shift();
    if (fault) return Promise.resolve({ ok: false, error: fault });
    const from = cursor === null ? 0 : Number(cursor);
    return Promise.resolve({
      ok: true,
      value: {
        items: this.asns.slice(from, from + 1),
        nextCursor: String(Math.min(from + 1, this.asns.length)),
        hasMore: from + 1 < this.asns.length,
      },
    });
  }

  postEvents({
    batch,
  }: {
    stationId: string;
    batch: { events: ReceivingEvent[] };
  }): Promise<ErpResult<EventBatchResponseV1>> {
    this.posts.push(batch.events.map((e) => e.eventId));
    const fault = this.postFaults.shift();
    if (fault && !('lostAnswer' in fault)) return Promise.resolve({ ok: false as const, error: fault });
    const results: EventResultV1[] = batch.events.map((event) => {
      const before = this.applied.get(event.eventId);
      if (!before) {
        this.applied.set(event.eventId, event);
        return { eventId: event.eventId, seq: event.seq, status: 'applied' };
      }
      return JSON.stringify(before) === JSON.stringify(event)
        ? { eventId: event.eventId, seq: event.seq, status: 'duplicate' }
        : {
            eventId: event.eventId,
            seq: event.seq,
            status: 'rejected',
            code: 422,
            reason: 'eventId reused with a different payload',
          };
    });
    if (fault) {
      return Promise.resolve({
        ok: false as const,
        error: { kind: 'unknown-outcome' as const, retryable: true, message: 'socket hang up (ECONNRESET)' },
      });
    }
    const highestSeq = Math.max(0, ...[...this.applied.values()].map((e) => e.seq));
    return Promise.resolve({
      ok: true as const,
      value: {
        results,
        watermark: { stationId: 'DOCK-01', contiguousSeq: highestSeq, highestSeq, lastAppliedAt: null },
      },
    });
  }
}

export const unreachable: ErpFailure = {
  kind: 'unreachable',
  retryable: true,
  message: 'ERP unreachable (ECONNREFUSED)',
};

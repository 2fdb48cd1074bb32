import type { EventResultV1, ReceivingEvent, StationWatermarkV1 } from '../../renderer/src/domain/receiving-event';
import type { AsnCatalog } from './asn-catalog';
import { canonicalJson } from './canonical-json';
import { checkEvent } from './event-checks';
import { EventIndex } from './event-index';
import type { Ledger } from './ledger';
import type { LedgerRecordV1 } from './ledger-record';
import type { LedgerStore } from './ledger-store';

/**
 * Exactly-once intake of receiving events (../shared/guide/DOMAIN.md, "Receiving events"). Transport is at least
 * once, so the eventId is the idempotency key: a known id with the same payload is a `duplicate` (answered, not
 * applied again), a known id with a different payload is rejected 422, because applying it would change history
 * and ignoring it would lose the change. Payloads are compared in canonical JSON, so member order is irrelevant.
 *
 * A batch is decided event by event, then the applied ones are written as one record and fsync'd, and only then
 * applied in memory and acknowledged. If the write fails, nothing is applied and the error propagates, so the
 * station sees no answer and resends with the same ids. Batches are processed one at a time, because each
 * decision depends on what the previous batch applied.
 */
export type IntakeItem =
  | { readonly kind: 'event'; readonly event: ReceivingEvent }
  /** An event that broke the schema but can still be answered for, because its eventId and seq are readable. */
  | { readonly kind: 'invalid'; readonly eventId: string; readonly seq: number; readonly reason: string };

export interface IntakeOutcome {
  readonly results: EventResultV1[];
  readonly watermark: StationWatermarkV1;
}

export interface IntakeDeps {
  readonly ledger: Ledger;
  readonly store: LedgerStore;
  readonly catalog: AsnCatalog;
  readonly now: () => Date;
}

export class EventIntake {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: IntakeDeps) {}

  /** Decides, persists and applies one batch for `stationId` (the station named in the request path). */
  submit(stationId: string, items: readonly IntakeItem[]): Promise<IntakeOutcome> {
    const run = this.tail.then(() => this.process(stationId, items));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every batch submitted so far has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }

  private async process(stationId: string, items: readonly IntakeItem[]): Promise<IntakeOutcome> {
    const { ledger, store, catalog, now } = this.deps;
    const inBatch = new Map<string, string>();
    const toApply: ReceivingEvent[] = [];
    // Events accepted earlier in this batch count as known to the ones after them (a reversal right after the
    // scan it undoes), but reach the ledger only with the record.
    const known = new EventIndex(ledger);
    const results = items.map((item): EventResultV1 => {
      if (item.kind === 'invalid') return rejected(item.eventId, item.seq, 400, item.reason);
      const { event } = item;
      const { eventId, seq } = event;
      if (event.station.stationId !== stationId) {
        const reason = `event ${eventId} belongs to station "${event.station.stationId}" but was sent to station "${stationId}"`;
        return rejected(eventId, seq, 400, reason);
      }
      const canonical = canonicalJson(event);
      const earlier = ledger.find(eventId)?.canonical ?? inBatch.get(eventId);
      if (earlier !== undefined) {
        if (earlier === canonical) return { eventId, seq, status: 'duplicate' };
        const reason = `eventId ${eventId} was already applied with a different payload; an event is immutable, so a correction needs a new event with a new eventId`;
        return rejected(eventId, seq, 422, reason);
      }
      const problem = checkEvent(event, catalog, known);
      if (problem !== null) return rejected(eventId, seq, 422, problem);
      inBatch.set(eventId, canonical);
      known.add(event);
      toApply.push(event);
      return { eventId, seq, status: 'applied' };
    });
    if (toApply.length > 0) {
      const record: LedgerRecordV1 = { v: 1, stationId, appliedAt: now().toISOString(), events: toApply };
      await store.append(record);
      ledger.apply(record);
    }
    return { results, watermark: ledger.watermark(stationId) };
  }
}

function rejected(eventId: string, seq: number, code: number, reason: string): EventResultV1 {
  return { eventId, seq, status: 'rejected', code, reason };
}

import type { ReceivingEvent, StationWatermarkV1 } from '../../renderer/src/domain/receiving-event';
import { canonicalJson } from './canonical-json';
import type { KnownEvents } from './event-index';
import { EventIndex } from './event-index';
import type { LedgerRecordV1 } from './ledger-record';
import { StationProgress } from './station-progress';

/** An event the ERP applied, with the canonical form of its payload for idempotency checks. */
export interface AppliedEvent {
  readonly event: ReceivingEvent;
  readonly canonical: string;
  readonly appliedAt: string;
}

/**
 * What the ERP has applied, in memory: events by id (the idempotency key), in arrival order, and each station's
 * watermark. It changes only through `apply`, which is called with a record after the record is on disk, so the
 * memory never runs ahead of the file. It also indexes what later events may point at (event-index.ts).
 */
export class Ledger implements KnownEvents {
  private readonly byId = new Map<string, AppliedEvent>();
  private readonly inOrder: AppliedEvent[] = [];
  private readonly stations = new Map<string, StationProgress>();
  private readonly index = new EventIndex();

  find(eventId: string): AppliedEvent | undefined {
    return this.byId.get(eventId);
  }

  /** Applies a persisted record; throws if it would apply an event twice, which only a damaged file can cause. */
  apply(record: LedgerRecordV1): void {
    const seen = new Set<string>();
    for (const { eventId } of record.events) {
      if (this.byId.has(eventId) || seen.has(eventId)) throw new Error(`event ${eventId} is recorded twice`);
      seen.add(eventId);
    }
    for (const event of record.events) {
      const applied = { event, canonical: canonicalJson(event), appliedAt: record.appliedAt };
      this.byId.set(event.eventId, applied);
      this.inOrder.push(applied);
      this.index.add(event);
      this.progress(event.station.stationId).record(event.seq, record.appliedAt);
    }
  }

  findEvent(eventId: string): ReceivingEvent | undefined {
    return this.index.findEvent(eventId);
  }

  reversalOf(eventId: string): string | undefined {
    return this.index.reversalOf(eventId);
  }

  closingOf(receiptKey: string): string | undefined {
    return this.index.closingOf(receiptKey);
  }

  dependentsOf(eventId: string): readonly string[] {
    return this.index.dependentsOf(eventId);
  }

  /** Applied events in the order they arrived. */
  events(): readonly AppliedEvent[] {
    return this.inOrder;
  }

  watermark(stationId: string): StationWatermarkV1 {
    return (this.stations.get(stationId) ?? new StationProgress(stationId)).watermark();
  }

  /** Every station that has had an event applied, by station id. */
  watermarks(): StationWatermarkV1[] {
    return [...this.stations.keys()].sort().map((id) => this.watermark(id));
  }

  private progress(stationId: string): StationProgress {
    let progress = this.stations.get(stationId);
    if (!progress) {
      progress = new StationProgress(stationId);
      this.stations.set(stationId, progress);
    }
    return progress;
  }
}

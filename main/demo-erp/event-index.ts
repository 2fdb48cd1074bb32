import type { ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import { assertNeverEvent, receiptKeyOf } from '../../renderer/src/domain/receiving-event';

/**
 * What the ERP must know about earlier events to decide a new one: the event an id names (approvals,
 * dispositions and reversals point at earlier events, DOMAIN.md "corrections point at what they supersede"),
 * whether it has been reversed, and whether a receipt is closed. The ledger answers for what is on disk; a
 * `BatchIndex` layers the events accepted earlier in the batch being decided on top, so an event may point at
 * one sent just before it in the same batch.
 */
export interface KnownEvents {
  findEvent(eventId: string): ReceivingEvent | undefined;
  /** The eventId of the reversal of `eventId`, if it was reversed. */
  reversalOf(eventId: string): string | undefined;
  /** The eventId of the `receipt.closed` in force for the receipt key (receiptKeyOf), if the receipt is closed. */
  closingOf(receiptKey: string): string | undefined;
  /** Events that point at `eventId` (an approval, a quarantine, a disposition), reversed or not. */
  dependentsOf(eventId: string): readonly string[];
}

/** The earlier event a later one rests on: undoing the earlier one alone would leave the later one dangling. */
export function dependencyOf(event: ReceivingEvent): string | undefined {
  switch (event.type) {
    case 'discrepancy.approved':
      return event.discrepancyEventId;
    case 'unit.quarantined':
      return event.inspectionEventId;
    case 'quarantine.disposed':
      return event.quarantineEventId;
    // A reversal points at what it undoes, but is never undone itself, so nothing rests on it that way.
    case 'event.reversed':
    case 'receipt.arrived':
    case 'unit.received':
    case 'unit.counted':
    case 'unit.unexpected':
    case 'discrepancy.recorded':
    case 'unit.inspected':
    case 'unit.put-away':
    case 'receipt.closed':
      return undefined;
    default:
      return assertNeverEvent(event);
  }
}

/** The mutable index itself: the ledger holds one and feeds it every applied event, in order. */
export class EventIndex implements KnownEvents {
  private readonly events = new Map<string, ReceivingEvent>();
  private readonly reversals = new Map<string, string>();
  private readonly closings = new Map<string, string | null>();
  private readonly dependents = new Map<string, string[]>();

  constructor(private readonly base?: KnownEvents) {}

  findEvent(eventId: string): ReceivingEvent | undefined {
    return this.events.get(eventId) ?? this.base?.findEvent(eventId);
  }

  reversalOf(eventId: string): string | undefined {
    return this.reversals.get(eventId) ?? this.base?.reversalOf(eventId);
  }

  closingOf(receiptKey: string): string | undefined {
    // null records a reopening inside this layer, which hides a closing the base layer still has.
    const own = this.closings.get(receiptKey);
    return own === null ? undefined : (own ?? this.base?.closingOf(receiptKey));
  }

  dependentsOf(eventId: string): readonly string[] {
    return [...(this.base?.dependentsOf(eventId) ?? []), ...(this.dependents.get(eventId) ?? [])];
  }

  add(event: ReceivingEvent): void {
    this.events.set(event.eventId, event);
    const dependency = dependencyOf(event);
    if (dependency !== undefined)
      this.dependents.set(dependency, [...(this.dependents.get(dependency) ?? []), event.eventId]);
    if (event.type === 'receipt.closed') this.closings.set(receiptKeyOf(event), event.eventId);
    if (event.type === 'event.reversed') {
      this.reversals.set(event.reversedEventId, event.eventId);
      const target = this.findEvent(event.reversedEventId);
      if (target?.type === 'receipt.closed') this.closings.set(receiptKeyOf(target), null);
    }
  }
}

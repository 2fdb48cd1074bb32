import { z } from 'zod';
import { DiscrepancyApproved, DiscrepancyRecorded } from './discrepancy-events';
import { EventReversed } from './event-reversed';
import type { ReceivingEventType } from './event-types';
import { ReceiptArrived, ReceiptClosed, UnitUnexpected } from './receipt-events';
import { UnitCounted, UnitReceivedAny } from './unit-received';
import { QuarantineDisposed, UnitInspected, UnitPutAway, UnitQuarantined } from './unit-lifecycle-events';

/**
 * The receiving event contract (../shared/guide/DOMAIN.md, "Receiving events"): one discriminated union over
 * `type`; `unit.received` is itself a union over `schemaVersion` (1 and 2), every other type is version 2.
 * Consumers switch over `type` and end in `assertNeverEvent` (ARCHITECTURE.md, "Boundaries", rule 7), or use
 * `matchReceivingEvent`, whose handler table the compiler requires to be complete.
 */
export const ReceivingEvent = z.discriminatedUnion('type', [
  ReceiptArrived,
  UnitReceivedAny,
  UnitCounted,
  UnitUnexpected,
  DiscrepancyRecorded,
  DiscrepancyApproved,
  UnitInspected,
  UnitQuarantined,
  QuarantineDisposed,
  UnitPutAway,
  EventReversed,
  ReceiptClosed,
]);
export type ReceivingEvent = z.infer<typeof ReceivingEvent>;

export type ReceivingEventOf<T extends ReceivingEventType> = Extract<ReceivingEvent, { type: T }>;

/** The end of an exhaustive `switch (event.type)`: unreachable while every type has a case. */
export function assertNeverEvent(event: never): never {
  throw new Error(`unhandled receiving event ${JSON.stringify(event)}`);
}

export type ReceivingEventHandlers<R> = { readonly [T in ReceivingEventType]: (event: ReceivingEventOf<T>) => R };

/** Calls the handler of the event's type; the handler table must name every type. */
export function matchReceivingEvent<R>(event: ReceivingEvent, handlers: ReceivingEventHandlers<R>): R {
  const handler = handlers[event.type] as (event: ReceivingEvent) => R;
  return handler(event);
}

/** The receipt an event belongs to: its ASN, or the PO received against when there is no ASN. */
export interface ReceiptScope {
  readonly asnId?: string;
  readonly poNumber?: string;
}

/** The receipt scope of any event; v1 events always name their ASN. A PO given alongside an ASN is kept. */
export function receiptScopeOf(event: ReceivingEvent): ReceiptScope {
  const poNumber = 'poNumber' in event ? event.poNumber : undefined;
  return {
    ...(event.asnId === undefined ? {} : { asnId: event.asnId }),
    ...(poNumber === undefined ? {} : { poNumber }),
  };
}

/**
 * The receipt an event belongs to, as one string: the asnId, or `po:<number>` for a receipt against a PO without
 * an ASN. It is the stream key for dead letters (DOMAIN.md: a rejection blocks only its own shipment's stream),
 * and for v1 events it is the asnId they always carried, so keys already stored keep their meaning.
 */
export function receiptKeyOf(event: ReceivingEvent): string {
  const { asnId, poNumber } = receiptScopeOf(event);
  return asnId ?? `po:${poNumber ?? ''}`;
}

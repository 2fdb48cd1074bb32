import { z } from 'zod';

/**
 * What every receiving event carries (../shared/guide/DOMAIN.md, "Receiving events"): an `eventId` generated at
 * capture (UUIDv7, RFC 9562 §5.7) that is its idempotency key, a gap-free per-station `seq`, when it happened
 * and who did it. `schemaVersion` says which shape of the event body follows:
 *
 * - 1: the first contract, only `unit.received` with ASN contents that always had a PO, PO line, SSCC and GTIN.
 *   Events of version 1 are immutable history (station journals, ERP ledgers), so version 1 stays valid forever
 *   and keeps its meaning.
 * - 2: the whole dock workflow (issue 5). Version 2 exists because v1's `ReceivedContent` makes PO, PO line,
 *   SSCC and GTIN required: real partner files (X12 856 without PRF, DESADV lines with only a supplier article
 *   number, EDIFACT CPS units without GIN+BJ) have lines and units that v1 cannot carry. Widening v1 in place
 *   would let a consumer that trusts v1 ("every content has a GTIN") read a v2 body and be wrong; a new version
 *   number makes the difference explicit, and a consumer switches on it.
 */
export const Uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'eventId must be a lowercase UUID');

export const StationRef = z.object({
  siteId: z.string().min(1).max(64),
  stationId: z.string().min(1).max(64),
  dockDoor: z.string().min(1).max(64),
});
export type StationRef = z.infer<typeof StationRef>;

const envelopeFields = {
  eventId: Uuid,
  station: StationRef,
  seq: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  operator: z.string().min(1).max(64),
};

export const EventEnvelopeV1 = z.object({ ...envelopeFields, schemaVersion: z.literal(1) });
export const EventEnvelopeV2 = z.object({ ...envelopeFields, schemaVersion: z.literal(2) });

/**
 * The receipt an event belongs to, which is also its stream for dead letters (DOMAIN.md: a rejected event blocks
 * only its own shipment's stream). Normally an ASN; when a truck comes without one, the dock receives against a
 * purchase order (issue 5, "Ways to receive"), and the PO number names the receipt instead. At least one is
 * required: each schema refines itself with `hasReceiptScope`, which JSON Schema cannot express, so the OpenAPI
 * description of ReceivingEvent says it in words.
 */
export const receiptScopeFields = {
  asnId: z.string().min(1).max(64).optional(),
  /** The PO received against when there is no ASN; with an ASN, the PO the event concerns, if one. */
  poNumber: z.string().min(1).max(64).optional(),
};

export function hasReceiptScope(event: {
  readonly asnId?: string | undefined;
  readonly poNumber?: string | undefined;
}): boolean {
  return event.asnId !== undefined || event.poNumber !== undefined;
}

export const RECEIPT_SCOPE_MESSAGE = 'an event must name its receipt: asnId, or poNumber when there is no ASN';

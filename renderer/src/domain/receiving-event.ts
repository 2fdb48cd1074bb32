import { z } from 'zod';
import { DecimalQuantity, Gtin, IsoDate, Sscc } from './asn-wire';

/**
 * The receiving event contract (../shared/guide/DOMAIN.md, "Receiving events"): immutable, identified by an
 * `eventId` generated at capture (UUIDv7, RFC 9562 §5.7) that is its idempotency key, numbered by a gap-free
 * per-station `seq`, carrying both the ERP ids (ASN, PO, line) and the physical ids (SSCC, GTIN, lot, expiry).
 * New event types join the `ReceivingEvent` union; consumers switch over `type` with an exhaustive check.
 */
const Uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'eventId must be a lowercase UUID');

export const StationRef = z.object({
  siteId: z.string().min(1).max(64),
  stationId: z.string().min(1).max(64),
  dockDoor: z.string().min(1).max(64),
});
export type StationRef = z.infer<typeof StationRef>;

const EventEnvelope = z.object({
  eventId: Uuid,
  schemaVersion: z.literal(1),
  station: StationRef,
  seq: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  operator: z.string().min(1).max(64),
});

/** What a received unit held according to the ASN (trust receiving: contents come from the ASN). */
export const ReceivedContent = z.object({
  lineId: z.string().min(1),
  poNumber: z.string().min(1),
  poLine: z.string().min(1),
  sscc: Sscc,
  gtin: Gtin,
  quantity: DecimalQuantity,
  uom: z.string().min(1),
  lot: z.string().optional(),
  expiry: IsoDate.optional(),
});
export type ReceivedContent = z.infer<typeof ReceivedContent>;

export const UnitReceived = EventEnvelope.extend({
  type: z.literal('unit.received'),
  asnId: z.string().min(1),
  asnVersion: z.number().int().positive(),
  /** The SSCC that was scanned. */
  sscc: Sscc,
  /** Every logistic unit marked received by this scan: the scanned one and the units nested in it. */
  units: z.array(Sscc).min(1),
  contents: z.array(ReceivedContent),
});
export type UnitReceived = z.infer<typeof UnitReceived>;

export const ReceivingEvent = z.discriminatedUnion('type', [UnitReceived]);
export type ReceivingEvent = z.infer<typeof ReceivingEvent>;
export type ReceivingEventType = ReceivingEvent['type'];

/** `POST /api/v1/stations/{stationId}/events` */
export const EventBatchRequestV1 = z.object({
  events: z.array(ReceivingEvent).min(1).max(1000),
});
export type EventBatchRequestV1 = z.infer<typeof EventBatchRequestV1>;

export const EventResultV1 = z.discriminatedUnion('status', [
  z.object({ eventId: z.string(), seq: z.number().int(), status: z.literal('applied') }),
  z.object({ eventId: z.string(), seq: z.number().int(), status: z.literal('duplicate') }),
  z.object({
    eventId: z.string(),
    seq: z.number().int(),
    status: z.literal('rejected'),
    /** HTTP-style code: 422 when the eventId was already applied with a different payload, 400 when invalid. */
    code: z.number().int(),
    reason: z.string(),
  }),
]);
export type EventResultV1 = z.infer<typeof EventResultV1>;

export const StationWatermarkV1 = z.object({
  stationId: z.string(),
  /** Highest seq such that every seq from 1 to it has been applied. */
  contiguousSeq: z.number().int().nonnegative(),
  /** Highest seq applied at all. */
  highestSeq: z.number().int().nonnegative(),
  lastAppliedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type StationWatermarkV1 = z.infer<typeof StationWatermarkV1>;

export const EventBatchResponseV1 = z.object({
  results: z.array(EventResultV1),
  watermark: StationWatermarkV1,
});
export type EventBatchResponseV1 = z.infer<typeof EventBatchResponseV1>;

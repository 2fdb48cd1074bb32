import { z } from 'zod';
import { ReceivingEvent } from './receiving-event';

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
    /**
     * HTTP-style code: 400 when the event is invalid, 422 when it cannot be applied (the eventId was already
     * applied with a different payload, or it names an ASN, line or earlier event the ERP does not know).
     */
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

import { z } from 'zod';
import { DecimalQuantity, Gtin, Sscc } from '../../renderer/src/domain/asn-wire';
import { EventResultV1, StationWatermarkV1 } from '../../renderer/src/domain/receiving-event';

/**
 * API v1 bodies that only the ERP side speaks (the station's contracts live in renderer/src/domain). They feed
 * the OpenAPI document and let tests check the server's answers against the same definitions.
 */

export const HealthV1 = z.object({
  status: z.literal('ok'),
  name: z.string(),
  apiVersion: z.literal('1'),
});
export type HealthV1 = z.infer<typeof HealthV1>;

export const ProblemIssueV1 = z.object({
  /** JSON Pointer (RFC 6901) to the offending member of the request body; "" for the body itself. */
  path: z.string(),
  message: z.string(),
});

/** Every error answer: a sentence for people and logs; `issues` for request bodies that break the schema. */
export const ProblemV1 = z.object({
  message: z.string(),
  issues: z.array(ProblemIssueV1).optional(),
});
export type ProblemV1 = z.infer<typeof ProblemV1>;

/** Answer of `PUT /api/v1/stations/{stationId}/events/{eventId}` when the event was applied or was a duplicate. */
export const EventPutResponseV1 = z.object({
  result: EventResultV1,
  watermark: StationWatermarkV1,
});
export type EventPutResponseV1 = z.infer<typeof EventPutResponseV1>;

export const LedgerEventV1 = z.object({
  eventId: z.string(),
  stationId: z.string(),
  seq: z.number().int().positive(),
  type: z.string(),
  asnId: z.string(),
  sscc: Sscc,
  appliedAt: z.iso.datetime({ offset: true }),
});

/** Expected against received for one ASN line, summed over the applied events that name it. */
export const ReceiptLineV1 = z.object({
  asnId: z.string(),
  lineId: z.string(),
  poNumber: z.string(),
  gtin: Gtin,
  uom: z.string(),
  expected: DecimalQuantity,
  received: DecimalQuantity,
});

/** `GET /api/v1/ledger`: what arrived at the ERP, for people checking a demo or a test run. */
export const LedgerV1 = z.object({
  events: z.array(LedgerEventV1),
  receipts: z.array(ReceiptLineV1),
  stations: z.array(StationWatermarkV1),
});
export type LedgerV1 = z.infer<typeof LedgerV1>;

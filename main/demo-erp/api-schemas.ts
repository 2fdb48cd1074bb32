import { z } from 'zod';
import { DecimalQuantity, Gtin, Sscc } from '../../renderer/src/domain/asn-wire';
import {
  DiscrepancyCode,
  EventResultV1,
  ItemId,
  LiabilitySchema,
  Measure,
  QuarantineDisposition,
  ReceiptSummary,
  StationWatermarkV1,
} from '../../renderer/src/domain/receiving-event';

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
  schemaVersion: z.number().int().positive(),
  /** The receipt: asnId, or poNumber alone for a receipt against a PO without an ASN. */
  asnId: z.string().optional(),
  poNumber: z.string().optional(),
  /** The unit the event is about, when it is about one; sscc when that unit has one. */
  unitId: z.string().optional(),
  sscc: Sscc.optional(),
  appliedAt: z.iso.datetime({ offset: true }),
});

/**
 * Expected against received for one ASN line, summed over the applied `unit.received` events that name it and
 * are not reversed. poNumber and gtin are absent for a line the catalog no longer has, received by a v2 event
 * that did not carry them.
 */
export const ReceiptLineV1 = z.object({
  asnId: z.string(),
  lineId: z.string(),
  poNumber: z.string().optional(),
  gtin: Gtin.optional(),
  uom: z.string(),
  expected: DecimalQuantity,
  received: DecimalQuantity,
});

const receiptScope = {
  asnId: z.string().optional(),
  poNumber: z.string().optional(),
};

/** Where a receipt stands: arrived (receipt.arrived), closed (receipt.closed), each unless reversed. */
export const ReceiptStateV1 = z.object({
  ...receiptScope,
  status: z.enum(['not-arrived', 'arrived', 'closed']),
  arrival: z
    .object({
      eventId: z.string(),
      occurredAt: z.string(),
      dockDoor: z.string(),
      trailer: z.string(),
      seals: z.array(z.object({ number: z.string(), intact: z.boolean() })),
    })
    .nullable(),
  closing: z.object({ eventId: z.string(), occurredAt: z.string(), summary: ReceiptSummary }).nullable(),
});

/** A discrepancy that stands (not reversed), with the supervisor's approval when it has one. */
export const DiscrepancyV1 = z.object({
  ...receiptScope,
  eventId: z.string(),
  code: DiscrepancyCode,
  liability: LiabilitySchema,
  lineId: z.string().optional(),
  unitId: z.string().optional(),
  expected: Measure.optional(),
  actual: Measure.optional(),
  withinTolerance: z.boolean(),
  approval: z
    .object({
      eventId: z.string(),
      supervisorId: z.string(),
      method: z.enum(['pin', 'badge']),
      /** The liability the supervisor assigned, when it differs from the recorded one. */
      liability: LiabilitySchema.optional(),
    })
    .nullable(),
});

/**
 * A logistic unit received (or found) and what happened to it since. A quarantined unit that was scrapped or
 * returned is still received: its contents stay in `receipts`, and `disposition` says where it went.
 */
export const LedgerUnitV1 = z.object({
  ...receiptScope,
  unitId: z.string(),
  sscc: Sscc.optional(),
  /** Not announced by the ASN, or received against a PO without one. */
  unexpected: z.boolean(),
  /** Contents of an unexpected unit (an ASN unit's contents are counted on its lines in `receipts`). */
  contents: z.array(z.object({ items: z.array(ItemId), quantity: DecimalQuantity, uom: z.string() })),
  inspection: z.enum(['pass', 'fail']).nullable(),
  quarantined: z.boolean(),
  disposition: QuarantineDisposition.nullable(),
  location: z.string().nullable(),
});

/** `GET /api/v1/ledger`: what arrived at the ERP, for people checking a demo or a test run. */
export const LedgerV1 = z.object({
  events: z.array(LedgerEventV1),
  receipts: z.array(ReceiptLineV1),
  receiptStates: z.array(ReceiptStateV1),
  discrepancies: z.array(DiscrepancyV1),
  units: z.array(LedgerUnitV1),
  stations: z.array(StationWatermarkV1),
});
export type LedgerV1 = z.infer<typeof LedgerV1>;

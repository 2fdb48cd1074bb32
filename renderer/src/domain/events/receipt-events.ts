import { z } from 'zod';
import { EventEnvelopeV2, RECEIPT_SCOPE_MESSAGE, hasReceiptScope, receiptScopeFields } from './envelope';
import { CountedContent } from './unit-received';
import { SupervisorApproval, UnitRef } from './refs';

/** Events of the receipt session (issue 5: arrival → receiving → closing → closed) and units outside the ASN. */

/**
 * A seal as found on the trailer doors (ASN seal numbers: X12 TD309 / REF*SN, EDIFACT SEL). A broken seal is
 * also recorded as a `seal-broken` discrepancy; `intact` here is the observation, the discrepancy the claim.
 */
export const SealCheck = z.object({
  number: z.string().min(1).max(64),
  intact: z.boolean(),
});

export const ReceiptArrived = EventEnvelopeV2.extend({
  type: z.literal('receipt.arrived'),
  ...receiptScopeFields,
  dockDoor: z.string().min(1).max(64),
  /** Trailer / equipment number as read on the trailer (X12 TD303, EDIFACT EQD). */
  trailer: z.string().min(1).max(64),
  /** Standard Carrier Alpha Code, when known. */
  carrierScac: z.string().min(2).max(4).optional(),
  /** Every seal found; empty when the trailer came without one (itself worth a discrepancy when one was sent). */
  seals: z.array(SealCheck).max(8),
}).refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE);
export type ReceiptArrived = z.infer<typeof ReceiptArrived>;

/**
 * A unit the ASN does not announce (`not-on-asn`: asnId set), or any unit of a truck that came without an ASN
 * and is received against a PO (`no-asn`: poNumber set, no asnId). Its contents have no ASN line, so they are
 * named by item ids and PO line. They are received, but not against any ASN line: the ERP lists them apart.
 */
const UnexpectedContent = CountedContent.omit({ lineId: true });

export const UnitUnexpected = EventEnvelopeV2.extend({
  type: z.literal('unit.unexpected'),
  ...receiptScopeFields,
  asnVersion: z.number().int().positive().optional(),
  reason: z.enum(['not-on-asn', 'no-asn']),
  unit: UnitRef,
  /** The unit it was found in, when nested (a stray carton on an expected pallet). */
  parentUnitId: z.string().min(1).max(64).optional(),
  contents: z.array(UnexpectedContent),
})
  .refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE)
  .refine((event) => (event.reason === 'no-asn') === (event.asnId === undefined), {
    message: "reason 'no-asn' goes with a poNumber and no asnId; 'not-on-asn' needs the asnId",
    path: ['reason'],
  });
export type UnitUnexpected = z.infer<typeof UnitUnexpected>;

/**
 * The station's own figures when the receipt was closed, so the ERP can compare them with what it applied: a
 * difference means an event has not arrived yet (or was rejected), not that the dock miscounted.
 */
export const ReceiptSummary = z.object({
  unitsExpected: z.number().int().nonnegative(),
  unitsReceived: z.number().int().nonnegative(),
  unitsUnexpected: z.number().int().nonnegative(),
  unitsQuarantined: z.number().int().nonnegative(),
  discrepancies: z.number().int().nonnegative(),
  /** Discrepancies outside tolerance still without a supervisor's approval (a receipt closed "with exceptions"). */
  discrepanciesOpen: z.number().int().nonnegative(),
  /** Expected units never found (each also a `missing-unit` discrepancy): the ASN's unitIds. */
  missingUnitIds: z.array(z.string().min(1).max(64)).max(10_000),
  /** Station seq of the last event of this receipt: everything up to it belongs to the closed receipt. */
  lastSeq: z.number().int().positive(),
});
export type ReceiptSummary = z.infer<typeof ReceiptSummary>;

export const ReceiptClosed = EventEnvelopeV2.extend({
  type: z.literal('receipt.closed'),
  ...receiptScopeFields,
  summary: ReceiptSummary,
  /** The supervisor who closed a receipt with open discrepancies or missing units, when one had to. */
  approvedBy: SupervisorApproval.optional(),
}).refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE);
export type ReceiptClosed = z.infer<typeof ReceiptClosed>;

import { z } from 'zod';
import { DISCREPANCY_CODES, type Liability } from '../receiving/discrepancy-codes';
import { EventEnvelopeV2, RECEIPT_SCOPE_MESSAGE, Uuid, hasReceiptScope, receiptScopeFields } from './envelope';
import { ItemId, Measure, SupervisorApproval, UnitRef, lotAndExpiryFields } from './refs';

/**
 * Discrepancies (../shared/guide/DOMAIN.md, "Discrepancies and their standard codes"): the codes come from the
 * one list in renderer/src/domain/receiving/discrepancy-codes.ts, which the partner formats map to X12 861 `RCD`
 * condition codes and EDIFACT RECADV `QVR` reasons.
 */
export const DiscrepancyCode = z.enum(DISCREPANCY_CODES);

/**
 * Built from a record keyed by the domain's `Liability`, so a liability added there fails to compile here until
 * the contract accepts it too (and an unknown one cannot slip in).
 */
export const LiabilitySchema = z.enum({
  carrier: 'carrier',
  supplier: 'supplier',
  internal: 'internal',
} as const satisfies { readonly [L in Liability]: L });

/**
 * A discrepancy as the dock saw it. Quantities are decimal strings with their unit, as everywhere in the
 * contract; `expected` is absent when nothing was expected (not on ASN), `actual` when nothing was found
 * (missing unit). `withinTolerance` is the station's verdict under the configured tolerances (issue 5 §3):
 * inside, it is accepted and recorded; outside, it needs a `discrepancy.approved` or blocks the receipt.
 */
export const DiscrepancyRecorded = EventEnvelopeV2.extend({
  type: z.literal('discrepancy.recorded'),
  ...receiptScopeFields,
  asnVersion: z.number().int().positive().optional(),
  code: DiscrepancyCode,
  liability: LiabilitySchema,
  /** The ASN line concerned, when one is (short, over, lot mismatch...). */
  lineId: z.string().min(1).max(64).optional(),
  /** The unit concerned, when one is (damaged, missing unit, label unreadable...). */
  unit: UnitRef.optional(),
  items: z.array(ItemId).max(16).optional(),
  expected: Measure.optional(),
  actual: Measure.optional(),
  ...lotAndExpiryFields,
  withinTolerance: z.boolean(),
  note: z.string().max(500).optional(),
})
  .refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE)
  .refine((event) => !event.expected || !event.actual || event.expected.uom === event.actual.uom, {
    message: 'expected and actual must be in the same unit of measure',
    path: ['actual', 'uom'],
  });
export type DiscrepancyRecorded = z.infer<typeof DiscrepancyRecorded>;

/**
 * A supervisor accepts a discrepancy outside tolerance (issue 5 §3: PIN or badge scan). Points at the
 * `discrepancy.recorded` it resolves; may assign another liability than the dock recorded.
 */
export const DiscrepancyApproved = EventEnvelopeV2.extend({
  type: z.literal('discrepancy.approved'),
  ...receiptScopeFields,
  discrepancyEventId: Uuid,
  approvedBy: SupervisorApproval,
  liability: LiabilitySchema.optional(),
  reason: z.string().min(1).max(500),
}).refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE);
export type DiscrepancyApproved = z.infer<typeof DiscrepancyApproved>;

import { z } from 'zod';
import { EventEnvelopeV2, RECEIPT_SCOPE_MESSAGE, Uuid, hasReceiptScope, receiptScopeFields } from './envelope';
import { LocationCode, PhotoAttachment, ReasonCode, SupervisorApproval, UnitRef } from './refs';

/** A received unit's life after the scan (issue 5): inspecting, accepted or quarantined, disposed, put away. */

export const ChecklistResult = z.object({
  /** The check's id in the inspection rule that picked the unit. */
  checkId: z.string().min(1).max(64),
  passed: z.boolean(),
  /**
   * A failed critical check fails the inspection; a failed non-critical one is noted only. Absent means
   * critical, as in the inspection rules (renderer/src/domain/receiving/inspection-rules.ts).
   */
  critical: z.boolean().optional(),
  note: z.string().max(500).optional(),
});

/** Damage found, one entry per reason, with the photos that show it (references only, see PhotoAttachment). */
export const DamageFound = z.object({
  /** The warehouse's damage reason (crushed, wet, torn...; inspection-rules.ts DAMAGE_REASONS). */
  reason: ReasonCode,
  note: z.string().max(500).optional(),
  photos: z.array(PhotoAttachment).max(20),
});

export const UnitInspected = EventEnvelopeV2.extend({
  type: z.literal('unit.inspected'),
  ...receiptScopeFields,
  unit: UnitRef,
  /** The inspection rule that selected the unit (supplier, item, sample rate), for audit. */
  ruleId: z.string().min(1).max(64).optional(),
  checklist: z.array(ChecklistResult).min(1).max(100),
  result: z.enum(['pass', 'fail']),
  damage: z.array(DamageFound).max(20),
})
  .refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE)
  // A unit cannot pass with a failed critical check or recorded damage: a supervisor overrides through the
  // quarantine disposition, never by editing the inspection.
  .refine(
    (event) =>
      event.result === 'fail' ||
      (event.damage.length === 0 && event.checklist.every((check) => check.passed || check.critical === false)),
    {
      message: "result 'pass' needs every critical check passed and no damage recorded",
      path: ['result'],
    },
  );
export type UnitInspected = z.infer<typeof UnitInspected>;

export const UnitQuarantined = EventEnvelopeV2.extend({
  type: z.literal('unit.quarantined'),
  ...receiptScopeFields,
  unit: UnitRef,
  reason: z.string().min(1).max(500),
  /** The failed inspection that sent it here, when one did. */
  inspectionEventId: Uuid.optional(),
}).refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE);
export type UnitQuarantined = z.infer<typeof UnitQuarantined>;

/** What a supervisor decides for quarantined stock (issue 5 §1); every one needs a supervisor. */
export const QuarantineDisposition = z.enum(['release-to-stock', 'return-to-vendor', 'scrap']);
export type QuarantineDisposition = z.infer<typeof QuarantineDisposition>;

export const QuarantineDisposed = EventEnvelopeV2.extend({
  type: z.literal('quarantine.disposed'),
  ...receiptScopeFields,
  unit: UnitRef,
  /** The `unit.quarantined` this resolves. */
  quarantineEventId: Uuid,
  disposition: QuarantineDisposition,
  approvedBy: SupervisorApproval,
  reason: z.string().min(1).max(500),
  /** Return material authorisation from the supplier, for `return-to-vendor`. */
  rmaNumber: z.string().min(1).max(64).optional(),
}).refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE);
export type QuarantineDisposed = z.infer<typeof QuarantineDisposed>;

/**
 * The unit is at its location. Both locations travel: the difference between suggested and actual is a
 * putaway-accuracy figure, and a wrong scan caught at the dock never reaches this event.
 */
export const UnitPutAway = EventEnvelopeV2.extend({
  type: z.literal('unit.put-away'),
  ...receiptScopeFields,
  unit: UnitRef,
  suggestedLocation: LocationCode,
  actualLocation: LocationCode,
}).refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE);
export type UnitPutAway = z.infer<typeof UnitPutAway>;

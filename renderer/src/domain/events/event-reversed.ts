import { z } from 'zod';
import { EventEnvelopeV2, RECEIPT_SCOPE_MESSAGE, Uuid, hasReceiptScope, receiptScopeFields } from './envelope';
import { REVERSIBLE_EVENT_TYPES } from './event-types';
import { SupervisorApproval } from './refs';

/**
 * The compensating event (DOMAIN.md: every dock action is immutable; a correction is a new event pointing at
 * what it supersedes). It undoes the whole effect of one earlier event of the same receipt: a reversed
 * `unit.received` no longer counts, a reversed `receipt.closed` reopens the receipt. A reversal cannot itself be
 * reversed: to redo an action the station records it again, under a new eventId.
 */
const SUPERVISED: ReadonlySet<string> = new Set(['supervisor-correction', 'reopened']);

export const EventReversed = EventEnvelopeV2.extend({
  type: z.literal('event.reversed'),
  ...receiptScopeFields,
  reversedEventId: Uuid,
  /** The type of the reversed event, so a reader sees what is undone without looking it up (checked by the ERP). */
  reversedType: z.enum(REVERSIBLE_EVENT_TYPES),
  /**
   * `operator-undo`: the worker's undo of the last action; `recount`: a finished count superseded by a new one;
   * `supervisor-correction`: any other correction; `reopened`: a supervisor reopens a closed receipt (the
   * reversed event is its `receipt.closed`). The last two need the supervisor.
   */
  cause: z.enum(['operator-undo', 'recount', 'supervisor-correction', 'reopened']),
  reason: z.string().min(1).max(500),
  /** Required for a supervisor's correction or reopening, absent otherwise. */
  approvedBy: SupervisorApproval.optional(),
})
  .refine(hasReceiptScope, RECEIPT_SCOPE_MESSAGE)
  .refine((event) => SUPERVISED.has(event.cause) === (event.approvedBy !== undefined), {
    message: 'a supervisor-correction or reopening needs approvedBy; an operator-undo or recount has none',
    path: ['approvedBy'],
  });
export type EventReversed = z.infer<typeof EventReversed>;

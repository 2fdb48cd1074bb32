/**
 * auditCount: counting the contents of ONE opened unit (audit or blind receiving). Its own machine because a
 * count is a burst of captures with its own undo, plausibility prompts and supervisor step, and because its
 * context (the captures) is thrown away once the unit is counted: the unit's snapshot stays small.
 *
 * ```
 *   state               event                              target               records
 *   counting            ITEM_CAPTURED plausible            counting             count.captured (+ discrepancy.recorded per flag)
 *   counting            ITEM_CAPTURED implausible          confirmingQuantity   nothing yet
 *   confirmingQuantity  QUANTITY_CONFIRMED                 counting             count.captured (+ discrepancy.recorded per flag)
 *   confirmingQuantity  QUANTITY_REJECTED | UNDO_LAST      counting             nothing
 *   confirmingQuantity  ITEM_CAPTURED                      (stays)              nothing, "confirm first"
 *   counting            UNDO_LAST                          counting             reversed (the last capture)
 *   counting            FINISH_COUNT accepted              counted (final)      count.finished + discrepancy.recorded…
 *   counting            FINISH_COUNT needs-approval        awaitingApproval     the same, and calls a supervisor
 *   counting            FINISH_COUNT blocked               blocked              the same
 *   awaitingApproval    SUPERVISOR_APPROVED                counted (final)      discrepancy.approved per one needing it
 *   awaitingApproval |  RECOUNT_REQUESTED                  counting             reversed (the finish, cause recount)
 *     blocked
 * ```
 *
 * The app computes, from the captures in context and the ASN, everything that needs business rules: pack maths
 * ((02)+(37), inner packs, units of measure) before ITEM_CAPTURED, the plausibility verdict and lot/expiry checks
 * on it, and the per-line totals, discrepancies and tolerance outcome on FINISH_COUNT. The machine enforces the
 * order of things (confirm before counting on, approve before counted, blocked stays blocked).
 * Blind receiving: the machine never announces an expected quantity, so the same machine serves both modes.
 */
import { assign, setup } from 'xstate';
import {
  factBase,
  receivingEffects,
  type AnnounceParams,
  type CommandMeta,
  type CountCapture,
  type CountedLine,
  type CountOutcome,
  type DiscrepancyCode,
  type DiscrepancyNote,
  type ReceivingFact,
  type RecordParams,
  type ReversalCause,
  type SupervisorAuth,
} from './receiving-types';

export interface AuditCountInput {
  readonly receiptId: string;
  readonly unitId: string;
  readonly label: string;
  /** Blind receiving: the screen hides expected quantities; kept here so a restored screen knows. */
  readonly blind: boolean;
}

/** A check the app made on one capture (lot or expiry against the ASN, wrong item). */
export interface CaptureFlag {
  readonly code: Extract<DiscrepancyCode, 'lot-mismatch' | 'expiry-mismatch' | 'expiry-unacceptable' | 'wrong-item'>;
  readonly needsApproval: boolean;
  readonly note?: string;
}

export interface CountFinish {
  readonly commandId: string;
  readonly lines: readonly CountedLine[];
  readonly outcome: CountOutcome;
  readonly discrepancyIds: readonly string[];
  /** Those a supervisor must approve before the count is accepted. */
  readonly approvalIds: readonly string[];
}

export interface AuditCountContext extends AuditCountInput {
  readonly captures: readonly CountCapture[];
  /** A capture the plausibility guard questioned, waiting for the worker's confirmation. */
  readonly pending: { readonly capture: CountCapture; readonly flags: readonly CaptureFlag[] } | null;
  readonly finish: CountFinish | null;
}

export interface AuditCountOutput {
  readonly lines: readonly CountedLine[];
  readonly discrepancyIds: readonly string[];
}

export type AuditCountEvent =
  | {
      readonly type: 'ITEM_CAPTURED';
      readonly meta: CommandMeta;
      readonly gtin: string;
      /** In each units, after pack maths. Decimal string. */
      readonly quantity: string;
      readonly uom: string;
      readonly lot?: string;
      readonly expiry?: string;
      readonly source: CountCapture['source'];
      /** The app's plausibility guard (pack size, ASN quantity, history). */
      readonly plausibility: 'plausible' | 'implausible';
      readonly flags: readonly CaptureFlag[];
    }
  | { readonly type: 'QUANTITY_CONFIRMED'; readonly meta: CommandMeta }
  | { readonly type: 'QUANTITY_REJECTED'; readonly meta: CommandMeta }
  | { readonly type: 'UNDO_LAST'; readonly meta: CommandMeta }
  | {
      readonly type: 'FINISH_COUNT';
      readonly meta: CommandMeta;
      /** Per GTIN/lot/expiry totals of the captures, matched to ASN lines. */
      readonly lines: readonly CountedLine[];
      /** Short, over, ... as the tolerance rules judged them; ids are the app's, deterministic per command. */
      readonly discrepancies: readonly DiscrepancyNote[];
      readonly outcome: CountOutcome;
    }
  | {
      readonly type: 'SUPERVISOR_APPROVED';
      readonly meta: CommandMeta;
      readonly supervisor: SupervisorAuth;
      readonly reason: string;
    }
  | { readonly type: 'RECOUNT_REQUESTED'; readonly meta: CommandMeta; readonly reason: string };

type CapturedEvent = Extract<AuditCountEvent, { type: 'ITEM_CAPTURED' }>;
interface Args<E> {
  readonly context: AuditCountContext;
  readonly event: E;
}

function captureOf(event: CapturedEvent, confirmedImplausible: boolean): CountCapture {
  return {
    captureId: event.meta.commandId,
    gtin: event.gtin,
    quantity: event.quantity,
    uom: event.uom,
    ...(event.lot === undefined ? {} : { lot: event.lot }),
    ...(event.expiry === undefined ? {} : { expiry: event.expiry }),
    source: event.source,
    confirmedImplausible,
  };
}

/** count.captured, then one discrepancy.recorded per flag, all under the capturing command. */
function captureFacts(
  context: AuditCountContext,
  meta: CommandMeta,
  capture: CountCapture,
  flags: readonly CaptureFlag[],
): ReceivingFact[] {
  // The facts are stamped by the command that made the capture count (the confirmation for a questioned one).
  return [
    { ...factBase(meta, context.receiptId), type: 'count.captured', unitId: context.unitId, capture },
    ...flags.map((flag): ReceivingFact => ({
      ...factBase(meta, context.receiptId),
      type: 'discrepancy.recorded',
      discrepancy: {
        discrepancyId: `${meta.commandId}/${flag.code}`,
        code: flag.code,
        needsApproval: flag.needsApproval,
        unitId: context.unitId,
        gtin: capture.gtin,
        ...(flag.note === undefined ? {} : { note: flag.note }),
      },
    })),
  ];
}

function capturedAnnouncement(capture: CountCapture, flags: readonly CaptureFlag[]): AnnounceParams {
  const counted = `${capture.quantity} ${capture.uom} counted.`;
  if (flags.length === 0) return { tone: 'success', text: counted };
  const words: Record<CaptureFlag['code'], string> = {
    'lot-mismatch': 'lot differs from the ASN',
    'expiry-mismatch': 'expiry differs from the ASN',
    'expiry-unacceptable': 'expiry is too short',
    'wrong-item': 'this item is not on the ASN for this unit',
  };
  return { tone: 'warning', text: `${counted} Note: ${flags.map((f) => words[f.code]).join(', ')}.` };
}

function reversal(
  context: AuditCountContext,
  meta: CommandMeta,
  supersedes: string,
  cause: ReversalCause,
  reason: string,
): RecordParams {
  return {
    facts: [
      {
        ...factBase(meta, context.receiptId),
        type: 'reversed',
        supersedes,
        unitId: context.unitId,
        cause,
        reason,
      },
    ],
  };
}

function finishFacts({ context, event }: Args<Extract<AuditCountEvent, { type: 'FINISH_COUNT' }>>): RecordParams {
  return {
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'count.finished',
        unitId: context.unitId,
        lines: event.lines,
        outcome: event.outcome,
        discrepancyIds: event.discrepancies.map((d) => d.discrepancyId),
      },
      ...event.discrepancies.map((discrepancy): ReceivingFact => ({
        ...factBase(event.meta, context.receiptId),
        type: 'discrepancy.recorded',
        discrepancy: { ...discrepancy, unitId: context.unitId },
      })),
    ],
  };
}

function rememberFinish({ event }: Args<Extract<AuditCountEvent, { type: 'FINISH_COUNT' }>>) {
  return {
    finish: {
      commandId: event.meta.commandId,
      lines: event.lines,
      outcome: event.outcome,
      discrepancyIds: event.discrepancies.map((d) => d.discrepancyId),
      approvalIds: event.discrepancies.filter((d) => d.needsApproval).map((d) => d.discrepancyId),
    },
  };
}

function recountFacts({ context, event }: Args<Extract<AuditCountEvent, { type: 'RECOUNT_REQUESTED' }>>) {
  // A recount supersedes the finish and the discrepancies it raised; the captures stay and can be corrected.
  return reversal(context, event.meta, context.finish?.commandId ?? '', 'recount', event.reason);
}

export const auditCountMachine = setup({
  types: {
    context: {} as AuditCountContext,
    events: {} as AuditCountEvent,
    input: {} as AuditCountInput,
    output: {} as AuditCountOutput,
  },
  // Effects are declared by name and implemented by the app (journal writer) or by tests (collectors).
  actions: receivingEffects,
  guards: {
    isPlausible: ({ event }) => event.type === 'ITEM_CAPTURED' && event.plausibility === 'plausible',
    hasCaptures: ({ context }) => context.captures.length > 0,
    isWithinTolerance: ({ event }) => event.type === 'FINISH_COUNT' && event.outcome === 'accepted',
    needsSupervisorApproval: ({ event }) => event.type === 'FINISH_COUNT' && event.outcome === 'needs-approval',
  },
}).createMachine({
  id: 'auditCount',
  context: ({ input }) => ({ ...input, captures: [], pending: null, finish: null }),
  initial: 'counting',
  states: {
    counting: {
      on: {
        ITEM_CAPTURED: [
          {
            guard: 'isPlausible',
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({
                  facts: captureFacts(context, event.meta, captureOf(event, false), event.flags),
                }),
              },
              assign({ captures: ({ context, event }) => [...context.captures, captureOf(event, false)] }),
              { type: 'announce', params: ({ event }) => capturedAnnouncement(captureOf(event, false), event.flags) },
            ],
          },
          {
            target: 'confirmingQuantity',
            actions: [
              assign({ pending: ({ event }) => ({ capture: captureOf(event, true), flags: event.flags }) }),
              {
                type: 'announce',
                params: ({ event }) => ({
                  tone: 'warning',
                  text: `${event.quantity} ${event.uom} looks wrong. Confirm it or scan again.`,
                }),
              },
            ],
          },
        ],
        UNDO_LAST: [
          {
            guard: 'hasCaptures',
            actions: [
              {
                type: 'record',
                params: ({ context, event }) =>
                  reversal(context, event.meta, context.captures.at(-1)?.captureId ?? '', 'undo', 'undo'),
              },
              {
                type: 'announce',
                params: ({ context }) => {
                  const last = context.captures.at(-1);
                  return { tone: 'warning', text: `Undone: ${last?.quantity ?? ''} ${last?.uom ?? ''} removed.` };
                },
              },
              assign({ captures: ({ context }) => context.captures.slice(0, -1) }),
            ],
          },
          { actions: { type: 'announce', params: { tone: 'warning', text: 'Nothing to undo.' } } },
        ],
        FINISH_COUNT: [
          {
            guard: 'isWithinTolerance',
            target: 'counted',
            actions: [
              { type: 'record', params: finishFacts },
              assign(rememberFinish),
              {
                type: 'announce',
                params: ({ context }) => ({ tone: 'success', text: `${context.label} counted.` }),
              },
            ],
          },
          {
            guard: 'needsSupervisorApproval',
            target: 'awaitingApproval',
            actions: [
              { type: 'record', params: finishFacts },
              assign(rememberFinish),
              {
                type: 'announce',
                params: ({ context }) => ({
                  tone: 'warning',
                  text: `${context.label}: the count is outside tolerance. A supervisor must approve it.`,
                }),
              },
              {
                type: 'requestSupervisor',
                params: ({ context }) => ({
                  reason: 'tolerance-exceeded',
                  receiptId: context.receiptId,
                  unitId: context.unitId,
                  text: `${context.label}: count outside tolerance, approve or ask for a recount.`,
                }),
              },
            ],
          },
          {
            target: 'blocked',
            actions: [
              { type: 'record', params: finishFacts },
              assign(rememberFinish),
              {
                type: 'announce',
                params: ({ context }) => ({
                  tone: 'error',
                  text: `${context.label}: the count is too far off to accept. Recount it.`,
                }),
              },
            ],
          },
        ],
      },
    },
    confirmingQuantity: {
      on: {
        QUANTITY_CONFIRMED: {
          target: 'counting',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: context.pending
                  ? captureFacts(
                      context,
                      event.meta,
                      { ...context.pending.capture, captureId: event.meta.commandId },
                      context.pending.flags,
                    )
                  : [],
              }),
            },
            {
              type: 'announce',
              params: ({ context }) =>
                context.pending
                  ? capturedAnnouncement(context.pending.capture, context.pending.flags)
                  : { tone: 'warning', text: 'Nothing to confirm.' },
            },
            assign(({ context, event }) => ({
              // The capture is identified by the confirming command: its facts carry that id, undo points at it.
              captures: context.pending
                ? [...context.captures, { ...context.pending.capture, captureId: event.meta.commandId }]
                : context.captures,
              pending: null,
            })),
          ],
        },
        QUANTITY_REJECTED: {
          target: 'counting',
          actions: [
            assign({ pending: null }),
            { type: 'announce', params: { tone: 'warning', text: 'Quantity dropped. Scan or key it again.' } },
          ],
        },
        UNDO_LAST: {
          target: 'counting',
          actions: [
            assign({ pending: null }),
            { type: 'announce', params: { tone: 'warning', text: 'Quantity dropped. Scan or key it again.' } },
          ],
        },
        ITEM_CAPTURED: {
          actions: {
            type: 'announce',
            params: { tone: 'error', text: 'Confirm or drop the last quantity first.' },
          },
        },
      },
    },
    awaitingApproval: {
      on: {
        SUPERVISOR_APPROVED: {
          target: 'counted',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: (context.finish?.approvalIds ?? []).map((discrepancyId): ReceivingFact => ({
                  ...factBase(event.meta, context.receiptId),
                  type: 'discrepancy.approved',
                  discrepancyId,
                  supervisor: event.supervisor,
                  reason: event.reason,
                })),
              }),
            },
            {
              type: 'announce',
              params: ({ context }) => ({ tone: 'success', text: `${context.label} counted, approved.` }),
            },
          ],
        },
        RECOUNT_REQUESTED: {
          target: 'counting',
          actions: [
            { type: 'record', params: recountFacts },
            assign({ finish: null }),
            { type: 'announce', params: { tone: 'warning', text: 'Recount: correct the quantities, then finish.' } },
          ],
        },
      },
    },
    blocked: {
      on: {
        RECOUNT_REQUESTED: {
          target: 'counting',
          actions: [
            { type: 'record', params: recountFacts },
            assign({ finish: null }),
            { type: 'announce', params: { tone: 'warning', text: 'Recount: correct the quantities, then finish.' } },
          ],
        },
      },
    },
    counted: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    lines: context.finish?.lines ?? [],
    discrepancyIds: context.finish?.discrepancyIds ?? [],
  }),
});

export type AuditCountMachine = typeof auditCountMachine;

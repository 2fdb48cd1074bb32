/**
 * logisticUnit: the life of ONE logistic unit (pallet, carton...) on a receipt. One persisted snapshot per unit,
 * so the context stays a handful of fields; contents travel on the facts, never in context.
 *
 * ```
 *   state                        event                          target                       records
 *   expected                     RECEIVE_SCANNED trust          (received)                   unit.received (ASN contents)
 *   expected                     RECEIVE_SCANNED audit | blind  counting                     unit.received (no contents)
 *   counting                     COUNT_COMPLETED                (received)                   unit.counted
 *   (received) transient         always, inspection selected    inspecting                   nothing
 *   (received) transient         always, otherwise              accepted.awaitingPutaway     nothing
 *   inspecting                   INSPECTION_PASSED              accepted.awaitingPutaway     unit.inspected
 *   inspecting                   INSPECTION_FAILED              quarantined.awaitingPutaway  unit.inspected (+ damaged)
 *   accepted.awaitingPutaway     LOCATION_SCANNED right         accepted.stored              unit.put-away (stock)
 *   quarantined.awaitingPutaway  LOCATION_SCANNED right         quarantined.stored           unit.put-away (quarantine)
 *   *.awaitingPutaway            LOCATION_SCANNED wrong         (stays)                      nothing; says where it goes
 *   quarantined.*                QUARANTINE_RELEASED            accepted.awaitingPutaway     nothing (disposition did)
 *   quarantined.*                QUARANTINE_DISPOSED            disposed                     nothing (disposition did)
 *   expected                     RECEIVED_WITH_PARENT           withParent                   nothing (the parent's fact lists it)
 *   withParent                   PARENT_RECEIPT_REVERSED        expected                     nothing (the parent's reversal)
 *   any but expected             RECEIVE_SCANNED                (stays)                      discrepancy.recorded duplicate-scan
 *   any                          UNDO_LAST                      state before the last action reversed (that command)
 *
 *   UNDO_LAST is one level deep (received → expected, counted → counting, inspected → inspecting,
 *   put away → awaiting putaway); with nothing to undo it only says so. A supervisor's quarantine decision is not
 *   undone here. `disposed` is not final on purpose: a later scan of the unit must still be caught and announced.
 * ```
 *
 * Facts: unit.received, unit.counted, unit.inspected (+ discrepancy.recorded `damaged`), unit.put-away,
 * discrepancy.recorded `duplicate-scan`, reversed. QUARANTINE_RELEASED / QUARANTINE_DISPOSED record nothing: the
 * quarantineDisposition machine recorded the decision in the same transaction; they only move this unit on.
 */
import { assign, setup } from 'xstate';
import {
  factBase,
  receivingEffects,
  type AnnounceParams,
  type CommandMeta,
  type ContentLine,
  type CountedLine,
  type InspectionCheck,
  type ReceiveMode,
  type RecordParams,
} from './receiving-types';

export interface LogisticUnitInput {
  readonly receiptId: string;
  readonly unitId: string;
  readonly sscc: string | null;
  /** How the dock names the unit aloud, e.g. "Pallet …4821". */
  readonly label: string;
}

/** What can be undone, and so where UNDO_LAST returns to. */
export type UnitUndoableAction = 'received' | 'counted' | 'inspected' | 'put-away-stock' | 'put-away-quarantine';

export interface LogisticUnitContext extends LogisticUnitInput {
  readonly mode: ReceiveMode | null;
  /** Set while the unit was received as part of its parent, not on its own. */
  readonly receivedWithParent: string | null;
  readonly inspectionSelected: boolean;
  readonly receivedAt: string | null;
  /** Where the app's putaway rules want it; shown to the worker. */
  readonly suggestedLocation: string | null;
  readonly location: string | null;
  readonly lastAction: { readonly commandId: string; readonly kind: UnitUndoableAction } | null;
}

export type LogisticUnitEvent =
  | {
      readonly type: 'RECEIVE_SCANNED';
      readonly meta: CommandMeta;
      readonly mode: ReceiveMode;
      readonly nestedUnitIds: readonly string[];
      /** Trust: the ASN's lines for this unit and its nested units. Audit and blind: empty. */
      readonly contents: readonly ContentLine[];
      /** The app's inspection rules (supplier, item, sample rate) decided this. */
      readonly inspectionSelected: boolean;
      readonly suggestedLocation: string | null;
    }
  | {
      readonly type: 'COUNT_COMPLETED';
      readonly meta: CommandMeta;
      /** The auditCount machine's output. */
      readonly lines: readonly CountedLine[];
      readonly discrepancyIds: readonly string[];
      readonly suggestedLocation: string | null;
    }
  | {
      readonly type: 'INSPECTION_PASSED';
      readonly meta: CommandMeta;
      readonly checks: readonly InspectionCheck[];
      readonly suggestedLocation: string | null;
    }
  | {
      readonly type: 'INSPECTION_FAILED';
      readonly meta: CommandMeta;
      readonly checks: readonly InspectionCheck[];
      readonly reasonCode: string;
      readonly photoIds: readonly string[];
      /** Physical damage seen: also raises a `damaged` discrepancy (carrier liability by default). */
      readonly damaged: boolean;
      /** In the quarantine zone (the app's putaway rules). */
      readonly suggestedLocation: string | null;
    }
  | {
      readonly type: 'LOCATION_SCANNED';
      readonly meta: CommandMeta;
      readonly location: string;
      /** The app's location check against its putaway rules (a zone may accept several bins). */
      readonly locationCheck: 'right' | 'wrong';
    }
  /**
   * The unit's parent (a pallet) was trust-received with it: its receipt is on the parent's `unit.received`
   * (`nestedUnitIds`), so this records nothing; it only makes a later scan of this unit a duplicate.
   */
  | { readonly type: 'RECEIVED_WITH_PARENT'; readonly meta: CommandMeta; readonly parentUnitId: string }
  /** The parent's receipt was undone (its `reversed` covers this unit too). */
  | { readonly type: 'PARENT_RECEIPT_REVERSED'; readonly meta: CommandMeta }
  | { readonly type: 'QUARANTINE_RELEASED'; readonly meta: CommandMeta; readonly suggestedLocation: string | null }
  | { readonly type: 'QUARANTINE_DISPOSED'; readonly meta: CommandMeta }
  | { readonly type: 'UNDO_LAST'; readonly meta: CommandMeta };

/** HH:MM of an ISO date-time as written (the app writes station-local time with its offset). */
function clockTime(iso: string | null): string {
  return iso === null ? 'earlier' : iso.slice(11, 16);
}

function goTo(location: string | null): string {
  return location === null ? 'Scan the location.' : `Put away to ${location}.`;
}

/** Params builders shared by several transitions; typed on the fields they read so any narrowed event fits. */
interface Args<E> {
  readonly context: LogisticUnitContext;
  readonly event: E;
}

function receiptFacts({ context, event }: Args<Extract<LogisticUnitEvent, { type: 'RECEIVE_SCANNED' }>>): RecordParams {
  return {
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'unit.received',
        unitId: context.unitId,
        sscc: context.sscc,
        mode: event.mode,
        nestedUnitIds: event.nestedUnitIds,
        contents: event.mode === 'trust' ? event.contents : [],
      },
    ],
  };
}

function putawayFacts(zone: 'stock' | 'quarantine') {
  return ({ context, event }: Args<Extract<LogisticUnitEvent, { type: 'LOCATION_SCANNED' }>>): RecordParams => ({
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'unit.put-away',
        unitId: context.unitId,
        location: event.location,
        zone,
      },
    ],
  });
}

function putawayAnnouncement({ context, event }: Args<{ readonly location: string }>): AnnounceParams {
  return { tone: 'success', text: `${context.label} put away at ${event.location}. Done.` };
}

function wrongLocationAnnouncement({ context, event }: Args<{ readonly location: string }>): AnnounceParams {
  const where =
    context.suggestedLocation === null ? 'Check the putaway list.' : `It goes to ${context.suggestedLocation}.`;
  return { tone: 'error', text: `Wrong location ${event.location}. ${where}` };
}

/** A compensating fact for the whole last command: the journal keeps both, the projection drops the effect. */
function reversalFacts({ context, event }: Args<{ readonly meta: CommandMeta }>): RecordParams {
  return {
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'reversed',
        supersedes: context.lastAction?.commandId ?? '',
        unitId: context.unitId,
        cause: 'undo',
        reason: 'undo',
      },
    ],
  };
}

function undoAnnouncement({ context }: Args<unknown>): AnnounceParams {
  return { tone: 'warning', text: `Undone. ${context.label} is back where it was.` };
}

export const logisticUnitMachine = setup({
  types: {
    context: {} as LogisticUnitContext,
    events: {} as LogisticUnitEvent,
    input: {} as LogisticUnitInput,
  },
  // Effects are declared by name and implemented by the app (journal writer) or by tests (collectors).
  actions: receivingEffects,
  guards: {
    isTrustReceipt: ({ event }) => event.type === 'RECEIVE_SCANNED' && event.mode === 'trust',
    isSelectedForInspection: ({ context }) => context.inspectionSelected,
    isRightLocation: ({ event }) => event.type === 'LOCATION_SCANNED' && event.locationCheck === 'right',
    lastActionWas: ({ context }, params: { kind: UnitUndoableAction }) => context.lastAction?.kind === params.kind,
  },
}).createMachine({
  id: 'logisticUnit',
  context: ({ input }) => ({
    ...input,
    mode: null,
    receivedWithParent: null,
    inspectionSelected: false,
    receivedAt: null,
    suggestedLocation: null,
    location: null,
    lastAction: null,
  }),
  initial: 'expected',
  on: {
    // Any state that does not handle a receipt scan itself has already been received: catch the second scan.
    RECEIVE_SCANNED: {
      actions: [
        {
          type: 'record',
          params: ({ context, event }) => ({
            facts: [
              {
                ...factBase(event.meta, context.receiptId),
                type: 'discrepancy.recorded',
                discrepancy: {
                  discrepancyId: `${event.meta.commandId}/duplicate-scan`,
                  code: 'duplicate-scan',
                  needsApproval: false,
                  unitId: context.unitId,
                  ...(context.sscc === null ? {} : { sscc: context.sscc }),
                },
              },
            ],
          }),
        },
        {
          type: 'announce',
          params: ({ context }) => ({
            tone: 'warning',
            text: `${context.label} was already received at ${clockTime(context.receivedAt)}. Scan the next one.`,
          }),
        },
      ],
    },
    UNDO_LAST: [
      {
        guard: { type: 'lastActionWas', params: { kind: 'received' } },
        target: '.expected',
        actions: [
          { type: 'record', params: reversalFacts },
          assign({
            mode: null,
            inspectionSelected: false,
            receivedAt: null,
            suggestedLocation: null,
            lastAction: null,
          }),
          { type: 'announce', params: undoAnnouncement },
        ],
      },
      {
        guard: { type: 'lastActionWas', params: { kind: 'counted' } },
        target: '.counting',
        actions: [
          { type: 'record', params: reversalFacts },
          assign({ lastAction: null }),
          { type: 'announce', params: undoAnnouncement },
        ],
      },
      {
        guard: { type: 'lastActionWas', params: { kind: 'inspected' } },
        target: '.inspecting',
        actions: [
          { type: 'record', params: reversalFacts },
          assign({ lastAction: null }),
          { type: 'announce', params: undoAnnouncement },
        ],
      },
      {
        guard: { type: 'lastActionWas', params: { kind: 'put-away-stock' } },
        target: '.accepted.awaitingPutaway',
        actions: [
          { type: 'record', params: reversalFacts },
          assign({ location: null, lastAction: null }),
          { type: 'announce', params: undoAnnouncement },
        ],
      },
      {
        guard: { type: 'lastActionWas', params: { kind: 'put-away-quarantine' } },
        target: '.quarantined.awaitingPutaway',
        actions: [
          { type: 'record', params: reversalFacts },
          assign({ location: null, lastAction: null }),
          { type: 'announce', params: undoAnnouncement },
        ],
      },
      { actions: { type: 'announce', params: { tone: 'warning', text: 'Nothing to undo.' } } },
    ],
  },
  states: {
    expected: {
      on: {
        RECEIVED_WITH_PARENT: {
          target: 'withParent',
          actions: assign(({ event }) => ({
            mode: 'trust' as const,
            receivedAt: event.meta.at,
            receivedWithParent: event.parentUnitId,
          })),
        },
        RECEIVE_SCANNED: [
          {
            guard: 'isTrustReceipt',
            target: 'received',
            actions: [
              { type: 'record', params: receiptFacts },
              assign(({ event }) => ({
                mode: event.mode,
                inspectionSelected: event.inspectionSelected,
                receivedAt: event.meta.at,
                suggestedLocation: event.suggestedLocation,
                lastAction: { commandId: event.meta.commandId, kind: 'received' as const },
              })),
            ],
          },
          {
            target: 'counting',
            actions: [
              { type: 'record', params: receiptFacts },
              assign(({ event }) => ({
                mode: event.mode,
                inspectionSelected: event.inspectionSelected,
                receivedAt: event.meta.at,
                suggestedLocation: event.suggestedLocation,
                lastAction: { commandId: event.meta.commandId, kind: 'received' as const },
              })),
              {
                type: 'announce',
                params: ({ context, event }) => ({
                  tone: 'success',
                  text:
                    event.mode === 'blind'
                      ? `${context.label} received. Count everything in it.`
                      : `${context.label} received. Count it against the list.`,
                }),
              },
            ],
          },
        ],
      },
    },
    // Received inside its parent (trust receipt of a pallet); it moves and is put away with the parent.
    withParent: {
      on: {
        PARENT_RECEIPT_REVERSED: {
          target: 'expected',
          actions: assign({ mode: null, receivedAt: null, receivedWithParent: null }),
        },
      },
    },
    counting: {
      on: {
        COUNT_COMPLETED: {
          target: 'received',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: [
                  {
                    ...factBase(event.meta, context.receiptId),
                    type: 'unit.counted',
                    unitId: context.unitId,
                    lines: event.lines,
                    discrepancyIds: event.discrepancyIds,
                  },
                ],
              }),
            },
            assign(({ event }) => ({
              suggestedLocation: event.suggestedLocation,
              lastAction: { commandId: event.meta.commandId, kind: 'counted' as const },
            })),
          ],
        },
      },
    },
    // Transient: where a received (or counted) unit goes next is decided by the inspection selection.
    received: {
      always: [
        {
          guard: 'isSelectedForInspection',
          target: 'inspecting',
          actions: {
            type: 'announce',
            params: ({ context }) => ({ tone: 'warning', text: `${context.label}: inspect it before putaway.` }),
          },
        },
        {
          target: 'accepted',
          actions: {
            type: 'announce',
            params: ({ context }) => ({
              tone: 'success',
              text: `${context.label} accepted. ${goTo(context.suggestedLocation)}`,
            }),
          },
        },
      ],
    },
    inspecting: {
      on: {
        INSPECTION_PASSED: {
          target: 'accepted',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: [
                  {
                    ...factBase(event.meta, context.receiptId),
                    type: 'unit.inspected',
                    unitId: context.unitId,
                    passed: true,
                    checks: event.checks,
                    reasonCode: null,
                    photoIds: [],
                  },
                ],
              }),
            },
            assign(({ event }) => ({
              suggestedLocation: event.suggestedLocation,
              lastAction: { commandId: event.meta.commandId, kind: 'inspected' as const },
            })),
            {
              type: 'announce',
              params: ({ context }) => ({
                tone: 'success',
                text: `${context.label} passed inspection. ${goTo(context.suggestedLocation)}`,
              }),
            },
          ],
        },
        INSPECTION_FAILED: {
          target: 'quarantined',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: [
                  {
                    ...factBase(event.meta, context.receiptId),
                    type: 'unit.inspected',
                    unitId: context.unitId,
                    passed: false,
                    checks: event.checks,
                    reasonCode: event.reasonCode,
                    photoIds: event.photoIds,
                  },
                  ...(event.damaged
                    ? [
                        {
                          ...factBase(event.meta, context.receiptId),
                          type: 'discrepancy.recorded' as const,
                          discrepancy: {
                            discrepancyId: `${event.meta.commandId}/damaged`,
                            code: 'damaged' as const,
                            needsApproval: false,
                            unitId: context.unitId,
                            ...(context.sscc === null ? {} : { sscc: context.sscc }),
                            note: event.reasonCode,
                          },
                        },
                      ]
                    : []),
                ],
              }),
            },
            assign(({ event }) => ({
              suggestedLocation: event.suggestedLocation,
              lastAction: { commandId: event.meta.commandId, kind: 'inspected' as const },
            })),
            {
              type: 'announce',
              params: ({ context }) => ({
                tone: 'error',
                text: `${context.label} failed inspection. Quarantine it. ${goTo(context.suggestedLocation)}`,
              }),
            },
          ],
        },
      },
    },
    accepted: {
      initial: 'awaitingPutaway',
      states: {
        awaitingPutaway: {
          on: {
            LOCATION_SCANNED: [
              {
                guard: 'isRightLocation',
                target: 'stored',
                actions: [
                  { type: 'record', params: putawayFacts('stock') },
                  assign(({ event }) => ({
                    location: event.location,
                    lastAction: { commandId: event.meta.commandId, kind: 'put-away-stock' as const },
                  })),
                  { type: 'announce', params: putawayAnnouncement },
                ],
              },
              { actions: { type: 'announce', params: wrongLocationAnnouncement } },
            ],
          },
        },
        stored: {},
      },
    },
    quarantined: {
      initial: 'awaitingPutaway',
      on: {
        QUARANTINE_RELEASED: {
          target: 'accepted',
          actions: [
            assign(({ event }) => ({ suggestedLocation: event.suggestedLocation, location: null, lastAction: null })),
            {
              type: 'announce',
              params: ({ context }) => ({
                tone: 'success',
                text: `${context.label} released to stock. ${goTo(context.suggestedLocation)}`,
              }),
            },
          ],
        },
        QUARANTINE_DISPOSED: {
          target: 'disposed',
          actions: [
            assign({ lastAction: null }),
            {
              type: 'announce',
              params: ({ context }) => ({ tone: 'success', text: `${context.label} is off the books here.` }),
            },
          ],
        },
      },
      states: {
        awaitingPutaway: {
          on: {
            LOCATION_SCANNED: [
              {
                guard: 'isRightLocation',
                target: 'stored',
                actions: [
                  { type: 'record', params: putawayFacts('quarantine') },
                  assign(({ event }) => ({
                    location: event.location,
                    lastAction: { commandId: event.meta.commandId, kind: 'put-away-quarantine' as const },
                  })),
                  { type: 'announce', params: putawayAnnouncement },
                ],
              },
              { actions: { type: 'announce', params: wrongLocationAnnouncement } },
            ],
          },
        },
        stored: {},
      },
    },
    // Returned to vendor or scrapped. Not a final state: a later scan must still be caught and announced.
    disposed: {},
  },
});

export type LogisticUnitMachine = typeof logisticUnitMachine;

/**
 * receiptSession: one receipt of one trailer, against an ASN (or a PO when there is no ASN). It owns what belongs
 * to the receipt as a whole: arrival and seal, the receiving mode, units not on the ASN, the progress counters,
 * the closing checklist and who approved what. Each unit's own life is in logisticUnit (one snapshot per unit).
 *
 * ```
 *   state                  event                                target                 records
 *   expected               ARRIVAL_RECORDED, seal sound         receiving              receipt.arrived
 *   expected               ARRIVAL_RECORDED, seal broken,       awaitingSealApproval   receipt.arrived + discrepancy.recorded
 *                            missing or not as announced                                 seal-broken; calls a supervisor
 *   awaitingSealApproval   SUPERVISOR_APPROVED                  receiving              discrepancy.approved
 *   receiving              MODE_CHANGED (another mode)          (stays)                receipt.mode-changed
 *   receiving              UNEXPECTED_UNIT_SCANNED              (stays)                discrepancy.recorded unexpected-unit,
 *                                                                                        or duplicate-scan for a known stray
 *   receiving | closing    APPROVE_DISCREPANCY (session's own)  (stays)                discrepancy.approved
 *   receiving              UNDO_LAST                            (stays)                reversed (stray unit or mode change)
 *   receiving              REQUEST_CLOSE                        closing                nothing; lists missing and waiting
 *   closing                RESUME_RECEIVING                     receiving              nothing
 *   closing                CLOSE_CONFIRMED, approvals waiting   (stays)                nothing; calls a supervisor
 *   closing                CLOSE_CONFIRMED                      closed                 discrepancy.recorded missing-unit
 *                                                                                        per missing unit + receipt.closed
 *   closed                 REOPEN_REQUESTED (supervisor)        receiving              reversed (the close) + receipt.reopened
 *   expected | awaiting…   ASN_CANCELLED                        cancelled (final)      receipt.cancelled
 *   receiving              ASN_CANCELLED, nothing received      cancelled (final)      receipt.cancelled
 *   receiving | closing    ASN_CANCELLED, units received        cancelledWithReceipts  receipt.cancelled; calls a supervisor
 *   cancelledWithReceipts  CLOSE_CONFIRMED by a supervisor      closed                 receipt.closed
 *   not receiving          UNEXPECTED_UNIT_SCANNED              (stays)                nothing; says why scans are refused
 *   any                    UNITS_TALLIED, DISCREPANCY_NOTED,    (stays)                nothing: projections of facts other
 *                            DISCREPANCY_RESOLVED, ASN_REVISED                           machines recorded in the same command
 * ```
 *
 * The projection events (UNITS_TALLIED...) are sent by the app in the same command as the fact they mirror
 * (a receipt scan: RECEIVE_SCANNED to the unit, UNITS_TALLIED to the session) with the same `meta`, so the
 * session's counters and list of waiting approvals cannot drift from the journal and nothing is recorded twice.
 * Progress "received of expected" is `context.receivedUnits` of `context.expectedUnits`.
 *
 * Gate: the app asks `acceptsUnitScans(snapshot)` before routing an SSCC scan to a logisticUnit; when it is false,
 * `scanRefusal(snapshot)` says why in the worker's words.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  factBase,
  receivingEffects,
  type Announcement,
  type AnnounceParams,
  type CommandMeta,
  type OpenDiscrepancy,
  type ReceiveMode,
  type ReceivingFact,
  type RecordParams,
  type ReversalCause,
  type SupervisorAuth,
} from './receiving-types';

export interface ReceiptSessionInput {
  /** The ASN id, or the PO number for a receipt without ASN. */
  readonly receiptId: string;
  readonly basis: 'asn' | 'po';
  readonly asnVersion: number | null;
  /** Units the dock will count toward progress (the app decides which levels count: pallets, cartons...). */
  readonly expectedUnits: number;
  /** Seal numbers the ASN announced (X12 TD309 / REF*SN, EDIFACT SEL); empty when none. */
  readonly expectedSeals: readonly string[];
  /** The station's default mode for this supplier. */
  readonly mode: ReceiveMode;
}

export type SealState = 'intact' | 'broken' | 'mismatch' | 'none';

export type SessionUndoable =
  | {
      readonly commandId: string;
      readonly kind: 'unexpected-unit';
      readonly sscc: string;
      readonly discrepancyId: string;
    }
  | { readonly commandId: string; readonly kind: 'mode-changed'; readonly from: ReceiveMode };

export interface ReceiptSessionContext extends ReceiptSessionInput {
  readonly dockDoor: string | null;
  readonly trailer: string | null;
  readonly sealNumber: string | null;
  readonly seal: SealState | null;
  readonly receivedUnits: number;
  readonly duplicateScans: number;
  /** SSCCs scanned that are not on the ASN; kept so a second scan of one is caught. Few per receipt. */
  readonly unexpectedSsccs: readonly string[];
  /** Discrepancies that must be approved before closing, whichever machine raised them. */
  readonly openDiscrepancies: readonly OpenDiscrepancy[];
  /** Set on REQUEST_CLOSE from the app's projection; shown on the closing screen. */
  readonly missingUnitIds: readonly string[];
  readonly closeCommandId: string | null;
  readonly lastAction: SessionUndoable | null;
}

export type ReceiptSessionEvent =
  | {
      readonly type: 'ARRIVAL_RECORDED';
      readonly meta: CommandMeta;
      readonly dockDoor: string;
      readonly trailer: string;
      /** Null when the trailer carries no seal. */
      readonly sealNumber: string | null;
      readonly sealIntact: boolean;
    }
  | {
      readonly type: 'SUPERVISOR_APPROVED';
      readonly meta: CommandMeta;
      readonly supervisor: SupervisorAuth;
      readonly reason: string;
    }
  | { readonly type: 'MODE_CHANGED'; readonly meta: CommandMeta; readonly mode: ReceiveMode }
  | {
      readonly type: 'UNEXPECTED_UNIT_SCANNED';
      readonly meta: CommandMeta;
      readonly sscc: string;
      /** The app's rules (supplier policy) decide whether a stray unit needs a supervisor before closing. */
      readonly needsApproval: boolean;
    }
  | {
      readonly type: 'APPROVE_DISCREPANCY';
      readonly meta: CommandMeta;
      readonly discrepancyId: string;
      readonly supervisor: SupervisorAuth;
      readonly reason: string;
    }
  | { readonly type: 'UNDO_LAST'; readonly meta: CommandMeta }
  | { readonly type: 'REQUEST_CLOSE'; readonly meta: CommandMeta; readonly missingUnitIds: readonly string[] }
  | { readonly type: 'RESUME_RECEIVING'; readonly meta: CommandMeta }
  | { readonly type: 'CLOSE_CONFIRMED'; readonly meta: CommandMeta; readonly supervisor: SupervisorAuth | null }
  | {
      readonly type: 'REOPEN_REQUESTED';
      readonly meta: CommandMeta;
      readonly supervisor: SupervisorAuth;
      readonly reason: string;
    }
  | { readonly type: 'ASN_CANCELLED'; readonly meta: CommandMeta; readonly asnVersion: number | null }
  // Forwarded projections of facts recorded by other machines in the same transaction: no fact here.
  | {
      readonly type: 'UNITS_TALLIED';
      readonly meta: CommandMeta;
      readonly change: 'received' | 'reversed' | 'duplicate';
      readonly count: number;
    }
  | { readonly type: 'DISCREPANCY_NOTED'; readonly meta: CommandMeta; readonly discrepancy: OpenDiscrepancy }
  | { readonly type: 'DISCREPANCY_RESOLVED'; readonly meta: CommandMeta; readonly discrepancyId: string }
  | {
      readonly type: 'ASN_REVISED';
      readonly meta: CommandMeta;
      readonly asnVersion: number;
      readonly expectedUnits: number;
    };

type EventOf<T extends ReceiptSessionEvent['type']> = Extract<ReceiptSessionEvent, { type: T }>;
interface Args<E> {
  readonly context: ReceiptSessionContext;
  readonly event: E;
}

/** Broken, missing when one was announced, or not the announced number: all are `seal-broken` to the partner. */
export function sealStateOf(expectedSeals: readonly string[], sealNumber: string | null, intact: boolean): SealState {
  if (sealNumber === null) return expectedSeals.length === 0 ? 'none' : 'broken';
  if (!intact) return 'broken';
  if (expectedSeals.length > 0 && !expectedSeals.includes(sealNumber)) return 'mismatch';
  return 'intact';
}

function sealDiscrepancyId(commandId: string): string {
  return `${commandId}/seal-broken`;
}

function arrivalFacts({ context, event }: Args<EventOf<'ARRIVAL_RECORDED'>>): RecordParams {
  const seal = sealStateOf(context.expectedSeals, event.sealNumber, event.sealIntact);
  const arrived: ReceivingFact = {
    ...factBase(event.meta, context.receiptId),
    type: 'receipt.arrived',
    dockDoor: event.dockDoor,
    trailer: event.trailer,
    sealNumber: event.sealNumber,
    seal,
  };
  if (seal === 'intact' || seal === 'none') return { facts: [arrived] };
  const words = { broken: 'broken or missing', mismatch: 'not the number on the ASN' } as const;
  return {
    facts: [
      arrived,
      {
        ...factBase(event.meta, context.receiptId),
        type: 'discrepancy.recorded',
        discrepancy: {
          discrepancyId: sealDiscrepancyId(event.meta.commandId),
          code: 'seal-broken',
          needsApproval: true,
          note: `Seal ${event.sealNumber ?? '(none)'} is ${words[seal]}; ASN: ${context.expectedSeals.join(', ') || 'none'}.`,
        },
      },
    ],
  };
}

function rememberArrival({ context, event }: Args<EventOf<'ARRIVAL_RECORDED'>>) {
  return {
    dockDoor: event.dockDoor,
    trailer: event.trailer,
    sealNumber: event.sealNumber,
    seal: sealStateOf(context.expectedSeals, event.sealNumber, event.sealIntact),
  };
}

function approvalFacts({ context, event }: Args<EventOf<'APPROVE_DISCREPANCY'>>): RecordParams {
  return {
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'discrepancy.approved',
        discrepancyId: event.discrepancyId,
        supervisor: event.supervisor,
        reason: event.reason,
      },
    ],
  };
}

function withoutDiscrepancy(context: ReceiptSessionContext, discrepancyId: string) {
  return context.openDiscrepancies.filter((d) => d.discrepancyId !== discrepancyId);
}

function progress(context: ReceiptSessionContext): string {
  return `${context.receivedUnits} of ${context.expectedUnits} units received`;
}

function closingSummary({ context }: Args<unknown>): AnnounceParams {
  const missing = context.missingUnitIds.length;
  const waiting = context.openDiscrepancies.length;
  const parts = [progress(context)];
  if (missing > 0) parts.push(`${missing} missing`);
  if (waiting > 0) parts.push(`${waiting} ${waiting === 1 ? 'difference needs' : 'differences need'} a supervisor`);
  return { tone: missing > 0 || waiting > 0 ? 'warning' : 'success', text: `${parts.join(', ')}.` };
}

function closeFacts({ context, event }: Args<EventOf<'CLOSE_CONFIRMED'>>): RecordParams {
  return {
    facts: [
      // A unit that never came is a discrepancy in its own right (supplier liability by default).
      ...context.missingUnitIds.map((unitId, n): ReceivingFact => ({
        ...factBase(event.meta, context.receiptId),
        type: 'discrepancy.recorded',
        discrepancy: {
          discrepancyId: `${event.meta.commandId}/missing-unit/${n}`,
          code: 'missing-unit',
          needsApproval: false,
          unitId,
        },
      })),
      {
        ...factBase(event.meta, context.receiptId),
        type: 'receipt.closed',
        expectedUnits: context.expectedUnits,
        receivedUnits: context.receivedUnits,
        unexpectedUnits: context.unexpectedSsccs.length,
        missingUnitIds: context.missingUnitIds,
        supervisor: event.supervisor,
      },
    ],
  };
}

function cancelFacts({ context, event }: Args<EventOf<'ASN_CANCELLED'>>): RecordParams {
  return {
    facts: [{ ...factBase(event.meta, context.receiptId), type: 'receipt.cancelled', asnVersion: event.asnVersion }],
  };
}

function reversal(
  context: ReceiptSessionContext,
  meta: CommandMeta,
  supersedes: string,
  cause: ReversalCause,
  reason: string,
): ReceivingFact {
  return { ...factBase(meta, context.receiptId), type: 'reversed', supersedes, unitId: null, cause, reason };
}

const modeWords: Readonly<Record<ReceiveMode, string>> = {
  trust: 'Trust receiving: scan the labels',
  audit: 'Audit receiving: count every unit',
  blind: 'Blind receiving: count without the list',
};

const REFUSALS = {
  expected: 'Record the trailer and seal first.',
  awaitingSealApproval: 'Wait: the seal needs a supervisor before receiving.',
  closing: 'This receipt is being closed. Resume receiving to scan more.',
  closed: 'This receipt is closed. A supervisor can reopen it.',
  cancelled: 'This ASN was cancelled. Put the unit aside and call a supervisor.',
  cancelledWithReceipts: 'This ASN was cancelled. Put the unit aside and call a supervisor.',
} as const satisfies Record<string, string>;

function refuse(text: string) {
  return { actions: { type: 'announce' as const, params: { tone: 'error' as const, text } } };
}

export const receiptSessionMachine = setup({
  types: {
    context: {} as ReceiptSessionContext,
    events: {} as ReceiptSessionEvent,
    input: {} as ReceiptSessionInput,
  },
  // Effects are declared by name and implemented by the app (journal writer) or by tests (collectors).
  actions: receivingEffects,
  guards: {
    isSealSound: ({ context, event }) => {
      if (event.type !== 'ARRIVAL_RECORDED') return false;
      const seal = sealStateOf(context.expectedSeals, event.sealNumber, event.sealIntact);
      return seal === 'intact' || seal === 'none';
    },
    isDifferentMode: ({ context, event }) => event.type === 'MODE_CHANGED' && event.mode !== context.mode,
    isKnownUnexpectedUnit: ({ context, event }) =>
      event.type === 'UNEXPECTED_UNIT_SCANNED' && context.unexpectedSsccs.includes(event.sscc),
    isOpenSessionDiscrepancy: ({ context, event }) =>
      event.type === 'APPROVE_DISCREPANCY' &&
      context.openDiscrepancies.some((d) => d.discrepancyId === event.discrepancyId && d.owner === 'session'),
    hasPendingApprovals: ({ context }) => context.openDiscrepancies.length > 0,
    hasReceivedUnits: ({ context }) => context.receivedUnits > 0 || context.unexpectedSsccs.length > 0,
    hasSupervisor: ({ event }) => event.type === 'CLOSE_CONFIRMED' && event.supervisor !== null,
    lastActionWas: ({ context }, params: { kind: SessionUndoable['kind'] }) => context.lastAction?.kind === params.kind,
  },
}).createMachine({
  id: 'receiptSession',
  context: ({ input }) => ({
    ...input,
    dockDoor: null,
    trailer: null,
    sealNumber: null,
    seal: null,
    receivedUnits: 0,
    duplicateScans: 0,
    unexpectedSsccs: [],
    openDiscrepancies: [],
    missingUnitIds: [],
    closeCommandId: null,
    lastAction: null,
  }),
  initial: 'expected',
  on: {
    // A counter must never drift from the journal, whatever state the session is in: always apply the tally.
    UNITS_TALLIED: {
      actions: assign(({ context, event }) => {
        switch (event.change) {
          case 'received':
            return { receivedUnits: context.receivedUnits + event.count };
          case 'reversed':
            return { receivedUnits: Math.max(0, context.receivedUnits - event.count) };
          case 'duplicate':
            return { duplicateScans: context.duplicateScans + event.count };
          default: {
            const unreachable: never = event.change;
            return unreachable;
          }
        }
      }),
    },
    DISCREPANCY_NOTED: {
      actions: assign({
        openDiscrepancies: ({ context, event }) => [
          ...withoutDiscrepancy(context, event.discrepancy.discrepancyId),
          event.discrepancy,
        ],
      }),
    },
    DISCREPANCY_RESOLVED: {
      actions: assign({ openDiscrepancies: ({ context, event }) => withoutDiscrepancy(context, event.discrepancyId) }),
    },
    ASN_REVISED: {
      actions: assign(({ event }) => ({ asnVersion: event.asnVersion, expectedUnits: event.expectedUnits })),
    },
  },
  states: {
    expected: {
      on: {
        ARRIVAL_RECORDED: [
          {
            guard: 'isSealSound',
            target: 'receiving',
            actions: [
              { type: 'record', params: arrivalFacts },
              assign(rememberArrival),
              {
                type: 'announce',
                params: ({ event }) => ({
                  tone: 'success',
                  text: `Door ${event.dockDoor}, trailer ${event.trailer}${event.sealNumber === null ? '' : ', seal OK'}. Start receiving.`,
                }),
              },
            ],
          },
          {
            target: 'awaitingSealApproval',
            actions: [
              { type: 'record', params: arrivalFacts },
              assign(rememberArrival),
              assign({
                openDiscrepancies: ({ context, event }) => [
                  ...context.openDiscrepancies,
                  { discrepancyId: sealDiscrepancyId(event.meta.commandId), code: 'seal-broken', owner: 'session' },
                ],
              }),
              {
                type: 'announce',
                params: {
                  tone: 'error',
                  text: 'Seal problem. Do not unload: a supervisor must look at the trailer first.',
                },
              },
              {
                type: 'requestSupervisor',
                params: ({ context, event }) => ({
                  reason: 'seal-broken',
                  receiptId: context.receiptId,
                  text: `Door ${event.dockDoor}, trailer ${event.trailer}: seal ${event.sealNumber ?? '(none)'} is not as announced.`,
                }),
              },
            ],
          },
        ],
        ASN_CANCELLED: {
          target: 'cancelled',
          actions: [
            { type: 'record', params: cancelFacts },
            { type: 'announce', params: { tone: 'warning', text: 'This ASN was cancelled by the supplier.' } },
          ],
        },
        UNEXPECTED_UNIT_SCANNED: refuse(REFUSALS.expected),
      },
    },
    awaitingSealApproval: {
      on: {
        SUPERVISOR_APPROVED: {
          target: 'receiving',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: context.openDiscrepancies
                  .filter((d) => d.code === 'seal-broken')
                  .map((d): ReceivingFact => ({
                    ...factBase(event.meta, context.receiptId),
                    type: 'discrepancy.approved',
                    discrepancyId: d.discrepancyId,
                    supervisor: event.supervisor,
                    reason: event.reason,
                  })),
              }),
            },
            assign({
              openDiscrepancies: ({ context }) => context.openDiscrepancies.filter((d) => d.code !== 'seal-broken'),
            }),
            {
              type: 'announce',
              params: { tone: 'success', text: 'Seal accepted by the supervisor. Start receiving.' },
            },
          ],
        },
        ASN_CANCELLED: {
          target: 'cancelled',
          actions: [
            { type: 'record', params: cancelFacts },
            { type: 'announce', params: { tone: 'warning', text: 'This ASN was cancelled by the supplier.' } },
          ],
        },
        UNEXPECTED_UNIT_SCANNED: refuse(REFUSALS.awaitingSealApproval),
      },
    },
    receiving: {
      on: {
        MODE_CHANGED: [
          {
            guard: 'isDifferentMode',
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({
                  facts: [
                    {
                      ...factBase(event.meta, context.receiptId),
                      type: 'receipt.mode-changed',
                      from: context.mode,
                      to: event.mode,
                    },
                  ],
                }),
              },
              assign(({ context, event }) => ({
                mode: event.mode,
                lastAction: { commandId: event.meta.commandId, kind: 'mode-changed' as const, from: context.mode },
              })),
              {
                type: 'announce',
                params: ({ event }) => ({ tone: 'success', text: `${modeWords[event.mode]} from now on.` }),
              },
            ],
          },
          {
            actions: {
              type: 'announce',
              params: ({ event }) => ({ tone: 'warning', text: `Already ${modeWords[event.mode].toLowerCase()}.` }),
            },
          },
        ],
        UNEXPECTED_UNIT_SCANNED: [
          {
            guard: 'isKnownUnexpectedUnit',
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
                        sscc: event.sscc,
                      },
                    },
                  ],
                }),
              },
              assign({ duplicateScans: ({ context }) => context.duplicateScans + 1 }),
              {
                type: 'announce',
                params: { tone: 'warning', text: 'Already scanned: this unit is not on the ASN. Keep it aside.' },
              },
            ],
          },
          {
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({
                  facts: [
                    {
                      ...factBase(event.meta, context.receiptId),
                      type: 'discrepancy.recorded',
                      discrepancy: {
                        discrepancyId: `${event.meta.commandId}/unexpected-unit`,
                        code: 'unexpected-unit',
                        needsApproval: event.needsApproval,
                        sscc: event.sscc,
                      },
                    },
                  ],
                }),
              },
              assign(({ context, event }) => {
                const discrepancyId = `${event.meta.commandId}/unexpected-unit`;
                return {
                  unexpectedSsccs: [...context.unexpectedSsccs, event.sscc],
                  openDiscrepancies: event.needsApproval
                    ? [
                        ...context.openDiscrepancies,
                        { discrepancyId, code: 'unexpected-unit' as const, owner: 'session' as const },
                      ]
                    : context.openDiscrepancies,
                  lastAction: {
                    commandId: event.meta.commandId,
                    kind: 'unexpected-unit' as const,
                    sscc: event.sscc,
                    discrepancyId,
                  },
                };
              }),
              {
                type: 'announce',
                params: ({ event }) => ({
                  tone: 'warning',
                  text: event.needsApproval
                    ? 'Not on this ASN. Keep it aside: a supervisor must decide.'
                    : 'Not on this ASN. Received as unexpected.',
                }),
              },
            ],
          },
        ],
        APPROVE_DISCREPANCY: [
          {
            guard: 'isOpenSessionDiscrepancy',
            actions: [
              { type: 'record', params: approvalFacts },
              assign({ openDiscrepancies: ({ context, event }) => withoutDiscrepancy(context, event.discrepancyId) }),
              { type: 'announce', params: { tone: 'success', text: 'Approved.' } },
            ],
          },
          refuse('Approve that difference on its unit.'),
        ],
        UNDO_LAST: [
          {
            guard: { type: 'lastActionWas', params: { kind: 'unexpected-unit' } },
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({
                  facts: [reversal(context, event.meta, context.lastAction?.commandId ?? '', 'undo', 'undo')],
                }),
              },
              assign(({ context }) => {
                const last = context.lastAction;
                if (last?.kind !== 'unexpected-unit') return {};
                return {
                  unexpectedSsccs: context.unexpectedSsccs.filter((s) => s !== last.sscc),
                  openDiscrepancies: withoutDiscrepancy(context, last.discrepancyId),
                  lastAction: null,
                };
              }),
              { type: 'announce', params: { tone: 'warning', text: 'Undone: the unexpected unit is removed.' } },
            ],
          },
          {
            guard: { type: 'lastActionWas', params: { kind: 'mode-changed' } },
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({
                  facts: [reversal(context, event.meta, context.lastAction?.commandId ?? '', 'undo', 'undo')],
                }),
              },
              assign(({ context }) => ({
                mode: context.lastAction?.kind === 'mode-changed' ? context.lastAction.from : context.mode,
                lastAction: null,
              })),
              {
                type: 'announce',
                params: ({ context }) => ({
                  tone: 'warning',
                  text: `Undone: ${modeWords[context.mode].toLowerCase()}.`,
                }),
              },
            ],
          },
          { actions: { type: 'announce', params: { tone: 'warning', text: 'Nothing to undo.' } } },
        ],
        REQUEST_CLOSE: {
          target: 'closing',
          actions: [
            assign({ missingUnitIds: ({ event }) => event.missingUnitIds, lastAction: null }),
            { type: 'announce', params: closingSummary },
          ],
        },
        ASN_CANCELLED: [
          {
            guard: 'hasReceivedUnits',
            target: 'cancelledWithReceipts',
            actions: [
              { type: 'record', params: cancelFacts },
              {
                type: 'announce',
                params: { tone: 'error', text: 'This ASN was cancelled. Stop receiving and call a supervisor.' },
              },
              {
                type: 'requestSupervisor',
                params: ({ context }) => ({
                  reason: 'cancelled-with-receipts',
                  receiptId: context.receiptId,
                  text: `ASN ${context.receiptId} was cancelled after ${progress(context)}.`,
                }),
              },
            ],
          },
          {
            target: 'cancelled',
            actions: [
              { type: 'record', params: cancelFacts },
              { type: 'announce', params: { tone: 'warning', text: 'This ASN was cancelled by the supplier.' } },
            ],
          },
        ],
      },
    },
    closing: {
      on: {
        CLOSE_CONFIRMED: [
          {
            guard: 'hasPendingApprovals',
            actions: [
              {
                type: 'announce',
                params: ({ context }) => ({
                  tone: 'error',
                  text: `Cannot close: ${context.openDiscrepancies.length} ${context.openDiscrepancies.length === 1 ? 'difference needs' : 'differences need'} a supervisor.`,
                }),
              },
              {
                type: 'requestSupervisor',
                params: ({ context }) => ({
                  reason: 'close-blocked',
                  receiptId: context.receiptId,
                  text: `Receipt ${context.receiptId}: approve ${context.openDiscrepancies.map((d) => d.code).join(', ')} to close.`,
                }),
              },
            ],
          },
          {
            target: 'closed',
            actions: [
              { type: 'record', params: closeFacts },
              assign(({ event }) => ({ closeCommandId: event.meta.commandId, lastAction: null })),
              {
                type: 'announce',
                params: ({ context }) => ({ tone: 'success', text: `Receipt closed: ${progress(context)}.` }),
              },
            ],
          },
        ],
        APPROVE_DISCREPANCY: [
          {
            guard: 'isOpenSessionDiscrepancy',
            actions: [
              { type: 'record', params: approvalFacts },
              assign({ openDiscrepancies: ({ context, event }) => withoutDiscrepancy(context, event.discrepancyId) }),
              { type: 'announce', params: closingSummary },
            ],
          },
          refuse('Approve that difference on its unit.'),
        ],
        RESUME_RECEIVING: {
          target: 'receiving',
          actions: [
            assign({ missingUnitIds: [] }),
            {
              type: 'announce',
              params: ({ context }) => ({ tone: 'success', text: `Receiving: ${progress(context)}.` }),
            },
          ],
        },
        ASN_CANCELLED: {
          target: 'cancelledWithReceipts',
          actions: [
            { type: 'record', params: cancelFacts },
            { type: 'announce', params: { tone: 'error', text: 'This ASN was cancelled. Call a supervisor.' } },
          ],
        },
        UNEXPECTED_UNIT_SCANNED: refuse(REFUSALS.closing),
      },
    },
    closed: {
      on: {
        REOPEN_REQUESTED: {
          target: 'receiving',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: [
                  // Reverses the close and the missing-unit discrepancies it raised: units may still turn up.
                  reversal(context, event.meta, context.closeCommandId ?? '', 'reopened', event.reason),
                  {
                    ...factBase(event.meta, context.receiptId),
                    type: 'receipt.reopened',
                    supervisor: event.supervisor,
                    reason: event.reason,
                  },
                ],
              }),
            },
            assign({ missingUnitIds: [], closeCommandId: null }),
            {
              type: 'announce',
              params: ({ context }) => ({ tone: 'warning', text: `Receipt reopened: ${progress(context)}.` }),
            },
          ],
        },
        UNEXPECTED_UNIT_SCANNED: refuse(REFUSALS.closed),
      },
    },
    cancelledWithReceipts: {
      on: {
        CLOSE_CONFIRMED: [
          {
            guard: 'hasSupervisor',
            target: 'closed',
            actions: [
              { type: 'record', params: closeFacts },
              assign(({ event }) => ({ closeCommandId: event.meta.commandId, lastAction: null })),
              { type: 'announce', params: { tone: 'success', text: 'Cancelled receipt closed by the supervisor.' } },
            ],
          },
          {
            actions: {
              type: 'requestSupervisor',
              params: ({ context }) => ({
                reason: 'cancelled-with-receipts',
                receiptId: context.receiptId,
                text: `ASN ${context.receiptId} was cancelled after ${progress(context)}: close it.`,
              }),
            },
          },
        ],
        UNEXPECTED_UNIT_SCANNED: refuse(REFUSALS.cancelledWithReceipts),
      },
    },
    // An ASN cancelled before anything was received: nothing left to do on this receipt.
    cancelled: { type: 'final' },
  },
});

export type ReceiptSessionMachine = typeof receiptSessionMachine;
export type ReceiptSessionSnapshot = SnapshotFrom<ReceiptSessionMachine>;

/**
 * The session's state as stored: a live snapshot or the JSON of a persisted one (the app reads the row, it does
 * not keep actors alive). Every top-level state of this machine is atomic, so the value is a state name.
 */
export interface SessionStateView {
  readonly value: unknown;
}

/** Whether the app may route an SSCC scan on this receipt to its logisticUnit machine. */
export function acceptsUnitScans(snapshot: SessionStateView): boolean {
  return snapshot.value === 'receiving';
}

/** Why a scan is refused, in the worker's words; null while receiving. */
export function scanRefusal(snapshot: SessionStateView): Announcement | null {
  if (acceptsUnitScans(snapshot)) return null;
  const state = snapshot.value;
  const text = typeof state === 'string' && state in REFUSALS ? REFUSALS[state as keyof typeof REFUSALS] : null;
  return { tone: 'error', text: text ?? 'This receipt is not receiving.' };
}

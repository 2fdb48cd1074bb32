/**
 * quarantineDisposition: what happens to ONE quarantined unit. Every way out needs a supervisor (issue 5): a
 * worker may propose, only a verified supervisor (PIN or badge, checked by the app) decides.
 *
 * ```
 *   state               event                                  target                         records
 *   quarantined         DISPOSITION_REQUESTED                  awaitingSupervisor             disposition-requested
 *   quarantined |       DISPOSITION_DECIDED (supervisor at     releasedToStock |              disposition-decided
 *     awaitingSupervisor  the station, may differ from request)  returnedToVendor | scrapped
 *   awaitingSupervisor  SUPERVISOR_APPROVED                    as requested (final)           disposition-decided
 *   awaitingSupervisor  SUPERVISOR_DECLINED                    quarantined                    reversed (the request)
 *   awaitingSupervisor  REQUEST_WITHDRAWN                      quarantined                    reversed (the request)
 * ```
 *
 * The decided fact carries the disposition, the reason and the supervisor. The app then moves the unit on
 * (logisticUnit QUARANTINE_RELEASED or QUARANTINE_DISPOSED) in the same transaction; a decision is not undone
 * here: correcting it is a new supervisor decision on the unit.
 */
import { assign, setup } from 'xstate';
import {
  factBase,
  receivingEffects,
  type AnnounceParams,
  type CommandMeta,
  type QuarantineDisposition,
  type RecordParams,
  type ReversalCause,
  type SupervisorAuth,
} from './receiving-types';

export interface QuarantineDispositionInput {
  readonly receiptId: string;
  readonly unitId: string;
  readonly label: string;
}

export interface QuarantineDispositionContext extends QuarantineDispositionInput {
  readonly request: {
    readonly commandId: string;
    readonly disposition: QuarantineDisposition;
    readonly reason: string;
    readonly requestedBy: string;
  } | null;
  readonly decided: QuarantineDisposition | null;
}

export interface QuarantineDispositionOutput {
  readonly disposition: QuarantineDisposition;
}

export type QuarantineDispositionEvent =
  | {
      readonly type: 'DISPOSITION_REQUESTED';
      readonly meta: CommandMeta;
      readonly disposition: QuarantineDisposition;
      readonly reason: string;
    }
  | {
      readonly type: 'DISPOSITION_DECIDED';
      readonly meta: CommandMeta;
      readonly disposition: QuarantineDisposition;
      readonly reason: string;
      readonly supervisor: SupervisorAuth;
      readonly reference: string | null;
    }
  | {
      readonly type: 'SUPERVISOR_APPROVED';
      readonly meta: CommandMeta;
      readonly supervisor: SupervisorAuth;
      /** Null keeps the requester's reason. */
      readonly reason: string | null;
      readonly reference: string | null;
    }
  | {
      readonly type: 'SUPERVISOR_DECLINED';
      readonly meta: CommandMeta;
      readonly supervisor: SupervisorAuth;
      readonly reason: string;
    }
  | { readonly type: 'REQUEST_WITHDRAWN'; readonly meta: CommandMeta };

const WORDS: Readonly<Record<QuarantineDisposition, string>> = {
  'release-to-stock': 'release to stock',
  'return-to-vendor': 'return to vendor',
  scrap: 'scrap',
};

/** The disposition a decision is about: named on a direct decision, taken from the request on an approval. */
function dispositionOf(context: QuarantineDispositionContext, event: QuarantineDispositionEvent) {
  if (event.type === 'DISPOSITION_DECIDED') return event.disposition;
  if (event.type === 'SUPERVISOR_APPROVED') return context.request?.disposition ?? null;
  return null;
}

interface Args<E> {
  readonly context: QuarantineDispositionContext;
  readonly event: E;
}
type Decision = Extract<QuarantineDispositionEvent, { type: 'DISPOSITION_DECIDED' | 'SUPERVISOR_APPROVED' }>;

function decisionFacts({ context, event }: Args<Decision>): RecordParams {
  const disposition = dispositionOf(context, event) ?? 'release-to-stock';
  const reason = event.type === 'DISPOSITION_DECIDED' ? event.reason : (event.reason ?? context.request?.reason ?? '');
  return {
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'quarantine.disposition-decided',
        unitId: context.unitId,
        disposition,
        reason,
        supervisor: event.supervisor,
        reference: event.reference,
      },
    ],
  };
}

function decisionAnnouncement({ context }: Args<Decision>): AnnounceParams {
  const disposition = context.decided ?? 'release-to-stock';
  const next: Record<QuarantineDisposition, string> = {
    'release-to-stock': 'Take it to stock.',
    'return-to-vendor': 'Stage it for return.',
    scrap: 'Take it to scrap.',
  };
  return { tone: 'success', text: `${context.label}: ${WORDS[disposition]} approved. ${next[disposition]}` };
}

function withdrawalFacts(cause: ReversalCause, reason: (event: Withdrawal) => string) {
  return ({ context, event }: Args<Withdrawal>): RecordParams => ({
    facts: [
      {
        ...factBase(event.meta, context.receiptId),
        type: 'reversed',
        supersedes: context.request?.commandId ?? '',
        unitId: context.unitId,
        cause,
        reason: reason(event),
      },
    ],
  });
}
type Withdrawal = Extract<QuarantineDispositionEvent, { type: 'SUPERVISOR_DECLINED' | 'REQUEST_WITHDRAWN' }>;

const decidedTargets = [
  { disposition: 'release-to-stock', target: 'releasedToStock' },
  { disposition: 'return-to-vendor', target: 'returnedToVendor' },
  { disposition: 'scrap', target: 'scrapped' },
] as const;

export const quarantineDispositionMachine = setup({
  types: {
    context: {} as QuarantineDispositionContext,
    events: {} as QuarantineDispositionEvent,
    input: {} as QuarantineDispositionInput,
    output: {} as QuarantineDispositionOutput,
  },
  // Effects are declared by name and implemented by the app (journal writer) or by tests (collectors).
  actions: receivingEffects,
  guards: {
    dispositionIs: ({ context, event }, params: { disposition: QuarantineDisposition }) =>
      dispositionOf(context, event) === params.disposition,
  },
}).createMachine({
  id: 'quarantineDisposition',
  context: ({ input }) => ({ ...input, request: null, decided: null }),
  initial: 'quarantined',
  states: {
    quarantined: {
      on: {
        DISPOSITION_REQUESTED: {
          target: 'awaitingSupervisor',
          actions: [
            {
              type: 'record',
              params: ({ context, event }) => ({
                facts: [
                  {
                    ...factBase(event.meta, context.receiptId),
                    type: 'quarantine.disposition-requested',
                    unitId: context.unitId,
                    disposition: event.disposition,
                    reason: event.reason,
                  },
                ],
              }),
            },
            assign({
              request: ({ event }) => ({
                commandId: event.meta.commandId,
                disposition: event.disposition,
                reason: event.reason,
                requestedBy: event.meta.operator,
              }),
            }),
            {
              type: 'requestSupervisor',
              params: ({ context, event }) => ({
                reason: 'quarantine-disposition',
                receiptId: context.receiptId,
                unitId: context.unitId,
                text: `${context.label}: ${WORDS[event.disposition]} requested (${event.reason}).`,
              }),
            },
            {
              type: 'announce',
              params: ({ event }) => ({
                tone: 'warning',
                text: `${WORDS[event.disposition]} requested. A supervisor must approve it.`,
              }),
            },
          ],
        },
        DISPOSITION_DECIDED: decidedTargets.map(({ disposition, target }) => ({
          guard: { type: 'dispositionIs' as const, params: { disposition } },
          target,
          actions: [
            { type: 'record' as const, params: decisionFacts },
            assign({ decided: disposition }),
            { type: 'announce' as const, params: decisionAnnouncement },
          ],
        })),
      },
    },
    awaitingSupervisor: {
      on: {
        SUPERVISOR_APPROVED: decidedTargets.map(({ disposition, target }) => ({
          guard: { type: 'dispositionIs' as const, params: { disposition } },
          target,
          actions: [
            { type: 'record' as const, params: decisionFacts },
            assign({ decided: disposition }),
            { type: 'announce' as const, params: decisionAnnouncement },
          ],
        })),
        // A supervisor at the station may decide otherwise than requested; the request is then superseded by it.
        DISPOSITION_DECIDED: decidedTargets.map(({ disposition, target }) => ({
          guard: { type: 'dispositionIs' as const, params: { disposition } },
          target,
          actions: [
            { type: 'record' as const, params: decisionFacts },
            assign({ decided: disposition }),
            { type: 'announce' as const, params: decisionAnnouncement },
          ],
        })),
        SUPERVISOR_DECLINED: {
          target: 'quarantined',
          actions: [
            {
              type: 'record',
              params: withdrawalFacts('request-declined', (event) =>
                event.type === 'SUPERVISOR_DECLINED' ? event.reason : 'declined',
              ),
            },
            assign({ request: null }),
            {
              type: 'announce',
              params: ({ context, event }) => ({
                tone: 'error',
                text: `Declined: ${event.reason}. ${context.label} stays in quarantine.`,
              }),
            },
          ],
        },
        REQUEST_WITHDRAWN: {
          target: 'quarantined',
          actions: [
            { type: 'record', params: withdrawalFacts('request-withdrawn', () => 'withdrawn') },
            assign({ request: null }),
            {
              type: 'announce',
              params: ({ context }) => ({
                tone: 'warning',
                text: `Request withdrawn. ${context.label} stays in quarantine.`,
              }),
            },
          ],
        },
      },
    },
    releasedToStock: { type: 'final' },
    returnedToVendor: { type: 'final' },
    scrapped: { type: 'final' },
  },
  output: ({ context }) => ({ disposition: context.decided ?? 'release-to-stock' }),
});

export type QuarantineDispositionMachine = typeof quarantineDispositionMachine;

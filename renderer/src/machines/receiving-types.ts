import type { DiscrepancyCode } from '../domain/receiving/discrepancy-codes';

/**
 * The vocabulary every receiving machine shares: what a command carries in, what a machine records (facts),
 * what it tells the dock (announcements) and when it calls a supervisor. Plain JSON types only, because
 * machine context is persisted with the snapshot (one per logistic unit, thousands of them) and facts become
 * journal events (../shared/guide/DOMAIN.md, "Receiving events").
 *
 * The machines are deciders (issue 5): the app restores an actor, sends ONE command, collects what the machine
 * recorded through the named actions below, and writes the facts, projections and the new snapshot in one
 * IndexedDB transaction. Business verdicts (tolerance, plausibility, inspection selection, location check) are
 * computed by the app and arrive as data on the command, so the machines never import the rule engines.
 */

/** Codes as the rest of the app names them (one list, shared with the partner formats). Type-only import. */
export type { DiscrepancyCode };

/**
 * Who did what and when. `commandId` is generated at capture (UUIDv7) and is the idempotency key of the command:
 * facts recorded while handling it carry it, a reversal points at it, and the persistence helpers refuse to
 * apply the same command twice. Time arrives here, never from a clock inside a machine, so replays decide the same.
 */
export interface CommandMeta {
  readonly commandId: string;
  /** ISO 8601 date-time with offset, taken by the app when the worker acted. */
  readonly at: string;
  readonly operator: string;
}

/** A supervisor verified by the app (PIN or badge scan) before the command is sent; the machine trusts it. */
export interface SupervisorAuth {
  readonly supervisorId: string;
  readonly method: 'pin' | 'badge';
}

export type ReceiveMode = 'trust' | 'audit' | 'blind';

/** One expected or received line of a unit, as the ASN or the count gives it. Quantities are decimal strings. */
export interface ContentLine {
  readonly lineId: string | null;
  readonly gtin: string;
  readonly quantity: string;
  readonly uom: string;
  readonly lot?: string;
  /** YYYY-MM-DD. */
  readonly expiry?: string;
}

/**
 * A discrepancy as decided by the app's rules (tolerance, lot check...) or by a machine (seal, duplicate scan,
 * missing unit). `needsApproval` is the tolerance verdict: true means a supervisor must approve it before the
 * receipt can close. The id is deterministic (`<commandId>/<code>[/<n>]`) so replays produce the same id.
 */
export interface DiscrepancyNote {
  readonly discrepancyId: string;
  readonly code: DiscrepancyCode;
  readonly needsApproval: boolean;
  readonly unitId?: string;
  readonly sscc?: string;
  readonly lineId?: string;
  readonly gtin?: string;
  /** Decimal strings with `uom`, for short/over. */
  readonly expected?: string;
  readonly actual?: string;
  readonly uom?: string;
  /** The worker's or the rule's words, kept for the supervisor screen. */
  readonly note?: string;
}

/** A reference to a discrepancy that still blocks closing, as the receipt session shows it. */
export interface OpenDiscrepancy {
  readonly discrepancyId: string;
  readonly code: DiscrepancyCode;
  readonly unitId?: string;
  /** Which machine may approve it: the session approves its own, others are approved where they were raised. */
  readonly owner: 'session' | 'unit';
}

export type QuarantineDisposition = 'release-to-stock' | 'return-to-vendor' | 'scrap';

export interface InspectionCheck {
  readonly checkId: string;
  readonly passed: boolean;
}

/** One capture of an audit count: a GTIN scan, a GS1 case label ((02)+(37)) or a keyed quantity. */
export interface CountCapture {
  /** The command that captured it; undo reverses it by this id. */
  readonly captureId: string;
  readonly gtin: string;
  /** Each units after pack maths (the scan parser turns (02)+(37) and inner packs into units). Decimal string. */
  readonly quantity: string;
  readonly uom: string;
  readonly lot?: string;
  readonly expiry?: string;
  readonly source: 'gtin-scan' | 'case-label' | 'keyed';
  /** True when the worker confirmed a quantity the plausibility guard questioned. */
  readonly confirmedImplausible: boolean;
}

/** A counted line as the app totals it for the verdict (per GTIN, lot and expiry). */
export interface CountedLine {
  readonly lineId: string | null;
  readonly gtin: string;
  readonly quantity: string;
  readonly uom: string;
  readonly lot?: string;
  readonly expiry?: string;
}

interface FactBase {
  /** The command that caused this fact; several facts of one command share it, in recorded order. */
  readonly commandId: string;
  readonly occurredAt: string;
  readonly operator: string;
  /** The ASN id, or the PO number for a receipt without ASN. */
  readonly receiptId: string;
}

/**
 * Everything a machine records. The app maps each fact to a journal event (giving it an eventId and a seq) in the
 * same transaction as the new snapshot. Corrections are `reversed` facts pointing at the command they supersede.
 */
export type ReceivingFact =
  | (FactBase & {
      readonly type: 'receipt.arrived';
      readonly dockDoor: string;
      readonly trailer: string;
      readonly sealNumber: string | null;
      readonly seal: 'intact' | 'broken' | 'mismatch' | 'none';
    })
  | (FactBase & { readonly type: 'receipt.mode-changed'; readonly from: ReceiveMode; readonly to: ReceiveMode })
  | (FactBase & {
      readonly type: 'receipt.closed';
      readonly expectedUnits: number;
      readonly receivedUnits: number;
      readonly unexpectedUnits: number;
      readonly missingUnitIds: readonly string[];
      readonly supervisor: SupervisorAuth | null;
    })
  | (FactBase & { readonly type: 'receipt.reopened'; readonly supervisor: SupervisorAuth; readonly reason: string })
  | (FactBase & { readonly type: 'receipt.cancelled'; readonly asnVersion: number | null })
  | (FactBase & { readonly type: 'discrepancy.recorded'; readonly discrepancy: DiscrepancyNote })
  | (FactBase & {
      readonly type: 'discrepancy.approved';
      readonly discrepancyId: string;
      readonly supervisor: SupervisorAuth;
      readonly reason: string;
    })
  | (FactBase & {
      readonly type: 'unit.received';
      readonly unitId: string;
      readonly sscc: string | null;
      readonly mode: ReceiveMode;
      /** Nested units received with it (trust receiving of a pallet receives its cartons). */
      readonly nestedUnitIds: readonly string[];
      /** Trust: the ASN's contents. Audit and blind: empty, the count supplies them. */
      readonly contents: readonly ContentLine[];
    })
  | (FactBase & {
      readonly type: 'unit.counted';
      readonly unitId: string;
      readonly lines: readonly CountedLine[];
      readonly discrepancyIds: readonly string[];
    })
  | (FactBase & {
      readonly type: 'unit.inspected';
      readonly unitId: string;
      readonly passed: boolean;
      readonly checks: readonly InspectionCheck[];
      readonly reasonCode: string | null;
      /** Ids of photos kept locally by the app and attached to the event when it is sent. */
      readonly photoIds: readonly string[];
    })
  | (FactBase & {
      readonly type: 'unit.put-away';
      readonly unitId: string;
      readonly location: string;
      readonly zone: 'stock' | 'quarantine';
    })
  | (FactBase & { readonly type: 'count.captured'; readonly unitId: string; readonly capture: CountCapture })
  | (FactBase & {
      readonly type: 'count.finished';
      readonly unitId: string;
      readonly lines: readonly CountedLine[];
      readonly outcome: CountOutcome;
      /** Raised by the same command, as `discrepancy.recorded` facts right after this one. */
      readonly discrepancyIds: readonly string[];
    })
  | (FactBase & {
      readonly type: 'quarantine.disposition-requested';
      readonly unitId: string;
      readonly disposition: QuarantineDisposition;
      readonly reason: string;
    })
  | (FactBase & {
      readonly type: 'quarantine.disposition-decided';
      readonly unitId: string;
      readonly disposition: QuarantineDisposition;
      readonly reason: string;
      readonly supervisor: SupervisorAuth;
      /** RMA or scrap certificate number when the supervisor gives one. */
      readonly reference: string | null;
    })
  | (FactBase & {
      readonly type: 'reversed';
      /** The command whose facts this one supersedes (all of them: an undo reverses one whole action). */
      readonly supersedes: string;
      readonly unitId: string | null;
      readonly cause: ReversalCause;
      readonly reason: string;
    });

/**
 * Why a command was superseded. `undo` is the worker's undo of the last action (an operator undo in the journal
 * contract); the others are workflow corrections: a recount supersedes a finished count, a withdrawn or declined
 * disposition request is void, a supervisor's reopening supersedes the close.
 */
export type ReversalCause = 'undo' | 'recount' | 'request-withdrawn' | 'request-declined' | 'reopened';

export type ReceivingFactType = ReceivingFact['type'];

/** The tolerance verdict over a whole count, computed by the app's rules and passed in on FINISH_COUNT. */
export type CountOutcome = 'accepted' | 'needs-approval' | 'blocked';

/** Dock feedback: the colour and sound (tone) and one sentence in the worker's words for the live region. */
export interface Announcement {
  readonly tone: 'success' | 'warning' | 'error';
  readonly text: string;
}

export type SupervisorReason =
  | 'seal-broken'
  | 'tolerance-exceeded'
  | 'close-blocked'
  | 'unexpected-unit'
  | 'quarantine-disposition'
  | 'cancelled-with-receipts';

export interface SupervisorRequest {
  readonly reason: SupervisorReason;
  readonly receiptId: string;
  readonly unitId?: string;
  readonly text: string;
}

/** Params of the three named effects every receiving machine declares (implemented with `.provide()`). */
export interface RecordParams {
  readonly facts: readonly ReceivingFact[];
}
export type AnnounceParams = Announcement;
export type RequestSupervisorParams = SupervisorRequest;

/**
 * The named effects every receiving machine declares in `setup({ actions })`. `record` throws until provided:
 * a machine run without the app's journal writer would otherwise drop facts without a trace. The other two are
 * harmless no-ops (a replay tool or a transition-only test needs no sound and no supervisor).
 */
const noEffect = (): void => undefined;

export const receivingEffects = {
  record: (_: unknown, params: RecordParams): void => {
    throw new Error(`The "record" effect was not provided: ${params.facts.length} fact(s) would be lost.`);
  },
  // Typed no-ops: the signature is what `setup` reads to type the params of every use in the machine.
  announce: noEffect as (_: unknown, params: AnnounceParams) => void,
  requestSupervisor: noEffect as (_: unknown, params: RequestSupervisorParams) => void,
};

/** The fact envelope from a command; keeps every machine's fact building to one line. */
export function factBase(meta: CommandMeta, receiptId: string): FactBase {
  return { commandId: meta.commandId, occurredAt: meta.at, operator: meta.operator, receiptId };
}

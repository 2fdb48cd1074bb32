import type { JournalRow, PhotoRow } from '../db/schema';
import type { AsnLine, AsnLogisticUnit } from '../domain/asn/canonical-asn';
import { countedContentOf, unitRefOf, type ReceiptSummary } from '../domain/receiving-event';
import { DEFAULT_LIABILITY } from '../domain/receiving/discrepancy-codes';
import type { ReceivingFact, ReversalCause } from '../machines/receiving-types';
import type { EventDraft } from './journal-append';

/**
 * What the machines recorded, as journal events (../shared/guide/DOMAIN.md, "Receiving events"). The machines
 * speak in facts about the dock; the contract with the ERP speaks in events about ASN lines and units. This is
 * the one place that translates, with the ASN data the facts do not carry (unit SSCCs, line contents).
 *
 * Station-internal facts (a mode change, a disposition request, a single count capture) have no ERP event: the
 * machine snapshot keeps them, and the events they lead to (a count, a disposition) carry the result.
 */
export interface FactContext {
  readonly asnId: string;
  readonly asnVersion: number;
  /** The ASN's units of the rows this command touched, by unitId. */
  readonly units: ReadonlyMap<string, AsnLogisticUnit>;
  /** The ASN's lines held directly by each unit. */
  readonly linesOf: (unitId: string) => readonly AsnLine[];
  readonly suggestedLocationOf: (unitId: string) => string | null;
  /** The journal rows of commands a `reversed` fact may point at, by commandId. */
  readonly eventsOfCommand: ReadonlyMap<string, readonly JournalRow[]>;
  /** The eventId of the `discrepancy.recorded` that raised a discrepancy, for approvals. */
  readonly discrepancyEventIdOf: (discrepancyId: string) => string | undefined;
  /** The eventId of the unit's standing `unit.quarantined`, for a disposition. */
  readonly quarantineEventIdOf: (unitId: string) => string | undefined;
  /** Photos kept at the station, for the attachments an inspection event references. */
  readonly photoOf: (photoId: string) => PhotoRow | undefined;
  /** How the receipt counts now: a `unit.counted` says whether the expected quantities were shown. */
  readonly countMode: 'audit' | 'blind';
  readonly closingSummary?: Omit<ReceiptSummary, 'lastSeq'> & { readonly lastSeq: number };
}

/** The reason code of an inspection failed on its checklist alone: no damage to report. */
export const CHECKLIST_FAILED = 'checklist-failed';

const REVERSAL_CAUSE: Readonly<Record<ReversalCause, 'operator-undo' | 'recount' | null>> = {
  undo: 'operator-undo',
  recount: 'recount',
  // A reopening needs the supervisor on each reversal (EventReversed); the station does not reopen receipts yet.
  reopened: null,
  // Withdrawn or declined disposition requests never produced an ERP event: nothing to reverse.
  'request-withdrawn': null,
  'request-declined': null,
};

export function draftsFor(fact: ReceivingFact, ctx: FactContext): EventDraft[] {
  const scope = { asnId: ctx.asnId };
  const refOf = (unitId: string) => unitRefOf(ctx.units.get(unitId) ?? { unitId });
  switch (fact.type) {
    case 'receipt.arrived':
      return [
        {
          ...scope,
          type: 'receipt.arrived',
          dockDoor: fact.dockDoor,
          trailer: fact.trailer,
          seals: fact.sealNumber === null ? [] : [{ number: fact.sealNumber, intact: fact.seal !== 'broken' }],
        },
      ];
    case 'unit.received': {
      const unitIds = [fact.unitId, ...fact.nestedUnitIds];
      return [
        {
          ...scope,
          type: 'unit.received',
          asnVersion: ctx.asnVersion,
          mode: fact.mode,
          unit: refOf(fact.unitId),
          units: unitIds.map(refOf),
          // Trust receiving: what the ASN says each received unit holds. Audit and blind add theirs on unit.counted.
          contents:
            fact.mode === 'trust'
              ? unitIds.flatMap((id) => ctx.linesOf(id).map((line) => countedContentOf(id, line)))
              : [],
        },
      ];
    }
    case 'discrepancy.recorded': {
      const d = fact.discrepancy;
      const measure = (quantity: string | undefined) =>
        quantity === undefined || d.uom === undefined ? undefined : { quantity, uom: d.uom };
      const expected = measure(d.expected);
      const actual = measure(d.actual);
      const unit =
        d.unitId !== undefined
          ? refOf(d.unitId)
          : d.sscc === undefined
            ? undefined
            : unitRefOf({ unitId: d.sscc, sscc: d.sscc });
      // A unit the ASN does not announce is also received apart from the ASN lines (unit.unexpected), so the ERP
      // sees the unit, not only the claim.
      const stray: EventDraft[] =
        d.code === 'unexpected-unit' && unit !== undefined
          ? [
              {
                ...scope,
                type: 'unit.unexpected',
                asnVersion: ctx.asnVersion,
                reason: 'not-on-asn',
                unit,
                contents: [],
              },
            ]
          : [];
      return [
        ...stray,
        {
          ...scope,
          type: 'discrepancy.recorded',
          asnVersion: ctx.asnVersion,
          code: d.code,
          liability: DEFAULT_LIABILITY[d.code],
          ...(d.lineId === undefined ? {} : { lineId: d.lineId }),
          ...(unit === undefined ? {} : { unit }),
          ...(expected === undefined ? {} : { expected }),
          ...(actual === undefined ? {} : { actual }),
          withinTolerance: !d.needsApproval,
          ...(d.note === undefined ? {} : { note: d.note.slice(0, 500) }),
        },
      ];
    }
    case 'unit.put-away':
      return [
        {
          ...scope,
          type: 'unit.put-away',
          unit: refOf(fact.unitId),
          suggestedLocation: ctx.suggestedLocationOf(fact.unitId) ?? fact.location,
          actualLocation: fact.location,
        },
      ];
    case 'reversed': {
      const cause = REVERSAL_CAUSE[fact.cause];
      if (cause === null) return [];
      // One reversal per event of the superseded command, newest first (the ERP checks that order).
      const reversed = [...(ctx.eventsOfCommand.get(fact.supersedes) ?? [])].sort((a, b) => b.seq - a.seq);
      return reversed.flatMap((row): EventDraft[] =>
        row.type === 'event.reversed'
          ? []
          : [
              {
                ...scope,
                type: 'event.reversed',
                reversedEventId: row.eventId,
                reversedType: row.type,
                cause,
                reason: fact.reason.slice(0, 500) || 'undone at the dock',
              },
            ],
      );
    }
    case 'receipt.closed':
      return ctx.closingSummary
        ? [
            {
              ...scope,
              type: 'receipt.closed',
              summary: ctx.closingSummary,
              ...(fact.supervisor === null ? {} : { approvedBy: fact.supervisor }),
            },
          ]
        : [];
    case 'receipt.mode-changed':
    case 'receipt.cancelled':
    case 'receipt.reopened':
    case 'count.captured':
    case 'count.finished':
    case 'quarantine.disposition-requested':
      // Station-internal: the snapshot keeps them; the events they lead to carry the result.
      return [];
    case 'discrepancy.approved': {
      const discrepancyEventId = ctx.discrepancyEventIdOf(fact.discrepancyId);
      if (discrepancyEventId === undefined)
        throw new Error(`Discrepancy ${fact.discrepancyId} has no event to approve.`);
      return [
        {
          ...scope,
          type: 'discrepancy.approved',
          discrepancyEventId,
          approvedBy: fact.supervisor,
          reason: fact.reason.slice(0, 500) || 'approved by a supervisor',
        },
      ];
    }
    case 'unit.counted':
      return [
        {
          ...scope,
          type: 'unit.counted',
          asnVersion: ctx.asnVersion,
          mode: ctx.countMode,
          unit: refOf(fact.unitId),
          // Items on no ASN line travel as wrong-item discrepancies, not as line contents.
          contents: fact.lines.flatMap((l) =>
            l.lineId === null
              ? []
              : [
                  {
                    lineId: l.lineId,
                    unitId: fact.unitId,
                    items: l.gtin === '' ? [] : [{ qualifier: 'gtin' as const, value: l.gtin }],
                    quantity: l.quantity,
                    uom: l.uom,
                    ...(l.lot === undefined ? {} : { lot: l.lot }),
                    ...(l.expiry === undefined ? {} : { expiry: l.expiry }),
                  },
                ],
          ),
        },
      ];
    case 'unit.inspected': {
      const photos = fact.photoIds.flatMap((id) => {
        const photo = ctx.photoOf(id);
        if (!photo) throw new Error(`Photo ${id} of the inspection is not on the station.`);
        return [{ attachmentId: id, sha256: photo.sha256, mediaType: photo.mediaType, sizeBytes: photo.size }];
      });
      const damageReason = !fact.passed && fact.reasonCode !== CHECKLIST_FAILED ? fact.reasonCode : null;
      return [
        {
          ...scope,
          type: 'unit.inspected',
          unit: refOf(fact.unitId),
          checklist: fact.checks.map((c) => ({ checkId: c.checkId, passed: c.passed })),
          result: fact.passed ? 'pass' : 'fail',
          damage: damageReason === null ? [] : [{ reason: damageReason, photos }],
        },
      ];
    }
    case 'quarantine.disposition-decided': {
      const quarantineEventId = ctx.quarantineEventIdOf(fact.unitId);
      if (quarantineEventId === undefined) throw new Error(`Unit ${fact.unitId} has no quarantine event to resolve.`);
      return [
        {
          ...scope,
          type: 'quarantine.disposed',
          unit: refOf(fact.unitId),
          quarantineEventId,
          disposition: fact.disposition,
          approvedBy: fact.supervisor,
          reason: fact.reason.slice(0, 500) || 'decided by a supervisor',
          ...(fact.reference === null ? {} : { rmaNumber: fact.reference.slice(0, 64) }),
        },
      ];
    }
  }
}

import { uuidv7 } from 'uuidv7';
import type { DocksideDb, PhotoRow, UnitStateRow } from '../db/schema';
import { suggestPutaway } from '../domain/receiving/putaway-rules';
import {
  logisticUnitMachine,
  quarantineDispositionMachine,
  runCommand,
  type InspectionCheck,
  type QuarantineDisposition,
  type ReceivingFact,
  type SupervisorAuth,
} from '../machines';
import {
  DEFAULT_PUTAWAY,
  factContext,
  inTransaction,
  labelOf,
  refused,
  rowHolding,
  stockOf,
  writeFacts,
  type DockDeps,
  type DockOutcome,
  latestUnitIn,
} from './dock-commands';
import { loadMachine, machineRow, unitKey } from './dock-tables';
import { CHECKLIST_FAILED } from './fact-events';
import { appendEvents } from './journal-append';
import { unitStageOf } from './projections';

/**
 * Inspection and quarantine (issue 5, "Inspection" and the quarantine disposition): the unit picked by the
 * inspection rules is checked against a checklist; damage is recorded with a reason code and webcam photos kept
 * on the station and referenced by the event (id, SHA-256, type, size); a failed unit goes to quarantine, and a
 * supervisor releases it to stock, returns it to the vendor or scraps it.
 */

/** Keeps a photo on the station (before the inspection command: hashing cannot run inside a transaction). */
export async function keepPhoto(
  db: DocksideDb,
  blob: Blob,
  where: { readonly receiptId: string; readonly unitId: string },
  now: Date = new Date(),
): Promise<PhotoRow> {
  const mediaType = blob.type === 'image/png' || blob.type === 'image/webp' ? blob.type : 'image/jpeg';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  const row: PhotoRow = {
    photoId: uuidv7(),
    receiptId: where.receiptId,
    unitId: where.unitId,
    mediaType,
    sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
    size: blob.size,
    takenAt: now.toISOString(),
    blob,
  };
  await db.photos.add(row);
  return row;
}

/** The unit waiting for inspection at this station (most recently received), or null. */
export async function unitAwaitingInspection(db: DocksideDb): Promise<UnitStateRow | null> {
  return latestUnitIn(db.unitStates, ['inspecting']);
}

export interface InspectionInput {
  readonly checks: readonly InspectionCheck[];
  /** Damage seen: a reason code (inspection-rules.ts DAMAGE_REASONS) and the photos that show it. */
  readonly damage: { readonly reason: string; readonly photoIds: readonly string[] } | null;
}

/** Records the inspection of the unit waiting for it: passed → stock, failed or damaged → quarantine. */
export function recordInspection(deps: DockDeps, input: InspectionInput): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    if (input.checks.length === 0) return refused('Work through the checklist before recording the inspection.');
    const unit = await latestUnitIn(t.unitStates, ['inspecting']);
    if (!unit) return refused('No unit is waiting for inspection.');
    const asn = await t.asns.get(unit.asnId);
    const row = await rowHolding(t, unit.asnId, unit.unitId);
    if (!asn || !row) return refused(`${labelOf(unit.announced)} is no longer on its ASN.`);
    const passed = input.damage === null && input.checks.every((c) => c.passed);
    const config = deps.putaway ?? DEFAULT_PUTAWAY;
    const suggestion = suggestPutaway({ ...stockOf(asn, row, unit.announced), quarantined: !passed }, config);
    const suggestedLocation = suggestion.location ?? suggestion.zone;
    const key = unitKey(unit.asnId, unit.unitId);
    const result = runCommand({
      name: 'logisticUnit',
      machine: logisticUnitMachine,
      stored: await loadMachine(t, 'logisticUnit', key),
      event: passed
        ? { type: 'INSPECTION_PASSED', meta, checks: input.checks, suggestedLocation }
        : {
            type: 'INSPECTION_FAILED',
            meta,
            checks: input.checks,
            reasonCode: input.damage?.reason ?? CHECKLIST_FAILED,
            photoIds: input.damage?.photoIds ?? [],
            damaged: input.damage !== null,
            suggestedLocation,
          },
    });
    if (result.kind === 'already-applied') return refused('That inspection was already recorded.');
    await t.machines.put(machineRow('logisticUnit', key, result.persisted, meta.at));
    const stage = unitStageOf(result.snapshot.value);
    if (stage !== null) await t.unitStates.put({ ...unit, stage, suggestedLocation });
    const context = await factContext(t, asn, [row]);
    const events = await writeFacts(t, meta, deps, result.facts, context);
    if (stage === 'quarantined') {
      // The quarantine itself is an event the ERP needs (stock on hold), pointing at the failed inspection.
      const inspection = events.find((e) => e.type === 'unit.inspected');
      const stamp = { commandId: meta.commandId, at: meta.at, station: deps.station };
      events.push(
        ...(await appendEvents(t.journal, stamp, [
          {
            asnId: asn.asnId,
            type: 'unit.quarantined',
            unit: { unitId: unit.unitId, ...(unit.sscc === undefined ? {} : { sscc: unit.sscc }) },
            reason: input.damage === null ? 'inspection checklist failed' : `damaged: ${input.damage.reason}`,
            ...(inspection === undefined ? {} : { inspectionEventId: inspection.eventId }),
          },
        ])),
      );
    }
    return {
      announcements: result.announcements,
      supervisorRequests: result.supervisorRequests,
      events,
      receiptId: asn.asnId,
    };
  });
}

/**
 * A supervisor's decision on a quarantined unit (verified by supervisors.ts first): released units go back to
 * putaway into stock; returned or scrapped units leave the flow, still received, with their disposition.
 */
export function decideQuarantine(
  deps: DockDeps,
  where: { readonly asnId: string; readonly unitId: string },
  decision: {
    readonly disposition: QuarantineDisposition;
    readonly reason: string;
    readonly supervisor: SupervisorAuth;
    readonly reference?: string;
  },
): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const unit = await t.unitStates.get([where.asnId, where.unitId]);
    if (!unit || (unit.stage !== 'quarantined' && unit.stage !== 'quarantine-stored')) {
      return refused('That unit is not in quarantine.');
    }
    const asn = await t.asns.get(unit.asnId);
    const row = await rowHolding(t, unit.asnId, unit.unitId);
    if (!asn || !row) return refused(`${labelOf(unit.announced)} is no longer on its ASN.`);
    const key = unitKey(unit.asnId, unit.unitId);
    const decided = runCommand({
      name: 'quarantineDisposition',
      machine: quarantineDispositionMachine,
      stored: await loadMachine(t, 'quarantineDisposition', key),
      input: { receiptId: unit.asnId, unitId: unit.unitId, label: labelOf(unit.announced) },
      event: {
        type: 'DISPOSITION_DECIDED',
        meta,
        disposition: decision.disposition,
        reason: decision.reason,
        supervisor: decision.supervisor,
        reference: decision.reference ?? null,
      },
    });
    if (decided.kind === 'already-applied') return refused('That decision was already recorded.');
    await t.machines.put(machineRow('quarantineDisposition', key, decided.persisted, meta.at));
    const facts: ReceivingFact[] = [...decided.facts];
    const announcements = [...decided.announcements];
    if (decided.facts.some((f) => f.type === 'quarantine.disposition-decided')) {
      const stock = suggestPutaway(stockOf(asn, row, unit.announced), deps.putaway ?? DEFAULT_PUTAWAY);
      const suggestedLocation = stock.location ?? stock.zone;
      const moved = runCommand({
        name: 'logisticUnit',
        machine: logisticUnitMachine,
        stored: await loadMachine(t, 'logisticUnit', key),
        event:
          decision.disposition === 'release-to-stock'
            ? { type: 'QUARANTINE_RELEASED', meta, suggestedLocation }
            : { type: 'QUARANTINE_DISPOSED', meta },
      });
      if (moved.kind === 'applied') {
        facts.push(...moved.facts);
        announcements.push(...moved.announcements);
        await t.machines.put(machineRow('logisticUnit', key, moved.persisted, meta.at));
        const stage = unitStageOf(moved.snapshot.value);
        if (stage !== null) {
          await t.unitStates.put({
            ...unit,
            stage,
            suggestedLocation: stage === 'awaiting-putaway' ? suggestedLocation : unit.suggestedLocation,
            location: stage === 'awaiting-putaway' ? null : unit.location,
          });
        }
      }
    }
    const context = await factContext(t, asn, [row]);
    const events = await writeFacts(t, meta, deps, facts, context);
    return { announcements, supervisorRequests: decided.supervisorRequests, events, receiptId: asn.asnId };
  });
}

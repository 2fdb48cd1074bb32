import { uuidv7 } from 'uuidv7';
import { ofAsn } from '../db/asn-rows';
import type { AsnRow, DocksideDb, ExpectedUnitRow, JournalRow, UnitStateRow } from '../db/schema';
import type { AsnLine, AsnLogisticUnit } from '../domain/asn/canonical-asn';
import { selectForInspection, type InspectionRule } from '../domain/receiving/inspection-rules';
import { readLocationScan, suggestPutaway, verifyPutaway, type PutawayConfig } from '../domain/receiving/putaway-rules';
import type { StationIdentity } from '../domain/station-records';
import {
  acceptsUnitScans,
  logisticUnitMachine,
  receiptSessionMachine,
  runCommand,
  scanRefusal,
  type Announcement,
  type CommandMeta,
  type MachineName,
  type PersistedMachine,
  type ReceivingFact,
  type SupervisorAuth,
  type SupervisorRequest,
} from '../machines';
import { boundDockTables, dockTableList, loadMachine, machineRow, unitKey, type DockTables } from './dock-tables';
import { draftsFor, type FactContext } from './fact-events';
import { missingUnits } from './missing-units';
import { appendEvents, lastSeq } from './journal-append';
import { receiptRowOf, unitStageOf } from './projections';

/**
 * The dock's commands (issue 5): each runs the receiving machines as deciders (machines/persistence.ts) and
 * writes their facts as journal events, the projections and the machine snapshots in ONE strict transaction.
 * After a crash at any point the station holds either all of a command or none of it, and a command re-sent
 * with the same id is answered without deciding it twice. Feedback (sound, colour, live region) is played by the
 * caller from `announcements`, after the commit.
 */
export interface DockDeps {
  readonly db: DocksideDb;
  readonly station: StationIdentity;
  readonly now?: () => Date;
  /** Where received stock goes (putaway-rules.ts); the station's configuration, or the default below. */
  readonly putaway?: PutawayConfig;
  /** Which received units are inspected (inspection-rules.ts); none by default. */
  readonly inspectionRules?: readonly InspectionRule[];
}

export interface DockOutcome {
  readonly announcements: readonly Announcement[];
  readonly supervisorRequests: readonly SupervisorRequest[];
  readonly events: readonly JournalRow[];
  readonly receiptId: string | null;
}

export const DEFAULT_PUTAWAY: PutawayConfig = {
  quarantineZone: 'Q',
  defaultZone: 'A',
  rules: [],
  allowOtherBinInZone: true,
};

/** Where the station remembers its last command, for undo (one level: the dock's last action). */
const LAST_COMMAND_KEY = 'dock.lastCommand';
interface LastCommand {
  readonly machine: MachineName;
  readonly key: string;
  readonly receiptId: string;
  readonly unitId: string | null;
}

export interface ArrivalInput {
  readonly trailer: string;
  /** Null when the trailer came without a seal. */
  readonly sealNumber: string | null;
  readonly sealIntact: boolean;
}

/** Records a trailer's arrival at this door for an ASN: the receipt session starts (or waits for a supervisor). */
export function recordArrival(deps: DockDeps, asnId: string, arrival: ArrivalInput): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const asn = await t.asns.get(asnId);
    if (!asn) return refused(`${asnName(asnId)} is not on this station.`);
    if (asn.status === 'cancelled') return refused(`${asnName(asnId)} was cancelled by the sender; do not unload it.`);
    const session = await runSession(t, asn, meta, {
      type: 'ARRIVAL_RECORDED',
      meta,
      dockDoor: deps.station.dockDoor,
      trailer: arrival.trailer,
      sealNumber: arrival.sealNumber,
      sealIntact: arrival.sealIntact,
    });
    const events = await writeFacts(t, meta, deps, session.facts, await factContext(t, asn, []));
    await remember(t, { machine: 'receiptSession', key: asnId, receiptId: asnId, unitId: null });
    return { ...session, events, receiptId: asnId };
  });
}

/**
 * A scanned SSCC: trust receiving of the unit and everything nested in it (issue 5, "Ways to receive"), or the
 * duplicate-scan answer for a unit already received. The receipt must have arrived first.
 */
export function receiveSscc(deps: DockDeps, sscc: string): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const rows = await t.expectedUnits.where('ssccs').equals(sscc).toArray();
    const candidates = rows.flatMap((row) => row.units.filter((u) => u.sscc === sscc).map((unit) => ({ row, unit })));
    if (candidates.length === 0) {
      const removed = await t.unitStates.where('sscc').equals(sscc).first();
      if (removed)
        return refused(`SSCC ${sscc} was already received on ${asnName(removed.asnId)}; the ASN no longer lists it.`);
      return receiveUnexpected(t, meta, deps, sscc);
    }
    const states = await t.unitStates.bulkGet(candidates.map((c): [string, string] => [c.row.asnId, c.unit.unitId]));
    // One SSCC may be announced on two ASNs: a scan lands where the unit is still expected.
    const expectedAt = states.findIndex((s) => s === undefined);
    const picked = candidates[Math.max(0, expectedAt)];
    if (!picked) return refused(`SSCC ${sscc} could not be found.`);
    const { row, unit } = picked;
    const earlier = expectedAt === -1 ? states[0] : undefined;
    if (earlier && !(await loadMachine(t, 'logisticUnit', unitKey(earlier.asnId, earlier.unitId)))) {
      // Received before the workflow machines existed (a migrated station): no machine to ask, same answer.
      const at = earlier.receivedAt;
      return {
        announcements: [
          { tone: 'warning', text: `${labelOf(unit)} was already received at ${at}. Scan the next one.` },
        ],
        supervisorRequests: [],
        events: [],
        receiptId: earlier.asnId,
      };
    }
    const asn = await t.asns.get(row.asnId);
    if (!asn) return refused(`${asnName(row.asnId)} is not on this station.`);
    if (asn.status === 'cancelled') {
      return refused(
        `${asnName(asn.asnId)} was cancelled by the sender; do not receive against it. Call a supervisor.`,
      );
    }
    const sessionRecord = await loadMachine(t, 'receiptSession', asn.asnId);
    if (!sessionRecord) {
      return refused(`Record the arrival of ${asnName(asn.asnId)} first: trailer ${asn.trailer || '?'} and its seal.`);
    }
    const sessionView = sessionRecord.snapshot as { value: unknown };
    if (!acceptsUnitScans(sessionView)) {
      return {
        announcements: [scanRefusal(sessionView) ?? { tone: 'error', text: 'This receipt is not receiving.' }],
        supervisorRequests: [],
        events: [],
        receiptId: asn.asnId,
      };
    }

    const tree = unitWithDescendants(row.units, unit);
    const treeStates = await t.unitStates.bulkGet(tree.map((u): [string, string] => [asn.asnId, u.unitId]));
    const alreadyHere = new Set(tree.filter((_, i) => treeStates[i] !== undefined).map((u) => u.unitId));
    const nested = tree.slice(1).filter((u) => !alreadyHere.has(u.unitId));
    const key = unitKey(asn.asnId, unit.unitId);
    const suggestion = suggestPutaway(stockOf(asn, row, unit), deps.putaway ?? DEFAULT_PUTAWAY);
    const suggestedLocation = suggestion.location ?? suggestion.zone;
    const unitResult = runCommand({
      name: 'logisticUnit',
      machine: logisticUnitMachine,
      stored: await loadMachine(t, 'logisticUnit', key),
      input: { receiptId: asn.asnId, unitId: unit.unitId, sscc: unit.sscc ?? null, label: labelOf(unit) },
      event: {
        type: 'RECEIVE_SCANNED',
        meta,
        mode: (sessionRecord.snapshot as { context: { mode: 'trust' | 'audit' | 'blind' } }).context.mode,
        nestedUnitIds: nested.map((u) => u.unitId),
        contents: [],
        inspectionSelected: selectForInspection(
          {
            asnId: asn.asnId,
            unitId: unit.unitId,
            supplierId: asn.supplierId,
            itemIds: row.lines.filter((l) => l.unitId === unit.unitId).flatMap((l) => (l.gtin ? [l.gtin] : [])),
            position: asn.receivedUnitCount + 1,
            firstReceiptFromSupplier: false,
          },
          deps.inspectionRules ?? [],
        ).inspect,
        suggestedLocation,
      },
    });
    if (unitResult.kind === 'already-applied') return refused('That scan was already recorded.');
    const received = unitResult.facts.some((f) => f.type === 'unit.received');
    const facts: ReceivingFact[] = [...unitResult.facts];
    const machineRows = [machineRow('logisticUnit', key, unitResult.persisted, meta.at)];

    if (received) {
      // A pallet's cartons in one read and one write per table: each request is a round trip on the scan path.
      const childKeys = nested.map((child) => unitKey(asn.asnId, child.unitId));
      const childRows = await t.machines.bulkGet(childKeys.map((k): [string, string] => ['logisticUnit', k]));
      const receivedBySeq = (await lastSeq(t.journal)) + 1;
      const stateRows: UnitStateRow[] = [];
      nested.forEach((child, i) => {
        const childResult = runCommand({
          name: 'logisticUnit',
          machine: logisticUnitMachine,
          stored: childRows[i]?.record ?? null,
          input: { receiptId: asn.asnId, unitId: child.unitId, sscc: child.sscc ?? null, label: labelOf(child) },
          event: { type: 'RECEIVED_WITH_PARENT', meta, parentUnitId: unit.unitId },
        });
        if (childResult.kind !== 'applied') return;
        facts.push(...childResult.facts);
        machineRows.push(machineRow('logisticUnit', childKeys[i] ?? '', childResult.persisted, meta.at));
        const stage = unitStageOf(childResult.snapshot.value);
        if (stage !== null) stateRows.push(stateRowOf(asn.asnId, child, stage, meta, row, null, receivedBySeq));
      });
      const stage = unitStageOf(unitResult.snapshot.value);
      if (stage !== null)
        stateRows.push(stateRowOf(asn.asnId, unit, stage, meta, row, suggestedLocation, receivedBySeq));
      await t.unitStates.bulkPut(stateRows);
      await t.asns.put({ ...asn, receivedUnitCount: asn.receivedUnitCount + 1 + nested.length });
    }
    await t.machines.bulkPut(machineRows);
    const session = await runSession(
      t,
      asn,
      meta,
      {
        type: 'UNITS_TALLIED',
        meta,
        change: received ? 'received' : 'duplicate',
        count: received ? 1 + nested.length : 1,
      },
      sessionRecord,
    );
    facts.push(...session.facts);
    const events = await writeFacts(t, meta, deps, facts, await factContext(t, asn, [row]));
    if (received) await remember(t, { machine: 'logisticUnit', key, receiptId: asn.asnId, unitId: unit.unitId });
    return {
      announcements: [...unitResult.announcements, ...session.announcements],
      supervisorRequests: [...unitResult.supervisorRequests, ...session.supervisorRequests],
      events,
      receiptId: asn.asnId,
    };
  });
}

/**
 * An SSCC no ASN announces, scanned while a trailer is being received at this door: recorded against that
 * receipt as an unexpected unit (a discrepancy the ERP sees, with the unit). With no receipt open here, nothing
 * can be recorded: the worker is told to set the unit aside.
 */
async function receiveUnexpected(t: DockTables, meta: CommandMeta, deps: DockDeps, sscc: string): Promise<DockOutcome> {
  const open = (await t.receipts.where('status').equals('receiving').toArray())
    .filter((r) => r.dockDoor === deps.station.dockDoor && r.asnId !== null)
    .sort((a, b) => (b.arrivedAt ?? '').localeCompare(a.arrivedAt ?? ''));
  const receipt = open[0];
  const asn = receipt?.asnId == null ? undefined : await t.asns.get(receipt.asnId);
  if (!asn) {
    return refused(`SSCC ${sscc} is not on any ASN at this station. Put the unit aside and call a supervisor.`);
  }
  // Stray units are recorded and accepted: the ERP decides what to do with them (a supervisor's approval of
  // strays before closing is a station setting still to come).
  const session = await runSession(t, asn, meta, { type: 'UNEXPECTED_UNIT_SCANNED', meta, sscc, needsApproval: false });
  const events = await writeFacts(t, meta, deps, session.facts, await factContext(t, asn, []));
  return { ...session, events, receiptId: asn.asnId };
}

/**
 * A supervisor accepts a trailer whose seal was broken, missing or not the announced one (verified by
 * supervisors.ts before this command: PBKDF2 cannot run inside an IndexedDB transaction). Receiving starts.
 */
export function approveSeal(
  deps: DockDeps,
  asnId: string,
  supervisor: SupervisorAuth,
  reason: string,
): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const asn = await t.asns.get(asnId);
    if (!asn) return refused(`${asnName(asnId)} is not on this station.`);
    const session = await runSession(t, asn, meta, { type: 'SUPERVISOR_APPROVED', meta, supervisor, reason });
    const events = await writeFacts(t, meta, deps, session.facts, await factContext(t, asn, []));
    return { ...session, events, receiptId: asnId };
  });
}

/** The unit waiting for putaway at this station, most recently received first; null when none waits. */
export async function unitAwaitingPutaway(db: DocksideDb): Promise<UnitStateRow | null> {
  // Quarantined units wait for putaway too (into the quarantine zone).
  const waiting = await db.unitStates.where('stage').anyOf(['awaiting-putaway', 'quarantined']).toArray();
  return waiting.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0] ?? null;
}

/** A scanned location label: puts away the unit waiting for it, or says why not (wrong zone, not a location). */
export function putAwayAt(deps: DockDeps, raw: string): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const config = deps.putaway ?? DEFAULT_PUTAWAY;
    const scanned = readLocationScan(raw, config);
    if (!scanned.ok) return refused(scanned.message);
    const waiting = (await t.unitStates.where('stage').anyOf(['awaiting-putaway', 'quarantined']).toArray()).sort(
      (a, b) => b.receivedAt.localeCompare(a.receivedAt),
    )[0];
    if (!waiting) return refused(`Nothing is waiting to be put away. Scan a pallet or carton to receive it first.`);
    const asn = await t.asns.get(waiting.asnId);
    const row = await rowHolding(t, waiting.asnId, waiting.unitId);
    if (!asn || !row) return refused(`The unit ${waiting.sscc ?? waiting.unitId} is no longer on its ASN.`);
    const suggestion = suggestPutaway(
      { ...stockOf(asn, row, waiting.announced), quarantined: waiting.stage === 'quarantined' },
      config,
    );
    const check = verifyPutaway(scanned.location, suggestion, config);
    const key = unitKey(waiting.asnId, waiting.unitId);
    const result = runCommand({
      name: 'logisticUnit',
      machine: logisticUnitMachine,
      stored: await loadMachine(t, 'logisticUnit', key),
      event: {
        type: 'LOCATION_SCANNED',
        meta,
        location: scanned.location.code,
        locationCheck: check.ok ? 'right' : 'wrong',
      },
    });
    if (result.kind === 'already-applied') return refused('That scan was already recorded.');
    await t.machines.put(machineRow('logisticUnit', key, result.persisted, meta.at));
    const stage = unitStageOf(result.snapshot.value);
    if (stage !== null) {
      await t.unitStates.put({
        ...waiting,
        stage,
        location: stage === 'stored' || stage === 'quarantine-stored' ? scanned.location.code : null,
      });
    }
    const events = await writeFacts(t, meta, deps, result.facts, await factContext(t, asn, [row]));
    if (check.ok) await remember(t, { machine: 'logisticUnit', key, receiptId: asn.asnId, unitId: waiting.unitId });
    const announcements = check.ok ? result.announcements : [{ tone: 'error' as const, text: check.message }];
    return { announcements, supervisorRequests: result.supervisorRequests, events, receiptId: asn.asnId };
  });
}

/** Undoes the dock's last action (a receipt or a putaway) with compensating events; never deletes an event. */
export function undoLast(deps: DockDeps): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const last = (await t.meta.get(LAST_COMMAND_KEY))?.value as LastCommand | undefined;
    if (!last || last.machine !== 'logisticUnit' || last.unitId === null) return refused('There is nothing to undo.');
    const asn = await t.asns.get(last.receiptId);
    const row = await rowHolding(t, last.receiptId, last.unitId);
    if (!asn || !row) return refused('There is nothing to undo.');
    const result = runCommand({
      name: 'logisticUnit',
      machine: logisticUnitMachine,
      stored: await loadMachine(t, 'logisticUnit', last.key),
      event: { type: 'UNDO_LAST', meta },
    });
    if (result.kind === 'already-applied') return refused('That was already undone.');
    const reversal = result.facts.find((f) => f.type === 'reversed');
    if (!reversal)
      return { announcements: result.announcements, supervisorRequests: [], events: [], receiptId: asn.asnId };
    await t.machines.put(machineRow('logisticUnit', last.key, result.persisted, meta.at));
    const facts: ReceivingFact[] = [...result.facts];
    const stage = unitStageOf(result.snapshot.value);
    const state = await t.unitStates.get([asn.asnId, last.unitId]);
    if (stage === null) {
      // The receipt itself was undone: the unit and the units received with it are expected again.
      const withIt = (
        await t.unitStates
          .where(':id')
          .between(...ofAsn(asn.asnId), true, true)
          .toArray()
      ).filter((s) => s.receivedBySeq === state?.receivedBySeq);
      for (const child of withIt.filter((s) => s.unitId !== last.unitId)) {
        const childKey = unitKey(asn.asnId, child.unitId);
        const childResult = runCommand({
          name: 'logisticUnit',
          machine: logisticUnitMachine,
          stored: await loadMachine(t, 'logisticUnit', childKey),
          event: { type: 'PARENT_RECEIPT_REVERSED', meta },
        });
        if (childResult.kind === 'applied') {
          await t.machines.put(machineRow('logisticUnit', childKey, childResult.persisted, meta.at));
        }
      }
      await t.unitStates.bulkDelete(withIt.map((s): [string, string] => [s.asnId, s.unitId]));
      await t.asns.update(asn.asnId, { receivedUnitCount: Math.max(0, asn.receivedUnitCount - withIt.length) });
      const session = await runSession(t, asn, meta, {
        type: 'UNITS_TALLIED',
        meta,
        change: 'reversed',
        count: withIt.length,
      });
      facts.push(...session.facts);
    } else if (state) {
      await t.unitStates.put({ ...state, stage, location: null });
    }
    const context = await factContext(t, asn, [row]);
    const events = await writeFacts(t, meta, deps, facts, context);
    await t.meta.delete(LAST_COMMAND_KEY);
    return { announcements: result.announcements, supervisorRequests: [], events, receiptId: asn.asnId };
  });
}

/**
 * Closes a receipt: units never scanned are recorded missing, and the receipt is closed in the same command when
 * nothing needs a supervisor; otherwise it stays in closing and says what is waiting.
 */
export function closeReceipt(deps: DockDeps, asnId: string): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const asn = await t.asns.get(asnId);
    if (!asn) return refused(`${asnName(asnId)} is not on this station.`);
    const [from, to] = ofAsn(asnId);
    const rows = await t.expectedUnits.where(':id').between(from, to, true, true).toArray();
    const states = await t.unitStates.where(':id').between(from, to, true, true).toArray();
    const missing = missingUnits(rows, states);
    // Approvals still waiting keep the receipt open: refused here, so the dock never sits in "closing".
    const session = (await loadMachine(t, 'receiptSession', asnId))?.snapshot as
      { context: { openDiscrepancies: readonly unknown[] } } | undefined;
    const waiting = session?.context.openDiscrepancies.length ?? 0;
    if (waiting > 0) {
      return refused(
        `${waiting} discrepanc${waiting === 1 ? 'y waits' : 'ies wait'} for a supervisor before ${asnName(asnId)} can close.`,
      );
    }
    const lastBefore = await lastSeq(t.journal);
    const closing = await runSession(t, asn, meta, [
      { type: 'REQUEST_CLOSE', meta, missingUnitIds: missing.map((u) => u.unitId) },
      { type: 'CLOSE_CONFIRMED', meta, supervisor: null },
    ]);
    const discrepancies = (await t.discrepancies.where('receiptId').equals(asnId).toArray()).filter(
      (d) => d.status !== 'reversed',
    );
    const context = await factContext(t, asn, rows);
    const closingFacts = closing.facts.filter((f) => f.type === 'discrepancy.recorded').length;
    const events = await writeFacts(t, meta, deps, closing.facts, {
      ...context,
      closingSummary: {
        unitsExpected: asn.unitCount,
        unitsReceived: states.length,
        unitsUnexpected: 0,
        unitsQuarantined: states.filter((s) => s.stage === 'quarantined' || s.stage === 'quarantine-stored').length,
        discrepancies: discrepancies.length + closingFacts,
        discrepanciesOpen: discrepancies.filter((d) => d.status === 'open' && d.needsApproval).length,
        missingUnitIds: missing.map((u) => u.unitId),
        // The close's own events follow: every event before it belongs to the receipt (ReceiptSummary.lastSeq).
        lastSeq: Math.max(1, lastBefore + closingFacts),
      },
    });
    return { ...closing, events, receiptId: asnId };
  });
}

// ── helpers (some shared with audit-commands.ts) ────────────────────────────────────────────────────────────────────────────────────────────────

/** Shared with audit-commands.ts. */
export async function inTransaction(
  deps: DockDeps,
  command: (t: DockTables, meta: CommandMeta) => Promise<DockOutcome>,
): Promise<DockOutcome> {
  const meta: CommandMeta = {
    commandId: uuidv7(),
    at: (deps.now ?? (() => new Date()))().toISOString(),
    operator: deps.station.operator,
  };
  return deps.db.transaction('rw', dockTableList(deps.db), async (tx) => {
    try {
      return await command(boundDockTables(tx), meta);
    } catch (error) {
      if (tx.active) tx.abort();
      throw error;
    }
  });
}

/** Shared with audit-commands.ts. */
export function refused(text: string): DockOutcome {
  return { announcements: [{ tone: 'error', text }], supervisorRequests: [], events: [], receiptId: null };
}

type SessionEvent = Parameters<typeof receiptSessionMachine.transition>[1];

/** Shared with audit-commands.ts. */
export async function runSession(
  t: DockTables,
  asn: AsnRow,
  meta: CommandMeta,
  event: SessionEvent | readonly [SessionEvent, ...SessionEvent[]],
  /** The session's row when the command already read it (a scan reads it to check that receiving is open). */
  known?: PersistedMachine,
): Promise<{ facts: ReceivingFact[]; announcements: Announcement[]; supervisorRequests: SupervisorRequest[] }> {
  const result = runCommand({
    name: 'receiptSession',
    machine: receiptSessionMachine,
    stored: known ?? (await loadMachine(t, 'receiptSession', asn.asnId)),
    input: {
      receiptId: asn.asnId,
      basis: 'asn',
      asnVersion: asn.senderVersion,
      expectedUnits: asn.unitCount,
      expectedSeals: asn.header.carrier.seals,
      mode: 'trust',
    },
    event,
  });
  if (result.kind === 'already-applied') return { facts: [], announcements: [], supervisorRequests: [] };
  await t.machines.put(machineRow('receiptSession', asn.asnId, result.persisted, meta.at));
  const previous = await t.receipts.get(asn.asnId);
  await t.receipts.put(receiptRowOf(result.snapshot.value, result.snapshot.context, previous, meta.at));
  return { facts: result.facts, announcements: result.announcements, supervisorRequests: result.supervisorRequests };
}

/** Shared with audit-commands.ts. */
export async function writeFacts(
  t: DockTables,
  meta: CommandMeta,
  deps: DockDeps,
  facts: readonly ReceivingFact[],
  base: ContextBase,
): Promise<JournalRow[]> {
  const context = await resolveContext(t, base, facts);
  const planned = facts.map((fact) => ({ fact, drafts: draftsFor(fact, context) }));
  const stamp = { commandId: meta.commandId, at: meta.at, station: deps.station };
  const rows = await appendEvents(
    t.journal,
    stamp,
    planned.flatMap((p) => p.drafts),
  );
  // The discrepancy list supervisors work from, beside the events that raised and approved them.
  let offset = 0;
  for (const { fact, drafts } of planned) {
    const mine = rows.slice(offset, offset + drafts.length);
    offset += drafts.length;
    if (fact.type === 'discrepancy.recorded') {
      const d = fact.discrepancy;
      const event = mine.find((r) => r.type === 'discrepancy.recorded');
      await t.discrepancies.put({
        ...d,
        receiptId: context.asnId,
        status: d.needsApproval ? 'open' : 'accepted',
        raisedAt: meta.at,
        raisedBySeq: event?.seq ?? 0,
        eventId: event?.eventId ?? null,
        approvedBy: null,
      });
    } else if (fact.type === 'discrepancy.approved') {
      await t.discrepancies.update(fact.discrepancyId, { status: 'approved', approvedBy: fact.supervisor });
    } else if (fact.type === 'reversed') {
      await t.discrepancies
        .where('receiptId')
        .equals(context.asnId)
        .filter((d) => d.discrepancyId.startsWith(`${fact.supersedes}/`))
        .modify({ status: 'reversed' });
    }
  }
  return rows;
}

/** Shared with audit-commands.ts. */
/** What a command hands to writeFacts: the ASN and the rows it touched. The rest is read as the facts need it. */
export interface ContextBase {
  readonly asn: AsnRow;
  readonly rows: readonly ExpectedUnitRow[];
  readonly closingSummary?: FactContext['closingSummary'];
}

/** Kept async so every command reads the same way; nothing is read until writeFacts knows the facts. */
export function factContext(_t: DockTables, asn: AsnRow, rows: readonly ExpectedUnitRow[]): Promise<ContextBase> {
  return Promise.resolve({ asn, rows });
}

/**
 * The lookups the facts of one command need, and only those: every read is a round trip on the scan path
 * (scan-feedback benchmark), so a receipt scan reads nothing here while an approval reads the receipt's
 * discrepancies and a disposition its journal.
 */
async function resolveContext(t: DockTables, base: ContextBase, facts: readonly ReceivingFact[]): Promise<FactContext> {
  const { asn, rows } = base;
  const units = new Map<string, AsnLogisticUnit>(rows.flatMap((r) => r.units.map((u) => [u.unitId, u])));
  const lines = new Map<string, AsnLine[]>();
  for (const line of rows.flatMap((r) => r.lines)) {
    if (line.unitId === null) continue;
    const held = lines.get(line.unitId);
    if (held) held.push(line);
    else lines.set(line.unitId, [line]);
  }
  const of = <T extends ReceivingFact['type']>(type: T) =>
    facts.filter((f): f is Extract<ReceivingFact, { type: T }> => f.type === type);

  const eventsOfCommand = new Map<string, JournalRow[]>();
  for (const { supersedes } of of('reversed')) {
    eventsOfCommand.set(supersedes, await t.journal.where('commandId').equals(supersedes).toArray());
  }
  const putAway = of('unit.put-away').map((f): [string, string] => [asn.asnId, f.unitId]);
  const suggested = new Map(
    putAway.length === 0
      ? []
      : (await t.unitStates.bulkGet(putAway)).flatMap((st) => (st ? [[st.unitId, st.suggestedLocation] as const] : [])),
  );
  const raised = new Map<string, string | null>();
  if (of('discrepancy.approved').length > 0) {
    for (const d of await t.discrepancies.where('receiptId').equals(asn.asnId).toArray())
      raised.set(d.discrepancyId, d.eventId);
  }
  const mode = of('unit.counted').length > 0 ? (await t.receipts.get(asn.asnId))?.mode : undefined;
  const photoIds = of('unit.inspected').flatMap((f) => f.photoIds);
  const photos = new Map(
    photoIds.length === 0
      ? []
      : (await t.photos.bulkGet(photoIds)).flatMap((ph) => (ph ? [[ph.photoId, ph] as const] : [])),
  );
  const quarantines = new Map<string, string>();
  const disposed = new Set(of('quarantine.disposition-decided').map((f) => f.unitId));
  if (disposed.size > 0) {
    await t.journal
      .where('asnId')
      .equals(asn.asnId)
      .each((row) => {
        if (row.event.type === 'unit.quarantined' && disposed.has(row.event.unit.unitId)) {
          quarantines.set(row.event.unit.unitId, row.eventId);
        }
      });
  }
  return {
    ...(base.closingSummary === undefined ? {} : { closingSummary: base.closingSummary }),
    photoOf: (id) => photos.get(id),
    quarantineEventIdOf: (unitId) => quarantines.get(unitId),
    countMode: mode === 'blind' ? 'blind' : 'audit',
    discrepancyEventIdOf: (id) => raised.get(id) ?? undefined,
    asnId: asn.asnId,
    asnVersion: asn.senderVersion,
    units,
    linesOf: (unitId) => lines.get(unitId) ?? [],
    suggestedLocationOf: (unitId) => suggested.get(unitId) ?? null,
    eventsOfCommand,
  };
}

/** A unit's state row once received; every unit received by one scan shares the seq of its first event. */
function stateRowOf(
  asnId: string,
  unit: AsnLogisticUnit,
  stage: UnitStateRow['stage'],
  meta: CommandMeta,
  row: ExpectedUnitRow,
  suggestedLocation: string | null,
  receivedBySeq: number,
): UnitStateRow {
  return {
    asnId,
    unitId: unit.unitId,
    ...(unit.sscc === undefined ? {} : { sscc: unit.sscc }),
    status: 'received',
    receivedAt: meta.at,
    receivedBySeq,
    counted: row.lines.filter((l) => l.unitId === unit.unitId).map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
    removedInVersion: null,
    announced: unit,
    stage,
    suggestedLocation,
    location: null,
  };
}

async function remember(t: DockTables, last: LastCommand): Promise<void> {
  await t.meta.put({ key: LAST_COMMAND_KEY, value: last });
}

/** Shared with audit-commands.ts. */
export async function rowHolding(t: DockTables, asnId: string, unitId: string): Promise<ExpectedUnitRow | undefined> {
  const [from, to] = ofAsn(asnId);
  const rows = await t.expectedUnits.where(':id').between(from, to, true, true).toArray();
  return rows.find((r) => r.units.some((u) => u.unitId === unitId));
}

/** Shared with audit-commands.ts. */
export function unitWithDescendants(units: readonly AsnLogisticUnit[], root: AsnLogisticUnit): AsnLogisticUnit[] {
  const all = [root];
  const seen = new Set([root.unitId]);
  for (let i = 0; i < all.length; i++) {
    const id = all[i]?.unitId;
    for (const child of units) {
      if (child.parentUnitId !== id || seen.has(child.unitId)) continue;
      seen.add(child.unitId);
      all.push(child);
    }
  }
  return all;
}

/** "ASN 4711", but "ASN-AHD-24051" as it is: ids that already say ASN are not prefixed twice. */
export function asnName(asnId: string): string {
  return /^asn/i.test(asnId) ? asnId : `ASN ${asnId}`;
}

/** "Pallet …4821": how the dock names a unit aloud (the last digits are what a worker checks on the label). */
/** Shared with audit-commands.ts. */
export function labelOf(unit: AsnLogisticUnit): string {
  const kind = unit.kind.charAt(0).toUpperCase() + unit.kind.slice(1);
  return unit.sscc === undefined ? `${kind} ${unit.unitId}` : `${kind} …${unit.sscc.slice(-4)}`;
}

/** Shared with inspection-commands.ts. */
export function stockOf(asn: AsnRow, row: ExpectedUnitRow, unit: AsnLogisticUnit) {
  const line = row.lines.find((l) => l.unitId === unit.unitId) ?? row.lines[0];
  return { itemId: line?.gtin ?? line?.itemIds[0]?.value ?? '', supplierId: asn.supplierId, quarantined: false };
}

import type { UnitStateRow } from '../db/schema';
import { selectForInspection } from '../domain/receiving/inspection-rules';
import { suggestPutaway } from '../domain/receiving/putaway-rules';
import {
  acceptsUnitScans,
  logisticUnitMachine,
  runCommand,
  scanRefusal,
  type CommandMeta,
  type ReceivingFact,
} from '../machines';
import { loadMachine, machineRow, unitKey, type DockTables } from './dock-tables';
import { lastSeq } from './journal-append';
import { unitStageOf } from './projections';
import {
  type DockDeps,
  type DockOutcome,
  DEFAULT_PUTAWAY,
  inTransaction,
  refused,
  runSession,
  writeFacts,
  factContext,
  stateRowOf,
  remember,
  unitWithDescendants,
  asnName,
  labelOf,
  stockOf,
} from './dock-core';

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

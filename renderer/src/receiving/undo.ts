import { ofAsn } from '../db/asn-rows';
import { logisticUnitMachine, runCommand, type ReceivingFact } from '../machines';
import { loadMachine, machineRow, unitKey } from './dock-tables';
import { unitStageOf } from './projections';
import {
  type DockDeps,
  type DockOutcome,
  LAST_COMMAND_KEY,
  type LastCommand,
  inTransaction,
  refused,
  runSession,
  writeFacts,
  factContext,
  rowHolding,
} from './dock-core';

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

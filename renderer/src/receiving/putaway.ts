import type { DocksideDb, UnitStateRow } from '../db/schema';
import { readLocationScan, suggestPutaway, verifyPutaway } from '../domain/receiving/putaway-rules';
import { logisticUnitMachine, runCommand } from '../machines';
import { loadMachine, machineRow, unitKey } from './dock-tables';
import { unitStageOf } from './projections';
import {
  type DockDeps,
  type DockOutcome,
  DEFAULT_PUTAWAY,
  inTransaction,
  refused,
  writeFacts,
  factContext,
  remember,
  rowHolding,
  stockOf,
  latestUnitIn,
  AWAITING_PUTAWAY,
} from './dock-core';

/** The unit waiting for putaway at this station, most recently received first; null when none waits. */
export async function unitAwaitingPutaway(db: DocksideDb): Promise<UnitStateRow | null> {
  return latestUnitIn(db.unitStates, AWAITING_PUTAWAY);
}

/** A scanned location label: puts away the unit waiting for it, or says why not (wrong zone, not a location). */
export function putAwayAt(deps: DockDeps, raw: string): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const config = deps.putaway ?? DEFAULT_PUTAWAY;
    const scanned = readLocationScan(raw, config);
    if (!scanned.ok) return refused(scanned.message);
    const waiting = await latestUnitIn(t.unitStates, AWAITING_PUTAWAY);
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

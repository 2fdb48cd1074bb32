import { type SupervisorAuth } from '../machines';
import {
  type DockDeps,
  type DockOutcome,
  inTransaction,
  refused,
  runSession,
  writeFacts,
  factContext,
  remember,
  asnName,
} from './dock-core';

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

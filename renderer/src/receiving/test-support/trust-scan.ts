import type { DocksideDb } from '../../db/schema';
import type { StationIdentity } from '../../domain/station-records';
import { receiveSscc, recordArrival, type DockOutcome } from '../dock-commands';

export type TrustScanResult = 'received' | 'duplicate' | 'refused';

/**
 * For suites about something else (intake, revisions, sync): receives an SSCC the dock's way, recording the
 * trailer's arrival first when its ASN has none yet, and says what happened in one word.
 */
export async function trustScan(db: DocksideDb, station: StationIdentity, sscc: string): Promise<TrustScanResult> {
  return resultOf(await trustScanOutcome(db, station, sscc));
}

export async function trustScanOutcome(db: DocksideDb, station: StationIdentity, sscc: string): Promise<DockOutcome> {
  const deps = { db, station };
  const [key] = await db.expectedUnits.where('ssccs').equals(sscc).primaryKeys();
  const asnId = key?.[0];
  if (asnId !== undefined && !(await db.receipts.get(asnId))) {
    const asn = await db.asns.get(asnId);
    if (asn?.status === 'open') {
      await recordArrival(deps, asnId, { trailer: asn.trailer || 'TR-1', sealNumber: asn.seal, sealIntact: true });
    }
  }
  return receiveSscc(deps, sscc);
}

function resultOf(outcome: DockOutcome): TrustScanResult {
  if (outcome.events.some((e) => e.type === 'unit.received')) return 'received';
  if (outcome.events.some((e) => e.event.type === 'discrepancy.recorded' && e.event.code === 'duplicate-scan')) {
    return 'duplicate';
  }
  if (outcome.announcements.some((a) => a.tone === 'warning' && a.text.includes('already received'))) {
    return 'duplicate';
  }
  return 'refused';
}

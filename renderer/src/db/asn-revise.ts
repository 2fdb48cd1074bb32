import {
  conflictsWithReceipts,
  diffAsnVersions,
  type AsnDiff,
  type ReceivedState,
  type SupervisorConflict,
} from '../domain/asn/asn-revision';
import type { CanonicalAsn } from '../domain/asn/canonical-asn';
import { addQuantities } from '../domain/quantity';
import type { AsnRow, UnitStateRow } from './schema';

/**
 * How a new version of a stored ASN is merged with what the station holds. Pure over rows (the intake reads and
 * writes them inside its transaction). The rule (issue 4): the ASN's expectations follow the new version, the
 * dock's received state never moves; where they collide, conflicts are flagged for a supervisor.
 */
export interface Revision {
  readonly diff: AsnDiff;
  readonly conflicts: readonly SupervisorConflict[];
  /**
   * State rows that change: a received unit the new version no longer announces is flagged with the version
   * that removed it (never deleted: the dock holds it); one announced again loses the flag.
   */
  readonly states: readonly UnitStateRow[];
  /** Received units the new version announces: the ASN's received count. */
  readonly receivedAnnounced: number;
}

export function isBareCancellation(asn: CanonicalAsn): boolean {
  return asn.status === 'cancelled' && asn.units.length === 0 && asn.lines.length === 0;
}

/**
 * A cancellation may come as a bare notice with no units or lines (a file saying "ASN X cancelled"): then the
 * stored content stays, marked cancelled, rather than every unit being read as removed.
 */
export function effectiveNext(previous: CanonicalAsn, next: CanonicalAsn): CanonicalAsn {
  if (!isBareCancellation(next)) return next;
  return { ...previous, status: 'cancelled', version: next.version, source: next.source };
}

export function reviseAsn(
  row: AsnRow,
  previous: CanonicalAsn,
  next: CanonicalAsn,
  states: readonly UnitStateRow[],
  newVersion: number,
): Revision {
  let diff = diffAsnVersions(previous, next);
  if (row.contentHash === '') diff = withoutMigrationGaps(diff);
  const conflicts = conflictsWithReceipts(diff, receivedState(states));

  const announced = new Set(next.units.map((u) => u.unitId));
  const changed: UnitStateRow[] = [];
  let receivedAnnounced = 0;
  for (const state of states) {
    if (announced.has(state.unitId)) {
      receivedAnnounced += 1;
      if (state.removedInVersion !== null) changed.push({ ...state, removedInVersion: null });
    } else if (state.removedInVersion === null) {
      changed.push({ ...state, removedInVersion: newVersion });
    }
  }
  return { diff, conflicts, states: changed, receivedAnnounced };
}

/** What the dock has done on this ASN (a received pallet's cartons have states of their own). */
export function receivedState(states: readonly UnitStateRow[]): ReceivedState {
  const ids = new Set<string>();
  const lineCounts = new Map<string, string>();
  for (const state of states) {
    ids.add(state.unitId);
    if (state.sscc !== undefined) ids.add(state.sscc);
    for (const c of state.counted) lineCounts.set(c.lineId, addQuantities(lineCounts.get(c.lineId) ?? '0', c.quantity));
  }
  return { units: ids, lineCounts };
}

/**
 * Rows migrated from schema v1 never held ship-to or supplier GLNs; the first pull after the upgrade fills them
 * in. That is the station learning more, not the sender revising the ASN, so it is not reported as a change.
 */
function withoutMigrationGaps(diff: AsnDiff): AsnDiff {
  return {
    ...diff,
    header: diff.header.filter((c) => c.before !== '' && c.field !== 'supplier' && c.field !== 'shipTo'),
  };
}

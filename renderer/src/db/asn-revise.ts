import {
  conflictsWithReceipts,
  diffAsnVersions,
  type AsnDiff,
  type ReceivedState,
  type SupervisorConflict,
} from '../domain/asn/asn-revision';
import type { CanonicalAsn } from '../domain/asn/canonical-asn';
import { addQuantities } from '../domain/quantity';
import type { AsnRow, UnitRow } from './schema';

/**
 * How a new version of a stored ASN is merged with what the station holds. Pure over rows (the intake reads and
 * writes them inside its transaction). The rule (issue 4): the ASN's expectations follow the new version, the
 * dock's received state never moves; where they collide, conflicts are flagged for a supervisor.
 */
export interface Revision {
  readonly diff: AsnDiff;
  readonly conflicts: readonly SupervisorConflict[];
  /** Unit rows to write: new version's units, carrying the received state of units already received. */
  readonly units: readonly UnitRow[];
  /** Keys of unit rows to delete: units the revision removed that were never received. */
  readonly deletedUnitKeys: readonly [string, string][];
}

/**
 * A cancellation may come as a bare notice with no units or lines (a file saying "ASN X cancelled"): then the
 * stored content stays, marked cancelled, rather than every unit being read as removed.
 */
export function effectiveNext(previous: CanonicalAsn, next: CanonicalAsn): CanonicalAsn {
  if (next.status !== 'cancelled' || next.units.length > 0 || next.lines.length > 0) return next;
  return { ...previous, status: 'cancelled', version: next.version, source: next.source };
}

export function reviseAsn(
  row: AsnRow,
  previous: CanonicalAsn,
  next: CanonicalAsn,
  oldUnits: readonly UnitRow[],
  expected: readonly UnitRow[],
  newVersion: number,
): Revision {
  let diff = diffAsnVersions(previous, next);
  if (row.contentHash === '') diff = withoutMigrationGaps(diff);
  const received = receivedState(oldUnits);
  const conflicts = conflictsWithReceipts(diff, received);

  const oldById = new Map(oldUnits.map((u) => [u.unitId, u]));
  const units: UnitRow[] = expected.map((unit) => {
    const old = oldById.get(unit.unitId);
    if (old?.status !== 'received') return unit;
    return {
      ...unit,
      status: 'received',
      receivedAt: old.receivedAt,
      receivedBySeq: old.receivedBySeq,
      counted: old.counted,
    };
  });
  const kept = new Set(expected.map((u) => u.unitId));
  const deletedUnitKeys: [string, string][] = [];
  for (const old of oldUnits) {
    if (kept.has(old.unitId)) continue;
    if (old.status === 'received') {
      // Never deleted: the dock holds this unit. It stays received and flagged until a supervisor resolves it.
      units.push({ ...old, removedInVersion: old.removedInVersion ?? newVersion });
    } else {
      deletedUnitKeys.push([old.asnId, old.unitId]);
    }
  }
  return { diff, conflicts, units, deletedUnitKeys };
}

/** What the dock has done on this ASN, from the unit rows (a received pallet's cartons are rows of their own). */
export function receivedState(units: readonly UnitRow[]): ReceivedState {
  const ids = new Set<string>();
  const lineCounts = new Map<string, string>();
  for (const unit of units) {
    if (unit.status !== 'received') continue;
    ids.add(unit.unitId);
    if (unit.sscc !== undefined) ids.add(unit.sscc);
    for (const c of unit.counted) lineCounts.set(c.lineId, addQuantities(lineCounts.get(c.lineId) ?? '0', c.quantity));
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

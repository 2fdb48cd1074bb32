import { compareQuantities, isQuantity } from '../quantity';
import type { AsnDiff } from './asn-revision';

/**
 * Which changes of a revision collide with what the dock already did (issue 4: "anything already received is
 * never silently overwritten: conflicts are flagged for a supervisor"). The station keeps the received state
 * as it is; these conflicts are what a supervisor must look at and resolve with the supplier.
 */
export type ConflictKind =
  | 'received-unit-removed'
  | 'received-unit-changed'
  | 'received-contents-changed'
  | 'count-above-expected'
  | 'cancelled-with-receipts';

export interface SupervisorConflict {
  readonly kind: ConflictKind;
  readonly unitId?: string;
  readonly sscc?: string;
  readonly lineId?: string;
  /** One sentence for the supervisor: what was received and what the revision says now. */
  readonly message: string;
}

export interface ReceivedState {
  /** Units already received, by unitId or SSCC (nested units of a received pallet included). */
  readonly units: ReadonlySet<string>;
  /** Quantity already counted per lineId, decimal strings. */
  readonly lineCounts: ReadonlyMap<string, string>;
}

export function conflictsWithReceipts(diff: AsnDiff, received: ReceivedState): SupervisorConflict[] {
  const isReceived = (unitId: string | null, sscc?: string): boolean =>
    (unitId !== null && received.units.has(unitId)) || (sscc !== undefined && received.units.has(sscc));
  const conflicts: SupervisorConflict[] = [];
  const status = diff.header.find((c) => c.field === 'status');
  if (status?.after === 'cancelled' && (received.units.size > 0 || hasCounts(received))) {
    conflicts.push({
      kind: 'cancelled-with-receipts',
      message: `ASN ${diff.asnId} was cancelled after ${received.units.size} unit(s) were received here`,
    });
  }
  for (const unit of diff.units.removed) {
    if (isReceived(unit.unitId, unit.sscc)) {
      conflicts.push({
        kind: 'received-unit-removed',
        ...unitRef(unit),
        message: `${unit.text} after it was received`,
      });
    }
  }
  for (const unit of diff.units.changed) {
    if (isReceived(unit.unitId, unit.sscc)) {
      conflicts.push({ kind: 'received-unit-changed', ...unitRef(unit), message: `Received: ${unit.text}` });
    }
  }
  const counted = (lineId: string): string | undefined => received.lineCounts.get(lineId);
  for (const line of diff.lines.added) {
    if (isReceived(line.unitId)) {
      conflicts.push(contents(line.unitId, line.lineId, `Received unit now also lists: ${line.text}`));
    }
  }
  for (const line of diff.lines.removed) {
    const count = counted(line.lineId);
    if (count !== undefined && isPositive(count)) {
      conflicts.push({
        kind: 'count-above-expected',
        lineId: line.lineId,
        message: `${line.text}, but ${count} ${line.uom} were already counted`,
      });
    } else if (isReceived(line.unitId)) {
      conflicts.push(contents(line.unitId, line.lineId, `Received unit: ${line.text}`));
    }
  }
  for (const line of diff.lines.changed) {
    const count = counted(line.lineId);
    if (count !== undefined && below(line.quantity, count)) {
      conflicts.push({
        kind: 'count-above-expected',
        lineId: line.lineId,
        message: `${line.text}; ${count} ${line.uom} were already counted`,
      });
    } else if (isReceived(line.unitId) || isReceived(line.previousUnitId)) {
      conflicts.push(contents(line.unitId ?? line.previousUnitId, line.lineId, `Received unit: ${line.text}`));
    }
  }
  return conflicts;
}

function unitRef(unit: { readonly unitId: string; readonly sscc?: string }): { unitId: string; sscc?: string } {
  return { unitId: unit.unitId, ...(unit.sscc === undefined ? {} : { sscc: unit.sscc }) };
}

function contents(unitId: string | null, lineId: string, message: string): SupervisorConflict {
  return { kind: 'received-contents-changed', ...(unitId === null ? {} : { unitId }), lineId, message };
}

function hasCounts(received: ReceivedState): boolean {
  return [...received.lineCounts.values()].some(isPositive);
}

function isPositive(quantity: string): boolean {
  return isQuantity(quantity) && compareQuantities(quantity, '0') > 0;
}

/** True when the revised quantity is below what was counted; an unreadable quantity is treated as below. */
function below(revised: string, counted: string): boolean {
  if (!isQuantity(revised) || !isQuantity(counted)) return revised !== counted;
  return compareQuantities(revised, counted) < 0;
}

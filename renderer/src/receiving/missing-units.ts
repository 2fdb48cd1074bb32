import type { ExpectedUnitRow, UnitStateRow } from '../db/schema';
import type { AsnLogisticUnit } from '../domain/asn/canonical-asn';

/**
 * What closing a receipt would record missing, for the worker to check before confirming: the outermost units
 * of which nothing arrived (a missing pallet's cartons are not listed again), the rule closeReceipt applies
 * (dock-commands.ts) and the close dialog shows first; the command decides again inside its transaction.
 */
export function missingUnits(
  rows: readonly ExpectedUnitRow[],
  states: readonly Pick<UnitStateRow, 'unitId'>[],
): AsnLogisticUnit[] {
  const here = new Set(states.map((s) => s.unitId));
  const units = rows.flatMap((r) => r.units);
  const byId = new Map(units.map((u) => [u.unitId, u]));
  return units.filter((u) => {
    if (here.has(u.unitId)) return false;
    const parent = u.parentUnitId === null ? undefined : byId.get(u.parentUnitId);
    return parent === undefined || here.has(parent.unitId);
  });
}

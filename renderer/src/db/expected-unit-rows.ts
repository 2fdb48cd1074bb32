import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../domain/asn/canonical-asn';
import type { ExpectedUnitRow } from './schema';

/** Loose lines (no packing level) live in the expected-unit row with this key. */
export const LOOSE_LINES_KEY = '';

/** Progress is reported every this many lines prepared (issue 4: progress for large imports). */
export const PROGRESS_STEP = 5_000;

/**
 * The ASN's units and lines grouped into expected-unit rows (schema.ts, version 3). A row belongs to the top-most
 * unit with an SSCC on a unit's parent chain: the pallet the dock scans, holding its cartons and their lines.
 * Units above any SSCC (an EDIFACT CPS shipment level without a label) get rows of their own, so one unlabelled
 * level never folds a whole shipment into a single record. Lines whose unit is not announced join the
 * loose-lines row; `onLines` reports progress as lines go.
 */
export function expectedUnitRows(
  asn: Pick<CanonicalAsn, 'asnId' | 'units' | 'lines'>,
  onLines?: (done: number) => void,
): ExpectedUnitRow[] {
  const topOf = topUnitFinder(asn.units);
  const rows = new Map<string, { units: AsnLogisticUnit[]; lines: AsnLine[] }>();
  const rowOf = (key: string) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { units: [], lines: [] }));
    return row;
  };
  for (const unit of asn.units) {
    const key = topOf(unit.unitId) ?? unit.unitId;
    // The top unit first: receiving walks down from it, the inbound tree starts from it.
    if (key === unit.unitId) rowOf(key).units.unshift(unit);
    else rowOf(key).units.push(unit);
  }
  asn.lines.forEach((line, i) => {
    rowOf(line.unitId === null ? LOOSE_LINES_KEY : (topOf(line.unitId) ?? LOOSE_LINES_KEY)).lines.push(line);
    if (onLines && (i + 1) % PROGRESS_STEP === 0) onLines(i + 1);
  });
  return [...rows].map(([unitId, { units, lines }]) => ({
    asnId: asn.asnId,
    unitId,
    ssccs: distinct(units.map((u) => u.sscc)),
    gtins: distinct(lines.map((l) => l.gtin)),
    units,
    lines,
  }));
}

/** unitId → the id of its row's top unit; undefined for an id the ASN does not announce. */
function topUnitFinder(units: readonly AsnLogisticUnit[]): (unitId: string) => string | undefined {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const top = new Map<string, string>();
  const labelledAbove = new Map<string, boolean>();
  const visiting = new Set<string>();
  const resolve = (unit: AsnLogisticUnit): { top: string; labelled: boolean } => {
    const known = top.get(unit.unitId);
    if (known !== undefined) return { top: known, labelled: labelledAbove.get(unit.unitId) ?? false };
    const parent = unit.parentUnitId === null ? undefined : byId.get(unit.parentUnitId);
    let result: { top: string; labelled: boolean };
    // A parent cycle (validation rejects them; this only guards) makes the unit a top of its own.
    if (!parent || visiting.has(parent.unitId)) {
      result = { top: unit.unitId, labelled: unit.sscc !== undefined };
    } else {
      visiting.add(unit.unitId);
      const above = resolve(parent);
      visiting.delete(unit.unitId);
      if (above.labelled) result = above;
      else if (unit.sscc !== undefined) result = { top: unit.unitId, labelled: true };
      else result = above;
    }
    top.set(unit.unitId, result.top);
    labelledAbove.set(unit.unitId, result.labelled);
    return result;
  };
  return (unitId) => {
    const unit = byId.get(unitId);
    return unit === undefined ? undefined : resolve(unit).top;
  };
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

import Dexie from 'dexie';
import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../domain/asn/canonical-asn';
import {
  LOOSE_LINES_KEY,
  type AsnHeader,
  type AsnRow,
  type ExpectedUnitRow,
  type UnitRow,
  type UnitStateRow,
} from './schema';

/**
 * Canonical ASN ⇄ stored rows. The write path builds rows before the transaction opens (so a 100,000-line file
 * spends as little time as possible inside it); the revision path rebuilds the stored version as a canonical
 * ASN to diff it against the new one.
 */

/** Key range of every row of one ASN in a table keyed by [asnId+…]. */
export function ofAsn(asnId: string): [[string, unknown], [string, unknown]] {
  return [
    [asnId, Dexie.minKey],
    [asnId, Dexie.maxKey],
  ];
}

export function headerOf(asn: CanonicalAsn): AsnHeader {
  return omit(asn, ['units', 'lines', 'warnings', 'source', 'version', 'status']);
}

/** A copy without the named members (rest-destructuring would leave unused bindings behind). */
function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const dropped = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !dropped.has(key))) as Omit<T, K>;
}

/** The list-facing fields of the ASN row, from the canonical ASN. */
export function asnSummaryOf(
  asn: CanonicalAsn,
): Pick<
  AsnRow,
  | 'asnId'
  | 'senderVersion'
  | 'status'
  | 'source'
  | 'supplierName'
  | 'supplierId'
  | 'poNumbers'
  | 'carrierScac'
  | 'trailer'
  | 'seal'
  | 'shippedAt'
  | 'expectedArrival'
  | 'lineCount'
  | 'header'
  | 'warnings'
> {
  return {
    asnId: asn.asnId,
    senderVersion: asn.version,
    status: asn.status,
    source: asn.source,
    supplierName: asn.supplier.name,
    supplierId: asn.supplier.code?.value ?? asn.supplier.gln ?? '',
    poNumbers: asn.orders.map((o) => o.poNumber),
    carrierScac: asn.carrier.scac ?? asn.carrier.name ?? '',
    trailer: asn.carrier.trailer ?? '',
    seal: asn.carrier.seals[0] ?? null,
    shippedAt: asn.shippedAt ?? null,
    expectedArrival: asn.expectedArrival ?? null,
    lineCount: asn.lines.length,
    header: headerOf(asn),
    warnings: asn.warnings,
  };
}

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

/**
 * The units of an ASN as the dock sees them: every announced unit with its state, then units a revision
 * removed that stay because they were received (from the state's copy of the announced unit).
 */
export function unitsWithState(rows: readonly ExpectedUnitRow[], states: readonly UnitStateRow[]): UnitRow[] {
  const stateOf = new Map(states.map((s) => [s.unitId, s]));
  const units = rows.flatMap((row) => row.units.map((unit) => withState(row.asnId, unit, stateOf.get(unit.unitId))));
  const announced = new Set(units.map((u) => u.unitId));
  for (const state of states) {
    if (!announced.has(state.unitId)) units.push(withState(state.asnId, state.announced, state));
  }
  return units;
}

export function withState(asnId: string, unit: AsnLogisticUnit, state: UnitStateRow | undefined): UnitRow {
  if (!state) {
    return {
      ...unit,
      asnId,
      status: 'expected',
      receivedAt: null,
      receivedBySeq: null,
      counted: [],
      removedInVersion: null,
    };
  }
  return {
    ...unit,
    asnId,
    status: state.status,
    receivedAt: state.receivedAt,
    receivedBySeq: state.receivedBySeq,
    counted: state.counted,
    removedInVersion: state.removedInVersion,
  };
}

/** Progress is reported every this many lines prepared (issue 4: progress for large imports). */
export const PROGRESS_STEP = 5_000;

/** The stored version as a canonical ASN (units a revision removed are not part of it). */
export function canonicalFromRows(row: AsnRow, expected: readonly ExpectedUnitRow[]): CanonicalAsn {
  return {
    ...row.header,
    asnId: row.asnId,
    version: row.senderVersion,
    status: row.status,
    source: row.source,
    warnings: row.warnings,
    units: expected.flatMap((r) => r.units),
    lines: expected.flatMap((r) => r.lines),
  };
}

import Dexie from 'dexie';
import type { AsnLogisticUnit, CanonicalAsn } from '../domain/asn/canonical-asn';
import { type AsnHeader, type AsnRow, type ExpectedUnitRow, type UnitRow, type UnitStateRow } from './schema';

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

import Dexie from 'dexie';
import type { AsnLine, CanonicalAsn } from '../domain/asn/canonical-asn';
import { LOOSE_LINES_KEY, type AsnHeader, type AsnRow, type LineBlockRow, type UnitRow } from './schema';

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

export function expectedUnitRows(asn: CanonicalAsn): UnitRow[] {
  return asn.units.map((unit) => ({
    ...unit,
    asnId: asn.asnId,
    status: 'expected',
    receivedAt: null,
    receivedBySeq: null,
    counted: [],
    removedInVersion: null,
  }));
}

/** One block per unit that holds lines, plus one for loose lines; `onLines` reports progress as lines go. */
export function lineBlockRows(asn: CanonicalAsn, onLines?: (done: number) => void): LineBlockRow[] {
  const ssccOf = new Map<string, string | undefined>(asn.units.map((u) => [u.unitId, u.sscc]));
  const byUnit = new Map<string, AsnLine[]>();
  asn.lines.forEach((line, i) => {
    const key = line.unitId ?? LOOSE_LINES_KEY;
    let block = byUnit.get(key);
    if (!block) byUnit.set(key, (block = []));
    block.push(line);
    if (onLines && (i + 1) % PROGRESS_STEP === 0) onLines(i + 1);
  });
  return [...byUnit].map(([unitKey, lines]) => {
    const sscc = ssccOf.get(unitKey);
    const gtins = [...new Set(lines.flatMap((l) => (l.gtin === undefined ? [] : [l.gtin])))];
    return { asnId: asn.asnId, unitKey, ...(sscc === undefined ? {} : { sscc }), gtins, lines };
  });
}

/** Progress is reported every this many lines prepared (issue 4: progress for large imports). */
export const PROGRESS_STEP = 5_000;

/** The stored version as a canonical ASN: units removed by a revision but kept because received are left out. */
export function canonicalFromRows(
  row: AsnRow,
  units: readonly UnitRow[],
  blocks: readonly LineBlockRow[],
): CanonicalAsn {
  return {
    ...row.header,
    asnId: row.asnId,
    version: row.senderVersion,
    status: row.status,
    source: row.source,
    warnings: row.warnings,
    units: units.filter((u) => u.removedInVersion === null).map(canonicalUnit),
    lines: blocks.flatMap((b) => b.lines),
  };
}

function canonicalUnit(row: UnitRow): CanonicalAsn['units'][number] {
  return omit(row, ['asnId', 'status', 'receivedAt', 'receivedBySeq', 'counted', 'removedInVersion']);
}

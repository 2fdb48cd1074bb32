import type { AsnLine, AsnWarning } from '../../domain/asn/canonical-asn';
import type { UnitRow } from '../../db/schema';

/**
 * An ASN's hierarchy as the receiver reads it (DOMAIN.md: shipment → logistic units of any depth → lines):
 * pallets with their cartons, each with the lines it holds directly, and lines with no packing level last.
 * Import warnings that name a unit's SSCC (a wrong check digit) are attached to that unit, so the receiver sees
 * them on the pallet they concern, not only in a list at the top.
 */
export interface UnitNode {
  readonly unit: UnitRow;
  readonly children: readonly UnitNode[];
  readonly lines: readonly AsnLine[];
  readonly warnings: readonly AsnWarning[];
}

export interface AsnHierarchy {
  readonly roots: readonly UnitNode[];
  readonly looseLines: readonly AsnLine[];
  /** Warnings not attached to any unit (envelope counts, unknown qualifiers…). */
  readonly otherWarnings: readonly AsnWarning[];
}

export function buildHierarchy(
  units: readonly UnitRow[],
  lines: readonly AsnLine[],
  warnings: readonly AsnWarning[],
): AsnHierarchy {
  const ids = new Set(units.map((u) => u.unitId));
  const linesOf = new Map<string, AsnLine[]>();
  const looseLines: AsnLine[] = [];
  for (const line of lines) {
    // A line whose unit is not announced is shown with the loose lines rather than lost.
    if (line.unitId === null || !ids.has(line.unitId)) {
      looseLines.push(line);
      continue;
    }
    const held = linesOf.get(line.unitId);
    if (held) held.push(line);
    else linesOf.set(line.unitId, [line]);
  }
  const childrenOf = new Map<string, UnitRow[]>();
  const roots: UnitRow[] = [];
  for (const unit of units) {
    // A unit whose parent is not stored is shown at the top rather than lost.
    if (unit.parentUnitId === null || !ids.has(unit.parentUnitId)) {
      roots.push(unit);
      continue;
    }
    let siblings = childrenOf.get(unit.parentUnitId);
    if (!siblings) childrenOf.set(unit.parentUnitId, (siblings = []));
    siblings.push(unit);
  }
  const attached = new Set<AsnWarning>();
  const warningsOf = (unit: UnitRow): AsnWarning[] => {
    const sscc = unit.sscc;
    if (sscc === undefined) return [];
    const mine = warnings.filter((w) => w.message.includes(sscc));
    for (const w of mine) attached.add(w);
    return mine;
  };
  const seen = new Set<string>();
  const node = (unit: UnitRow): UnitNode => {
    seen.add(unit.unitId);
    // `seen` guards against a parent cycle in stored data: validation rejects cycles, old rows are not re-checked.
    const children = (childrenOf.get(unit.unitId) ?? [])
      .filter((c) => !seen.has(c.unitId))
      .sort(byKindThenSscc)
      .map(node);
    return { unit, children, lines: linesOf.get(unit.unitId) ?? [], warnings: warningsOf(unit) };
  };
  const tree = roots.sort(byKindThenSscc).map(node);
  return {
    roots: tree,
    looseLines,
    otherWarnings: warnings.filter((w) => !attached.has(w)),
  };
}

function byKindThenSscc(a: UnitRow, b: UnitRow): number {
  const rank = (u: UnitRow): number => (u.kind === 'pallet' || u.kind === 'tare' ? 0 : 1);
  return rank(a) - rank(b) || (a.sscc ?? a.unitId).localeCompare(b.sscc ?? b.unitId);
}

/** "GTIN 09506000134352", else the first other identifier with the sender's qualifier. */
export function itemLabel(line: AsnLine): string {
  if (line.gtin !== undefined) return `GTIN ${line.gtin}`;
  const first = line.itemIds[0];
  if (!first) return 'no item id';
  return `${first.senderQualifier} ${first.value}`;
}

/** Counts for the hierarchy heading: "2 pallets, 12 cartons, 48 lines". */
export function hierarchyCounts(units: readonly UnitRow[], lineCount: number): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => plural(n, kind));
  parts.push(plural(lineCount, 'line'));
  return parts.join(', ');
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

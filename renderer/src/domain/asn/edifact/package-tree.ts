import type { AsnLogisticUnit } from '../canonical-asn';
import { unitKindOf } from './codes';
import type { DraftLine, PackageLevel, PackGroup } from './desadv-draft';
import type { WarningSink } from './problems';

/**
 * Turns CPS levels into logistic units. CPS 7166 names a level's parent by its 7164 id, at any depth and in any
 * order; real files also repeat ids, point a level at itself (fixture #15: `CPS+123+123`), name parents that do
 * not exist, or loop. Each of those is warned about and resolved without recursion, so no file can loop or
 * overflow the stack: a self, missing or looping parent makes the level a top level; a repeated id keeps meaning
 * its first level.
 *
 * What a level becomes (EANCOM DESADV: the first CPS usually describes the whole consignment):
 * - one SSCC (GIN+BJ) → the unit with that SSCC; lines of the level sit in it;
 * - no SSCC, and a package (a nested level, an id that is not a plain counter such as fixture #17's
 *   `IE2156580387`, or a top level of exactly one package) → a unit named by the CPS id, without SSCC;
 * - no SSCC, a top level otherwise (`CPS+1` with `PAC+2++201`, "two pallets in this consignment") → the
 *   consignment itself, not a unit: its lines belong to the shipment;
 * - several SSCCs (identical packages listed together) → one unit per SSCC; the level's lines cannot be split
 *   between them, so they stay on the enclosing unit (or the shipment), with a warning.
 */
export interface PackageTree {
  readonly units: readonly AsnLogisticUnit[];
  /** For each draft line, the unit that directly contains it (null: the shipment). */
  readonly lineUnits: readonly (string | null)[];
}

export function resolvePackageTree(
  levels: readonly PackageLevel[],
  lines: readonly DraftLine[],
  warnings: WarningSink,
): PackageTree {
  const parents = parentIndexes(levels, warnings);
  breakCycles(levels, parents, warnings);
  const levelUnits: (string | null)[] = new Array<string | null>(levels.length).fill(null);
  const byLevel: AsnLogisticUnit[][] = levels.map(() => []);
  const ids = new Set<string>();
  const add = (units: AsnLogisticUnit[], unit: AsnLogisticUnit): void => {
    ids.add(unit.unitId);
    units.push(unit);
  };
  const packageIds = namePackages(levels, parents, lines);
  for (const index of topDown(parents)) {
    const level = levels[index];
    const units = byLevel[index];
    if (!level || !units) continue;
    const parentIndex = parents[index] ?? -1;
    const parentUnit = parentIndex < 0 ? null : (levelUnits[parentIndex] ?? null);
    const marked = distinctSsccs(level.packs);
    for (const [sscc, pack] of marked) {
      if (!ids.has(sscc)) add(units, unitOf(sscc, sscc, parentUnit, pack, level));
    }
    if (marked.size === 1) {
      levelUnits[index] = [...marked.keys()][0] ?? null;
    } else if (marked.size > 1) {
      levelUnits[index] = parentUnit;
      if (level.lineCount > 0) {
        warnings.add(
          'multi-sscc-level',
          `CPS ${level.id} lists ${marked.size} SSCCs and ${level.lineCount} lines; the line quantities cover all of ` +
            `them together, so the lines stay on ${parentUnit ?? 'the shipment'} rather than on one pallet`,
          level.place,
        );
      }
    } else if (packageIds[index] !== undefined) {
      const unitId = packageIds[index] ?? '';
      const pack = level.packs.find((group) => group.packageType !== undefined) ?? level.packs[0];
      add(units, unitOf(unitId, undefined, parentUnit, pack, level));
      levelUnits[index] = unitId;
    } else {
      levelUnits[index] = parentUnit;
    }
  }
  const extra: AsnLogisticUnit[] = [];
  const lineUnits = lines.map((line) => {
    const base = line.level === null ? null : (levelUnits[line.level] ?? null);
    if (line.ssccs === undefined) return base;
    const ssccs = [...new Set(line.ssccs)];
    for (const sscc of ssccs) if (!ids.has(sscc)) add(extra, unitOf(sscc, sscc, base, undefined, undefined));
    if (ssccs.length <= 1) return ssccs[0] ?? base;
    warnings.add(
      'multi-sscc-level',
      `line item ${line.number} lists ${ssccs.length} SSCCs; its quantity covers all of them, so it stays on ${base ?? 'the shipment'}`,
      line.place,
    );
    return base;
  });
  return { units: [...byLevel.flat(), ...extra], lineUnits };
}

function parentIndexes(levels: readonly PackageLevel[], warnings: WarningSink): number[] {
  const firstById = new Map<string, number>();
  levels.forEach((level, index) => {
    if (level.id === '') {
      warnings.add('cps-no-id', `CPS at line ${level.place.line} has no hierarchical id number (7164)`, level.place);
      return;
    }
    const first = firstById.get(level.id);
    if (first === undefined) firstById.set(level.id, index);
    else {
      warnings.add(
        'cps-duplicate',
        `CPS ${level.id} at line ${level.place.line} repeats the id of the CPS at line ${levels[first]?.place.line ?? '?'}; ` +
          'references to it mean the first one',
        level.place,
      );
    }
  });
  return levels.map((level) => {
    if (level.parentId === '') return -1;
    if (level.parentId === level.id) {
      warnings.add('cps-self-parent', `CPS ${level.id} names itself as its parent; read as a top level`, level.place);
      return -1;
    }
    const parent = firstById.get(level.parentId);
    if (parent === undefined) {
      warnings.add(
        'cps-missing-parent',
        `CPS ${level.id} names parent ${level.parentId}, which is not in the message; read as a top level`,
        level.place,
      );
      return -1;
    }
    return parent;
  });
}

/** Walks up from every level; a walk that meets its own path is a loop, cut where it closes. */
function breakCycles(levels: readonly PackageLevel[], parents: number[], warnings: WarningSink): void {
  const state = new Uint8Array(parents.length); // 0 unvisited, 1 on the current path, 2 done
  for (let start = 0; start < parents.length; start++) {
    const path: number[] = [];
    let at = start;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      path.push(at);
      at = parents[at] ?? -1;
    }
    if (at >= 0 && state[at] === 1) {
      const last = path[path.length - 1] ?? start;
      const level = levels[last];
      parents[last] = -1;
      if (level) {
        warnings.add(
          'cps-cycle',
          `CPS ${level.id} is its own ancestor through parent ${level.parentId}; read as a top level`,
          level.place,
        );
      }
    }
    for (const index of path) state[index] = 2;
  }
}

/** Level indexes with every parent before its children (breadth first from the top levels). */
function topDown(parents: readonly number[]): number[] {
  const children: number[][] = parents.map(() => []);
  const order: number[] = [];
  parents.forEach((parent, index) => {
    if (parent < 0) order.push(index);
    else children[parent]?.push(index);
  });
  for (let i = 0; i < order.length; i++) for (const child of children[order[i] ?? -1] ?? []) order.push(child);
  return order;
}

/** SSCCs of a level in order, each with the package group that marks it first. */
function distinctSsccs(packs: readonly PackGroup[]): Map<string, PackGroup> {
  const marked = new Map<string, PackGroup>();
  for (const pack of packs) for (const sscc of pack.ssccs) if (!marked.has(sscc)) marked.set(sscc, pack);
  return marked;
}

/**
 * Ids of the levels that become units without SSCC, given in file order so that the first of two levels with
 * the same CPS id keeps it (the later one gets `#2`); SSCCs are reserved first, so an id never equals one.
 */
function namePackages(
  levels: readonly PackageLevel[],
  parents: readonly number[],
  lines: readonly DraftLine[],
): (string | undefined)[] {
  const taken = new Set<string>(lines.flatMap((line) => line.ssccs ?? []));
  for (const level of levels) for (const pack of level.packs) for (const sscc of pack.ssccs) taken.add(sscc);
  return levels.map((level, index) => {
    if (level.packs.some((pack) => pack.ssccs.length > 0) || !isPackage(level, parents[index] ?? -1)) return undefined;
    const unitId = uniqueId(level.id === '' ? `CPS@${level.place.line}` : level.id, taken);
    taken.add(unitId);
    return unitId;
  });
}

function isPackage(level: PackageLevel, parentIndex: number): boolean {
  if (parentIndex >= 0 || !/^\d+$/.test(level.id)) return true;
  return level.packs.length === 1 && level.packs[0]?.count === '1';
}

function uniqueId(id: string, ids: ReadonlySet<string>): string {
  if (!ids.has(id)) return id;
  let n = 2;
  while (ids.has(`${id}#${n}`)) n++;
  return `${id}#${n}`;
}

function unitOf(
  unitId: string,
  sscc: string | undefined,
  parentUnitId: string | null,
  pack: PackGroup | undefined,
  level: PackageLevel | undefined,
): AsnLogisticUnit {
  const packagingCode = pack?.packageType ?? level?.packs.find((group) => group.packageType)?.packageType;
  return {
    unitId,
    parentUnitId,
    kind: unitKindOf(packagingCode),
    ...(sscc === undefined ? {} : { sscc }),
    ...(packagingCode === undefined ? {} : { packagingCode }),
    ...(pack?.grossWeight === undefined ? {} : { grossWeight: pack.grossWeight }),
  };
}

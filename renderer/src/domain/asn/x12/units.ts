import type { AsnLogisticUnit, AsnMeasure, AsnUnitKind } from '../canonical-asn';
import { compact } from './compact';
import type { HlNode } from './hl-tree';
import { nearestLookup } from './hl-lookup';
import { readMarks } from './marks';
import { el, type WarningList } from './problems';
import { grossWeightOf } from './x12-numbers';

/**
 * Logistic units from HL loops. T (tare: a pallet as a shipping unit), P (pack) and Q (subpack) loops are units
 * whether or not they carry a label, so the hierarchy holds for unlabelled cartons; item and partner-defined
 * loops (ZZ…) become units only when they carry MAN marks. S and O loops never are. A unit's id is its SSCC,
 * or `<set prefix>/HL<id>` when it has none or its SSCC is already taken in this ASN.
 */
const PALLET_CODES = /^(PLT|PAL|SKD)/;

function kindOf(level: string, packagingCode: string | undefined): AsnUnitKind | null {
  switch (level) {
    case 'S':
    case 'O':
      return null;
    case 'T':
      return 'tare';
    case 'P':
      // TD101 packaging code (DE 103): package form such as PLT, CTN, BOX plus material code.
      return packagingCode !== undefined && PALLET_CODES.test(packagingCode) ? 'pallet' : 'carton';
    case 'Q':
      return 'package';
    case 'I':
      return 'carton';
    default:
      return 'package';
  }
}

export interface UnitIndex {
  readonly units: AsnLogisticUnit[];
  /** Unit id of the nearest unit at or above the HL, or null. */
  readonly unitOf: (node: HlNode) => string | null;
}

/**
 * Reads the units of one transaction set. `taken` holds unit ids already used in the same ASN (a shipment sent
 * in two sets, fixture #12), so an SSCC seen twice is reported and the second unit falls back to its HL id.
 */
export function readUnits(
  nodes: readonly HlNode[],
  prefix: string,
  taken: Set<string>,
  warnings: WarningList,
): UnitIndex {
  const own: (string | undefined)[] = new Array<string | undefined>(nodes.length);
  const unitOf = nearestLookup(nodes.length, own);
  const units: AsnLogisticUnit[] = [];
  for (const node of nodes) {
    const hasMarks = node.content.some((segment) => segment.tag === 'MAN');
    const standard = node.level === 'T' || node.level === 'P' || node.level === 'Q';
    if (!standard && (!hasMarks || node.level === 'S' || node.level === 'O')) continue;
    const td1 = node.content.find((segment) => segment.tag === 'TD1' && el(segment, 1) !== '');
    const packagingCode = td1 ? el(td1, 1) : undefined;
    const kind = kindOf(node.level, packagingCode);
    if (kind === null) continue;
    const { sscc, marks } = readMarks(node.content, warnings);
    let unitId = `${prefix}/HL${node.id}`;
    if (sscc !== undefined && !taken.has(sscc)) unitId = sscc;
    else if (sscc !== undefined) {
      warnings.add(
        'x12-sscc-duplicate',
        `SSCC ${sscc} (HL ${node.id}, line ${node.hl.line}) is on more than one unit of this shipment; this one is listed as ${unitId}`,
        node.hl,
      );
    }
    taken.add(unitId);
    own[node.index] = unitId;
    let grossWeight: AsnMeasure | undefined;
    for (const segment of node.content) grossWeight ??= grossWeightOf(segment, warnings);
    units.push(
      compact<AsnLogisticUnit>({
        unitId,
        sscc,
        parentUnitId: node.parent ? unitOf(node.parent) : null,
        kind,
        packagingCode,
        grossWeight,
        marks: marks.length > 0 ? marks : undefined,
      }),
    );
  }
  return { units, unitOf };
}

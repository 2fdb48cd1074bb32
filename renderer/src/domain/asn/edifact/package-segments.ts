import { GROSS_WEIGHT_ATTRIBUTES, KNOWN_GIN } from './codes';
import type { DesadvDraft, PackageLevel, PackGroup } from './desadv-draft';
import { readDecimal } from './numbers';
import type { EdifactSegment } from './segment';
import { placeOf, valueAt } from './segment';
import { readSsccMarks } from './sscc-marks';

/**
 * The packing section of a DESADV (D.96A SG10 CPS-FTX-SG11, SG11 PAC-MEA-QTY-SG13, SG13 PCI-RFF-DTM-GIN): levels
 * of the hierarchy, the packages at each level, their weights and their SSCCs.
 */

/** CPS: 7164 hierarchical id number, 7166 parent id. The hierarchy is resolved after the message (package-tree.ts). */
export function readCps(segment: EdifactSegment, draft: DesadvDraft): PackageLevel {
  const level: PackageLevel = {
    place: placeOf(segment),
    id: valueAt(segment, 1),
    parentId: valueAt(segment, 2),
    packs: [],
    lineCount: 0,
  };
  draft.levels.push(level);
  return level;
}

/** PAC: 7224 number of packages, C202 7065 package type. Opens a package group of the current level. */
export function readPac(segment: EdifactSegment, level: PackageLevel): PackGroup {
  const count = valueAt(segment, 1);
  const packageType = valueAt(segment, 3, 0);
  const pack: PackGroup = {
    place: placeOf(segment),
    ssccs: [],
    ...(count === '' ? {} : { count }),
    ...(packageType === '' ? {} : { packageType }),
  };
  level.packs.push(pack);
  return pack;
}

/**
 * MEA of a package group: 6311 purpose, C502 6313 attribute, C174 (6411 unit : 6314 value). Gross weight is
 * AAB (unit gross weight), else G (gross weight), else AAD (total gross weight); other measures are not kept.
 */
export function readPackageMea(segment: EdifactSegment, pack: PackGroup, draft: DesadvDraft): void {
  const attribute = valueAt(segment, 2, 0);
  const rank = (GROSS_WEIGHT_ATTRIBUTES as readonly string[]).indexOf(attribute);
  if (rank < 0 || (pack.grossWeightRank !== undefined && pack.grossWeightRank <= rank)) return;
  const unit = valueAt(segment, 3, 0);
  const value = readDecimal(valueAt(segment, 3, 1));
  if (value === null || value.startsWith('-')) {
    draft.warnings.add(
      'bad-measure',
      `MEA ${attribute} value "${valueAt(segment, 3, 1)}" is not a weight; ignored`,
      segment,
    );
    return;
  }
  pack.grossWeight = { value, unit };
  pack.grossWeightRank = rank;
}

/**
 * GIN at package level: BJ SSCCs belong to the current package group (a GIN straight after CPS, with no PAC,
 * opens an unnamed group). Batch (BX) and serial (BN) numbers of whole packages are not kept: the lines say
 * their own lot.
 */
export function readPackageGin(
  segment: EdifactSegment,
  level: PackageLevel,
  pack: PackGroup | null,
  draft: DesadvDraft,
): PackGroup {
  const qualifier = valueAt(segment, 1);
  let group = pack;
  if (!group) {
    group = { place: placeOf(segment), ssccs: [] };
    level.packs.push(group);
  }
  if (qualifier === 'BJ') group.ssccs.push(...readSsccMarks(segment, draft));
  else if (!KNOWN_GIN.has(qualifier)) {
    draft.warnings.add('unknown-qualifier', `GIN qualifier ${qualifier} is not known to Dockside; ignored`, segment);
  }
  return group;
}

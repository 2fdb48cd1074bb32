import { formatQuantity, sumQuantities } from '../quantity';
import type { DiscrepancyCode, Liability } from './discrepancy-codes';
import type { LotExpiryFinding } from './lot-expiry';
import { DEFAULT_LIABILITY } from './discrepancy-codes';
import type { DockUnit } from './pack-maths';
import { DEFAULT_UOM_ALIASES, dockUnitOf, gtin14 } from './pack-maths';
import type { ChosenRule } from './rule-precedence';
import type { ToleranceRule, ToleranceVerdict } from './tolerances';
import { classifyVariance } from './tolerances';

/**
 * Reconciliation of expected against received (issue 5; DOMAIN.md "Discrepancies"): for one ASN line, and for a
 * whole receipt (units scanned, counts keyed). Pure: the machines pass in what the journal holds and get back
 * discrepancy records to write as events and to show the supervisor.
 *
 * Rules the receipt follows:
 * - Trust receiving: a scanned unit and every unit nested in it are received with the ASN's contents.
 * - Audit receiving: a scanned unit's lines are received as counted (counts already in the line's unit, see
 *   pack-maths.ts); a line of an audited unit with no count was counted as zero.
 * - A unit scanned again, or scanned after a unit that contains it, is a duplicate scan (liability internal:
 *   the dock's own slip, never reported to a partner); it changes nothing.
 * - An SSCC the ASN does not list is an unexpected unit, once per SSCC.
 * - A count of a GTIN that is on no line of its unit (or, for counts outside any unit, of the ASN) is a wrong
 *   item, with the counted quantity as the actual.
 * - At close only: units of which nothing arrived are missing (one record for the outermost such unit, not one
 *   per carton inside it), and every line not received is short by its full quantity, so the partner messages
 *   carry line quantities (X12 861 RCD, RECADV QVR).
 * - Short and over carry the tolerance verdict; within tolerance they are still recorded (`withinTolerance`).
 */

export interface QuantityWithUnit {
  readonly quantity: string;
  readonly uom: string;
}

export interface DiscrepancyRecord {
  readonly code: DiscrepancyCode;
  readonly liability: Liability;
  readonly asnId: string;
  readonly lineId?: string;
  readonly unitId?: string;
  readonly sscc?: string;
  readonly gtin?: string;
  readonly expected?: QuantityWithUnit;
  readonly actual?: QuantityWithUnit;
  /** actual − expected, in the line's unit: negative when short. */
  readonly variance?: QuantityWithUnit;
  readonly tolerance?: ToleranceVerdict;
  /** True only for a short/over inside tolerance: accepted, recorded, needing nobody. */
  readonly withinTolerance: boolean;
  /** For the supervisor screen. */
  readonly message: string;
}

/** An ASN line as reconciliation needs it (a subset of AsnLine). */
export interface ExpectedLine {
  readonly lineId: string;
  readonly unitId: string | null;
  readonly gtin?: string | undefined;
  readonly quantity: string;
  readonly uom: string;
}

/**
 * Short or over for one line, or null when the received quantity is exactly the expected one. `received` is in
 * the line's unit. The tolerance verdict decides `withinTolerance` and, for the machine, whether a supervisor
 * must approve (`tolerance.outcome`).
 */
export function reconcileLine(input: {
  readonly asnId: string;
  readonly line: ExpectedLine;
  readonly received: string;
  readonly tolerance: ChosenRule<ToleranceRule>;
  readonly sscc?: string | undefined;
}): DiscrepancyRecord | null {
  const { line } = input;
  const verdict = classifyVariance(line.quantity, input.received, input.tolerance);
  if (verdict.outcome === 'exact') return null;
  const code: DiscrepancyCode = verdict.direction === 'over' ? 'over' : 'short';
  const expected = formatQuantity(line.quantity);
  const actual = formatQuantity(input.received);
  const amount = verdict.variance.replace('-', '');
  const verdictWords = {
    'within-tolerance': 'within tolerance',
    'needs-approval': 'needs a supervisor',
    blocked: 'blocks the receipt',
  } as const;
  return {
    code,
    liability: DEFAULT_LIABILITY[code],
    asnId: input.asnId,
    lineId: line.lineId,
    ...(line.unitId === null ? {} : { unitId: line.unitId }),
    ...(input.sscc === undefined ? {} : { sscc: input.sscc }),
    ...(line.gtin === undefined ? {} : { gtin: line.gtin }),
    expected: { quantity: expected, uom: line.uom },
    actual: { quantity: actual, uom: line.uom },
    variance: { quantity: verdict.variance, uom: line.uom },
    tolerance: verdict,
    withinTolerance: verdict.withinTolerance,
    message: `Line ${line.lineId}: ${code} by ${amount} ${line.uom} (${actual} of ${expected}) — ${verdictWords[verdict.outcome]}`,
  };
}

export interface ExpectedUnit {
  readonly unitId: string;
  readonly sscc?: string | undefined;
  readonly parentUnitId: string | null;
}

/** A logistic unit's label scanned at the dock, in scan order. */
export interface UnitScan {
  readonly scanId: string;
  readonly sscc: string;
  /** Trust: contents come from the ASN. Audit: contents are counted. */
  readonly mode: 'trust' | 'audit';
}

/** Items counted in audit mode, in the ASN line's unit (pack-maths.ts converts them). */
export interface ItemCount {
  /** The ASN unit the items were counted in; null for items not in a unit (ASN without packing level). */
  readonly unitId: string | null;
  readonly gtin: string;
  readonly quantity: string;
  readonly uom: string;
  /** The line the worker counted against, when the screen knows it (several lines with the same GTIN). */
  readonly lineId?: string;
}

export interface LineProgress {
  readonly lineId: string;
  readonly expected: string;
  /** Null while nothing is known (unit not yet received, nothing counted). */
  readonly received: string | null;
  readonly uom: string;
}

export interface ReceiptReconciliation {
  readonly discrepancies: readonly DiscrepancyRecord[];
  readonly lines: readonly LineProgress[];
  /** Units received (scanned, or nested in a scanned unit), in ASN order. */
  readonly receivedUnitIds: readonly string[];
}

export interface ReceiptInput {
  readonly asnId: string;
  readonly units: readonly ExpectedUnit[];
  readonly lines: readonly ExpectedLine[];
  readonly unitScans: readonly UnitScan[];
  readonly counts: readonly ItemCount[];
  /** The tolerance for a line (resolved by supplier and item: tolerances.ts `toleranceRuleFor`). */
  readonly toleranceFor: (line: ExpectedLine) => ChosenRule<ToleranceRule>;
  /** True when the receipt is being closed: only then are missing units and untouched lines reported. */
  readonly closing: boolean;
  readonly aliases?: Readonly<Record<string, DockUnit>>;
}

/**
 * Reconciles a whole receipt. Throws `RangeError` when a count's unit differs from its line's unit (counts must
 * be converted first: comparing 2 CS with 24 EA is how receipts go wrong).
 */
export function reconcileReceipt(input: ReceiptInput): ReceiptReconciliation {
  const aliases = input.aliases ?? DEFAULT_UOM_ALIASES;
  const { asnId } = input;
  const discrepancies: DiscrepancyRecord[] = [];
  const unitById = new Map(input.units.map((unit) => [unit.unitId, unit]));
  const unitBySscc = new Map<string, ExpectedUnit>();
  for (const unit of input.units) if (unit.sscc !== undefined) unitBySscc.set(unit.sscc, unit);
  const children = new Map<string, ExpectedUnit[]>();
  for (const unit of input.units) {
    if (unit.parentUnitId === null) continue;
    const list = children.get(unit.parentUnitId) ?? [];
    list.push(unit);
    children.set(unit.parentUnitId, list);
  }

  // 1. Unit scans: received units with their mode; duplicates; unexpected SSCCs.
  const modeOf = new Map<string, 'trust' | 'audit'>();
  const unexpected = new Set<string>();
  for (const scan of input.unitScans) {
    const unit = unitBySscc.get(scan.sscc);
    if (!unit) {
      if (unexpected.has(scan.sscc)) discrepancies.push(duplicate(asnId, scan, undefined));
      else {
        unexpected.add(scan.sscc);
        discrepancies.push(
          record('unexpected-unit', asnId, { sscc: scan.sscc }, `SSCC ${scan.sscc} is not on this ASN`),
        );
      }
      continue;
    }
    if (modeOf.has(unit.unitId)) {
      discrepancies.push(duplicate(asnId, scan, unit.unitId));
      continue;
    }
    const stack = [unit];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (modeOf.has(next.unitId)) continue;
      modeOf.set(next.unitId, scan.mode);
      stack.push(...(children.get(next.unitId) ?? []));
    }
  }

  // 2. Counts: to their line, or wrong item.
  const countedByLine = new Map<string, string[]>();
  const linesByUnit = new Map<string | null, ExpectedLine[]>();
  for (const line of input.lines) {
    const list = linesByUnit.get(line.unitId) ?? [];
    list.push(line);
    linesByUnit.set(line.unitId, list);
  }
  for (const count of input.counts) {
    if (count.unitId !== null && !unitById.has(count.unitId)) continue; // inside an unexpected unit: reported above
    const candidates = count.unitId === null ? input.lines : (linesByUnit.get(count.unitId) ?? []);
    const line =
      (count.lineId === undefined ? undefined : candidates.find((l) => l.lineId === count.lineId)) ??
      candidates.find((l) => l.gtin !== undefined && gtin14(l.gtin) === gtin14(count.gtin));
    if (!line) {
      const where = count.unitId === null ? 'this ASN' : `unit ${count.unitId}`;
      const sscc = count.unitId === null ? undefined : unitById.get(count.unitId)?.sscc;
      discrepancies.push(
        record(
          'wrong-item',
          asnId,
          {
            ...(count.unitId === null ? {} : { unitId: count.unitId }),
            ...(sscc === undefined ? {} : { sscc }),
            gtin: count.gtin,
            actual: { quantity: formatQuantity(count.quantity), uom: count.uom },
          },
          `GTIN ${count.gtin} is not expected in ${where} (${formatQuantity(count.quantity)} ${count.uom} counted)`,
        ),
      );
      continue;
    }
    if (!sameUnit(count.uom, line.uom, aliases)) {
      throw new RangeError(
        `a count in ${count.uom} was given for line ${line.lineId} in ${line.uom}: convert it first`,
      );
    }
    const list = countedByLine.get(line.lineId) ?? [];
    list.push(count.quantity);
    countedByLine.set(line.lineId, list);
  }

  // 3. Missing units at close: the outermost unit of which nothing arrived. A pallet whose own label was never
  //    scanned but some of whose cartons were is not missing (it came, maybe broken down): its cartons that did
  //    not come are. A unit whose contents were counted without its label being scanned came too.
  if (input.closing) {
    const touched = new Set<string>();
    const counted = input.counts.flatMap((count) => (count.unitId === null ? [] : [count.unitId]));
    for (const unitId of [...modeOf.keys(), ...counted]) {
      for (let at = unitById.get(unitId); at !== undefined && !touched.has(at.unitId);) {
        touched.add(at.unitId);
        at = at.parentUnitId === null ? undefined : unitById.get(at.parentUnitId);
      }
    }
    for (const unit of input.units) {
      if (touched.has(unit.unitId)) continue;
      if (unit.parentUnitId !== null && unitById.has(unit.parentUnitId) && !touched.has(unit.parentUnitId)) continue;
      discrepancies.push(
        record(
          'missing-unit',
          asnId,
          { unitId: unit.unitId, ...(unit.sscc === undefined ? {} : { sscc: unit.sscc }) },
          `${unit.sscc === undefined ? `Unit ${unit.unitId}` : `SSCC ${unit.sscc}`} was expected and never received`,
        ),
      );
    }
  }

  // 4. Lines: received quantity, then short/over.
  const lines: LineProgress[] = [];
  for (const line of input.lines) {
    const counted = countedByLine.get(line.lineId);
    const mode = line.unitId === null ? undefined : modeOf.get(line.unitId);
    let received: string | null = null;
    if (counted !== undefined) received = sumQuantities(counted);
    else if (mode === 'trust') received = formatQuantity(line.quantity);
    else if (mode === 'audit') received = '0';
    lines.push({ lineId: line.lineId, expected: formatQuantity(line.quantity), received, uom: line.uom });
    if (received === null && !input.closing) continue;
    const sscc = line.unitId === null ? undefined : unitById.get(line.unitId)?.sscc;
    const found = reconcileLine({ asnId, line, received: received ?? '0', tolerance: input.toleranceFor(line), sscc });
    if (found) discrepancies.push(found);
  }

  const receivedUnitIds = input.units.filter((unit) => modeOf.has(unit.unitId)).map((unit) => unit.unitId);
  return { discrepancies, lines, receivedUnitIds };
}

function duplicate(asnId: string, scan: UnitScan, unitId: string | undefined): DiscrepancyRecord {
  return record(
    'duplicate-scan',
    asnId,
    { sscc: scan.sscc, ...(unitId === undefined ? {} : { unitId }) },
    `SSCC ${scan.sscc} was already received — this scan changes nothing`,
  );
}

function record(
  code: DiscrepancyCode,
  asnId: string,
  refs: Partial<Pick<DiscrepancyRecord, 'lineId' | 'unitId' | 'sscc' | 'gtin' | 'actual'>>,
  message: string,
): DiscrepancyRecord {
  return { code, liability: DEFAULT_LIABILITY[code], asnId, ...refs, withinTolerance: false, message };
}

/** True when any discrepancy blocks the receipt until fixed; false when at most approvals are needed. */
export function blocksReceipt(discrepancies: readonly DiscrepancyRecord[]): boolean {
  return discrepancies.some((d) => d.tolerance?.outcome === 'blocked');
}

/** Discrepancies a supervisor must approve before close (out of tolerance with action 'approve'). */
export function needingApproval(discrepancies: readonly DiscrepancyRecord[]): readonly DiscrepancyRecord[] {
  return discrepancies.filter((d) => d.tolerance?.outcome === 'needs-approval');
}

/** Same unit of measure: the same dock unit (CT = CS), or the same code when Dockside does not know it. */
function sameUnit(a: string, b: string, aliases: Readonly<Record<string, DockUnit>>): boolean {
  const x = dockUnitOf(a, aliases);
  const y = dockUnitOf(b, aliases);
  if (x !== null && y !== null) return x === y;
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/**
 * A lot/expiry finding (lot-expiry.ts) as a discrepancy record for the same line, so all discrepancies reach the
 * journal and the supervisor in one shape. `ask` findings are prompts, not discrepancies: they give null.
 */
export function lotExpiryDiscrepancy(
  asnId: string,
  refs: { readonly lineId?: string; readonly unitId?: string; readonly sscc?: string; readonly gtin?: string },
  finding: LotExpiryFinding,
): DiscrepancyRecord | null {
  if (finding.kind === 'ask') return null;
  return record(finding.code, asnId, refs, finding.message);
}

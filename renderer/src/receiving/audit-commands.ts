import { addQuantities } from '../domain/quantity';
import type { ExpectedUnitRow, UnitStateRow, DocksideDb } from '../db/schema';
import type { AsnLine } from '../domain/asn/canonical-asn';
import { parseScan } from '../domain/gs1/parse-scan';
import { countFromScan, countScanInLineUnit, gtin14, packagingForLine } from '../domain/receiving/pack-maths';
import { checkKeyedQuantity } from '../domain/receiving/plausibility';
import { checkTolerance, EXACT_ONLY, type ToleranceRule } from '../domain/receiving/tolerances';
import {
  auditCountMachine,
  logisticUnitMachine,
  runCommand,
  type AuditCountContext,
  type CaptureFlag,
  type CommandMeta,
  type CountedLine,
  type CountOutcome,
  type DiscrepancyNote,
  type ReceiveMode,
  type ReceivingFact,
  type SupervisorAuth,
} from '../machines';
import {
  asnName,
  DEFAULT_PUTAWAY,
  inTransaction,
  labelOf,
  refused,
  rowHolding,
  runSession,
  unitWithDescendants,
  writeFacts,
  factContext,
  type DockDeps,
  type DockOutcome,
  latestUnitIn,
} from './dock-commands';
import { loadMachine, machineRow, unitKey, type DockTables } from './dock-tables';
import { suggestPutaway } from '../domain/receiving/putaway-rules';

/**
 * Audit and blind receiving (issue 5, "Ways to receive"): a unit received in those modes is opened and counted.
 * GTIN scans, GS1 case labels ((02)+(37)) and keyed quantities are captured into the unit's auditCount machine
 * with pack maths and the plausibility guard applied here; finishing the count totals it per ASN line, judges
 * each line against the tolerances (tolerances.ts) and, when accepted (or approved by a supervisor), records the
 * unit's `unit.counted` with its short/over discrepancies. Every step is one strict transaction.
 */
export interface AuditDeps extends DockDeps {
  /** Per supplier/item tolerances; the station default applies when none matches (EXACT_ONLY by default). */
  readonly tolerances?: readonly ToleranceRule[];
  readonly stationTolerance?: ToleranceRule;
}

/** Changes how the receipt's next units are received: trust copies the ASN, audit and blind count. */
export function setReceivingMode(deps: DockDeps, asnId: string, mode: ReceiveMode): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const asn = await t.asns.get(asnId);
    if (!asn) return refused(`${asnName(asnId)} is not on this station.`);
    const session = await runSession(t, asn, meta, { type: 'MODE_CHANGED', meta, mode });
    const events = await writeFacts(t, meta, deps, session.facts, await factContext(t, asn, []));
    return { ...session, events, receiptId: asnId };
  });
}

/** The unit being counted at this station (the one most recently opened), or null. */
export async function unitBeingCounted(db: DocksideDb): Promise<UnitStateRow | null> {
  return latestUnitIn(db.unitStates, ['counting']);
}

/** A scanned item or case label, counted into the unit being counted. */
export function captureScan(deps: AuditDeps, raw: string): Promise<DockOutcome> {
  return inCount(deps, async (t, meta, unit, row) => {
    const scan = parseScan(raw);
    const facts = scan.valid && scan.kind === 'gs1' ? scan.facts : undefined;
    const gtin = facts?.contentGtin ?? facts?.gtin;
    if (gtin === undefined) return refused('Scan the item barcode or the case label (a GTIN), or key a quantity.');
    const lines = linesOfUnit(row, unit.unitId).filter((l) => l.gtin !== undefined && gtin14(l.gtin) === gtin14(gtin));
    const line = lines[0];
    let quantity: string;
    let uom: string;
    const flags: CaptureFlag[] = [];
    if (line) {
      const counted = countScanInLineUnit(scan, line);
      if (!counted.ok) return refused('message' in counted ? counted.message : 'This label cannot be counted.');
      quantity = counted.quantity;
      uom = line.uom;
      if (facts?.lot !== undefined && line.lot !== undefined && facts.lot !== line.lot) {
        flags.push({ code: 'lot-mismatch', needsApproval: false, note: `lot ${facts.lot}, ASN says ${line.lot}` });
      }
    } else {
      // Not on this unit's lines: counted as it is labelled, flagged as the wrong item for a supervisor.
      const counted = countFromScan(scan, packagingForLine({ uom: 'EA', gtin }));
      quantity = counted.ok ? counted.quantity : '1';
      uom = counted.ok ? counted.unit : 'EA';
      flags.push({
        code: 'wrong-item',
        needsApproval: true,
        note: `GTIN ${gtin} is not on ${unit.sscc ?? unit.unitId}`,
      });
    }
    return capture(t, meta, deps, unit, row, {
      gtin: gtin14(gtin),
      quantity,
      uom,
      ...(facts?.lot === undefined ? {} : { lot: facts.lot }),
      ...(facts?.expiry === undefined ? {} : { expiry: facts.expiry }),
      source: facts?.contentGtin !== undefined ? 'case-label' : 'gtin-scan',
      plausibility: 'plausible',
      flags,
    });
  });
}

/** A keyed quantity of the unit's line for `gtin`; an implausible one waits for the worker to confirm it. */
export function captureKeyed(deps: AuditDeps, gtin: string, keyed: string): Promise<DockOutcome> {
  return inCount(deps, async (t, meta, unit, row) => {
    const line = linesOfUnit(row, unit.unitId).find((l) => l.gtin !== undefined && gtin14(l.gtin) === gtin14(gtin));
    if (!line) return refused(`GTIN ${gtin} is not on ${labelOf(unit.announced)}: scan it instead to flag it.`);
    const verdict = checkKeyedQuantity({ keyed, uom: line.uom, expected: line.quantity });
    if (verdict.verdict === 'refuse') return refused(verdict.message);
    return capture(t, meta, deps, unit, row, {
      gtin: gtin14(gtin),
      quantity: verdict.quantity,
      uom: line.uom,
      source: 'keyed',
      plausibility: verdict.verdict === 'confirm' ? 'implausible' : 'plausible',
      flags: [],
    });
  });
}

/** The worker confirms a quantity the plausibility guard questioned. */
export function confirmKeyed(deps: AuditDeps): Promise<DockOutcome> {
  return inCount(deps, (t, meta, unit, row) =>
    runCount(t, meta, deps, unit, row, { type: 'QUANTITY_CONFIRMED', meta }),
  );
}

/** Finishes the count: totals per line, tolerance verdicts, and the unit's `unit.counted` when accepted. */
export function finishCount(deps: AuditDeps): Promise<DockOutcome> {
  return inCount(deps, async (t, meta, unit, row) => {
    const asn = await t.asns.get(unit.asnId);
    const stored = await loadMachine(t, 'auditCount', unitKey(unit.asnId, unit.unitId));
    if (!asn || !stored) return refused('Nothing has been counted in this unit yet: scan or key what it holds.');
    const context = (stored.snapshot as { context: AuditCountContext }).context;
    const judged = judgeCount(context, linesOfUnit(row, unit.unitId), meta, deps, asn.supplierId);
    return runCount(t, meta, deps, unit, row, { type: 'FINISH_COUNT', meta, ...judged });
  });
}

/** A supervisor accepts a count outside tolerance (verified by supervisors.ts before this command). */
export function approveCount(deps: AuditDeps, supervisor: SupervisorAuth, reason: string): Promise<DockOutcome> {
  return inCount(deps, (t, meta, unit, row) =>
    runCount(t, meta, deps, unit, row, { type: 'SUPERVISOR_APPROVED', meta, supervisor, reason }),
  );
}

// ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

type CountCommand = (
  t: DockTables,
  meta: CommandMeta,
  unit: UnitStateRow,
  row: ExpectedUnitRow,
) => Promise<DockOutcome>;

function inCount(deps: AuditDeps, command: CountCommand): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const counting = await latestUnitIn(t.unitStates, ['counting']);
    if (!counting) return refused('No unit is open for counting. Scan a pallet or carton to receive it first.');
    const row = await rowHolding(t, counting.asnId, counting.unitId);
    if (!row) return refused(`${labelOf(counting.announced)} is no longer on its ASN.`);
    return command(t, meta, counting, row);
  });
}

type CountEvent = Parameters<typeof auditCountMachine.transition>[1];

function capture(
  t: DockTables,
  meta: CommandMeta,
  deps: AuditDeps,
  unit: UnitStateRow,
  row: ExpectedUnitRow,
  item: Omit<Extract<CountEvent, { type: 'ITEM_CAPTURED' }>, 'type' | 'meta'>,
): Promise<DockOutcome> {
  return runCount(t, meta, deps, unit, row, { type: 'ITEM_CAPTURED', meta, ...item });
}

/** Runs the unit's count machine; when the count ends (counted), completes the unit with it in the same command. */
async function runCount(
  t: DockTables,
  meta: CommandMeta,
  deps: AuditDeps,
  unit: UnitStateRow,
  row: ExpectedUnitRow,
  event: CountEvent,
): Promise<DockOutcome> {
  const asn = await t.asns.get(unit.asnId);
  if (!asn) return refused(`${asnName(unit.asnId)} is not on this station.`);
  const key = unitKey(unit.asnId, unit.unitId);
  const blind = (await t.receipts.get(unit.asnId))?.mode === 'blind';
  const count = runCommand({
    name: 'auditCount',
    machine: auditCountMachine,
    stored: await loadMachine(t, 'auditCount', key),
    input: { receiptId: unit.asnId, unitId: unit.unitId, label: labelOf(unit.announced), blind },
    event,
  });
  if (count.kind === 'already-applied') return refused('That was already recorded.');
  await t.machines.put(machineRow('auditCount', key, count.persisted, meta.at));
  const facts: ReceivingFact[] = [...count.facts];
  const announcements = [...count.announcements];
  if (count.snapshot.status === 'done') {
    const output = count.snapshot.output;
    const suggestion = suggestPutaway(
      { itemId: row.lines[0]?.gtin ?? '', supplierId: asn.supplierId, quarantined: false },
      deps.putaway ?? DEFAULT_PUTAWAY,
    );
    const completed = runCommand({
      name: 'logisticUnit',
      machine: logisticUnitMachine,
      stored: await loadMachine(t, 'logisticUnit', key),
      event: {
        type: 'COUNT_COMPLETED',
        meta,
        lines: output.lines,
        discrepancyIds: output.discrepancyIds,
        suggestedLocation: suggestion.location ?? suggestion.zone,
      },
    });
    if (completed.kind === 'applied') {
      facts.push(...completed.facts);
      announcements.push(...completed.announcements);
      await t.machines.put(machineRow('logisticUnit', key, completed.persisted, meta.at));
      await t.unitStates.put({
        ...unit,
        stage: 'awaiting-putaway',
        suggestedLocation: suggestion.location ?? suggestion.zone,
        counted: output.lines.flatMap((l) => (l.lineId === null ? [] : [{ lineId: l.lineId, quantity: l.quantity }])),
      });
    }
  }
  // The session keeps the list of approvals waiting before the receipt can close.
  const sessionEvents = [
    ...facts
      .flatMap((f) => (f.type === 'discrepancy.recorded' && f.discrepancy.needsApproval ? [f.discrepancy] : []))
      .map((d) => ({
        type: 'DISCREPANCY_NOTED' as const,
        meta,
        discrepancy: { discrepancyId: d.discrepancyId, code: d.code, unitId: unit.unitId, owner: 'unit' as const },
      })),
    ...facts
      .flatMap((f) => (f.type === 'discrepancy.approved' ? [f.discrepancyId] : []))
      .map((discrepancyId) => ({ type: 'DISCREPANCY_RESOLVED' as const, meta, discrepancyId })),
  ];
  const [first, ...rest] = sessionEvents;
  if (first) await runSession(t, asn, meta, [first, ...rest]);
  const events = await writeFacts(t, meta, deps, facts, await factContext(t, asn, [row]));
  return { announcements, supervisorRequests: count.supervisorRequests, events, receiptId: asn.asnId };
}

/** The ASN lines of a unit and of every unit nested in it (opening a pallet counts its cartons' contents). */
function linesOfUnit(row: ExpectedUnitRow, unitId: string): AsnLine[] {
  const unit = row.units.find((u) => u.unitId === unitId);
  if (!unit) return [];
  const ids = new Set(unitWithDescendants(row.units, unit).map((u) => u.unitId));
  return row.lines.filter((l) => l.unitId !== null && ids.has(l.unitId));
}

/** Totals per ASN line of the captures, and each line judged against the tolerances (tolerances.ts). */
function judgeCount(
  context: AuditCountContext,
  lines: readonly AsnLine[],
  meta: CommandMeta,
  deps: AuditDeps,
  supplierId: string,
): { lines: CountedLine[]; discrepancies: DiscrepancyNote[]; outcome: CountOutcome } {
  const totals = new Map<string, string>();
  for (const c of context.captures) totals.set(c.gtin, addQuantities(totals.get(c.gtin) ?? '0', c.quantity));
  const counted: CountedLine[] = [];
  const discrepancies: DiscrepancyNote[] = [];
  let outcome: CountOutcome = 'accepted';
  for (const line of lines) {
    const gtin = line.gtin === undefined ? undefined : gtin14(line.gtin);
    const quantity = gtin === undefined ? '0' : (totals.get(gtin) ?? '0');
    if (gtin !== undefined) totals.delete(gtin);
    counted.push({ lineId: line.lineId, gtin: gtin ?? '', quantity, uom: line.uom });
    const verdict = checkTolerance({
      expected: line.quantity,
      counted: quantity,
      supplierId,
      itemId: gtin,
      rules: deps.tolerances ?? [],
      stationDefault: deps.stationTolerance ?? EXACT_ONLY,
    });
    if (verdict.direction === 'none') continue;
    const needsApproval = verdict.outcome === 'needs-approval' || verdict.outcome === 'blocked';
    if (verdict.outcome === 'blocked') outcome = 'blocked';
    else if (needsApproval && outcome === 'accepted') outcome = 'needs-approval';
    discrepancies.push({
      discrepancyId: `${meta.commandId}/${verdict.direction}/${line.lineId}`,
      code: verdict.direction,
      needsApproval,
      lineId: line.lineId,
      ...(gtin === undefined ? {} : { gtin }),
      expected: line.quantity,
      actual: quantity,
      uom: line.uom,
    });
  }
  return { lines: counted, discrepancies, outcome };
}

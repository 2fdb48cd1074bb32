import { compareQuantities, isQuantity } from '../quantity';
import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from './canonical-asn';
import { describeLine, describeUnit, headerFacts, type HeaderField } from './asn-revision-words';

/**
 * What changed between two versions of one ASN, in words a receiver understands (issue 4, "Station intake": the
 * receiver sees what changed; units and lines added, removed, changed). Pure: the station stores the result
 * with the revision, the inbound screen shows it, and `conflictsWithReceipts` (asn-conflicts.ts) reads it.
 *
 * Units and lines are matched by their ids: `unitId` is the SSCC when the sender marked one, so a relabelled
 * pallet shows as one removed and one added, which is what the dock sees on the label.
 */
export type { HeaderField } from './asn-revision-words';

export interface FieldChange<F extends string> {
  readonly field: F;
  readonly before: string;
  readonly after: string;
}

export type UnitField = 'parent' | 'sscc' | 'kind';
export type LineField = 'quantity' | 'item' | 'lot' | 'expiry' | 'unit' | 'order' | 'serials';

export interface UnitChange {
  readonly unitId: string;
  readonly sscc?: string;
  /** "Pallet 3950…: parent none → 3950…" */
  readonly text: string;
}
export interface ChangedUnit extends UnitChange {
  readonly changes: readonly FieldChange<UnitField>[];
}

export interface LineChange {
  readonly lineId: string;
  /** The unit holding the line (in the version it exists in; `next` for changed lines). */
  readonly unitId: string | null;
  readonly quantity: string;
  readonly uom: string;
  readonly text: string;
}
export interface ChangedLine extends LineChange {
  /** The unit that held it in the previous version (differs from `unitId` when the line moved). */
  readonly previousUnitId: string | null;
  readonly previousQuantity: string;
  readonly changes: readonly FieldChange<LineField>[];
}

export interface AsnDiff {
  readonly asnId: string;
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly header: readonly (FieldChange<HeaderField> & { readonly text: string })[];
  readonly units: {
    readonly added: readonly UnitChange[];
    readonly removed: readonly UnitChange[];
    readonly changed: readonly ChangedUnit[];
  };
  readonly lines: {
    readonly added: readonly LineChange[];
    readonly removed: readonly LineChange[];
    readonly changed: readonly ChangedLine[];
  };
}

export function diffAsnVersions(previous: CanonicalAsn, next: CanonicalAsn): AsnDiff {
  return {
    asnId: next.asnId,
    fromVersion: previous.version,
    toVersion: next.version,
    header: diffHeader(previous, next),
    units: diffUnits(previous.units, next.units),
    lines: diffLines(previous.lines, next.lines),
  };
}

export function isEmptyDiff(diff: AsnDiff): boolean {
  return (
    diff.header.length === 0 &&
    diff.units.added.length + diff.units.removed.length + diff.units.changed.length === 0 &&
    diff.lines.added.length + diff.lines.removed.length + diff.lines.changed.length === 0
  );
}

/** Every change as one sentence, header first: what the receiver reads under "What changed". */
export function describeDiff(diff: AsnDiff): string[] {
  return [
    ...diff.header.map((c) => c.text),
    ...diff.units.added.map((u) => u.text),
    ...diff.units.removed.map((u) => u.text),
    ...diff.units.changed.map((u) => u.text),
    ...diff.lines.added.map((l) => l.text),
    ...diff.lines.removed.map((l) => l.text),
    ...diff.lines.changed.map((l) => l.text),
  ];
}

/** Counts for a revision summary ("3 units added, 1 line changed"). */
export function diffCounts(diff: AsnDiff): Record<string, number> {
  return {
    header: diff.header.length,
    unitsAdded: diff.units.added.length,
    unitsRemoved: diff.units.removed.length,
    unitsChanged: diff.units.changed.length,
    linesAdded: diff.lines.added.length,
    linesRemoved: diff.lines.removed.length,
    linesChanged: diff.lines.changed.length,
  };
}

function diffHeader(previous: CanonicalAsn, next: CanonicalAsn): AsnDiff['header'] {
  const before = headerFacts(previous);
  const after = headerFacts(next);
  return after.flatMap((fact, i) => {
    const old = before[i];
    if (!old || old.value === fact.value) return [];
    const text = `${fact.label}: ${old.value || 'none'} → ${fact.value || 'none'}`;
    return [{ field: fact.field, before: old.value, after: fact.value, text }];
  });
}

function diffUnits(previous: readonly AsnLogisticUnit[], next: readonly AsnLogisticUnit[]): AsnDiff['units'] {
  const before = new Map(previous.map((u) => [u.unitId, u]));
  const after = new Map(next.map((u) => [u.unitId, u]));
  const added: UnitChange[] = [];
  const removed: UnitChange[] = [];
  const changed: ChangedUnit[] = [];
  for (const unit of next) {
    const old = before.get(unit.unitId);
    if (!old) {
      added.push(unitChange(unit, `${describeUnit(unit)} added`));
      continue;
    }
    const changes: FieldChange<UnitField>[] = [];
    if (old.parentUnitId !== unit.parentUnitId) {
      changes.push({ field: 'parent', before: old.parentUnitId ?? '', after: unit.parentUnitId ?? '' });
    }
    if ((old.sscc ?? '') !== (unit.sscc ?? '')) {
      changes.push({ field: 'sscc', before: old.sscc ?? '', after: unit.sscc ?? '' });
    }
    if (old.kind !== unit.kind) changes.push({ field: 'kind', before: old.kind, after: unit.kind });
    if (changes.length > 0) {
      const words = changes.map((c) => `${unitFieldLabel[c.field]} ${c.before || 'none'} → ${c.after || 'none'}`);
      changed.push({ ...unitChange(unit, `${describeUnit(unit)} changed: ${words.join('; ')}`), changes });
    }
  }
  for (const unit of previous) {
    if (!after.has(unit.unitId)) removed.push(unitChange(unit, `${describeUnit(unit)} removed`));
  }
  return { added, removed, changed };
}

const unitFieldLabel: Record<UnitField, string> = { parent: 'inside', sscc: 'SSCC', kind: 'type' };

function unitChange(unit: AsnLogisticUnit, text: string): UnitChange {
  return { unitId: unit.unitId, ...(unit.sscc === undefined ? {} : { sscc: unit.sscc }), text };
}

function diffLines(previous: readonly AsnLine[], next: readonly AsnLine[]): AsnDiff['lines'] {
  const before = new Map(previous.map((l) => [l.lineId, l]));
  const after = new Map(next.map((l) => [l.lineId, l]));
  const added: LineChange[] = [];
  const removed: LineChange[] = [];
  const changed: ChangedLine[] = [];
  for (const line of next) {
    const old = before.get(line.lineId);
    if (!old) {
      added.push(lineChange(line, `${describeLine(line)} added: ${line.quantity} ${line.uom}`));
      continue;
    }
    const changes = lineChanges(old, line);
    if (changes.length === 0) continue;
    const words = changes.map((c) => `${lineFieldLabel[c.field]} ${c.before || 'none'} → ${c.after || 'none'}`);
    changed.push({
      ...lineChange(line, `${describeLine(line)} changed: ${words.join('; ')}`),
      previousUnitId: old.unitId,
      previousQuantity: old.quantity,
      changes,
    });
  }
  for (const line of previous) {
    if (!after.has(line.lineId)) {
      removed.push(lineChange(line, `${describeLine(line)} removed (was ${line.quantity} ${line.uom})`));
    }
  }
  return { added, removed, changed };
}

const lineFieldLabel: Record<LineField, string> = {
  quantity: 'quantity',
  item: 'item',
  lot: 'lot',
  expiry: 'expiry',
  unit: 'packed in',
  order: 'order',
  serials: 'serials',
};

function lineChange(line: AsnLine, text: string): LineChange {
  return { lineId: line.lineId, unitId: line.unitId, quantity: line.quantity, uom: line.uom, text };
}

function lineChanges(old: AsnLine, line: AsnLine): FieldChange<LineField>[] {
  const changes: FieldChange<LineField>[] = [];
  const push = (field: LineField, before: string, after: string): void => {
    if (before !== after) changes.push({ field, before, after });
  };
  // "12" and "12.0" are the same count: compared by value, never as text or binary floating point.
  const sameQuantity = sameAmount(old.quantity, line.quantity) && old.uom === line.uom;
  if (!sameQuantity) changes.push({ field: 'quantity', before: amount(old), after: amount(line) });
  push('item', itemText(old), itemText(line));
  push('lot', old.lot ?? '', line.lot ?? '');
  push('expiry', old.expiry ?? '', line.expiry ?? '');
  push('unit', old.unitId ?? '', line.unitId ?? '');
  push('order', orderText(old), orderText(line));
  push('serials', old.serials.join(', '), line.serials.join(', '));
  return changes;
}

function sameAmount(a: string, b: string): boolean {
  return isQuantity(a) && isQuantity(b) ? compareQuantities(a, b) === 0 : a === b;
}

function amount(line: AsnLine): string {
  return `${line.quantity} ${line.uom}`;
}

function itemText(line: AsnLine): string {
  const ids = line.itemIds.map((id) => `${id.qualifier}:${id.value}`);
  return [line.gtin ? `GTIN ${line.gtin}` : '', ...ids].filter((s) => s !== '').join(' ');
}

function orderText(line: AsnLine): string {
  return [line.poNumber ?? '', line.poLine ?? ''].filter((s) => s !== '').join(' line ');
}

export { conflictsWithReceipts } from './asn-conflicts';
export type { ConflictKind, ReceivedState, SupervisorConflict } from './asn-conflicts';

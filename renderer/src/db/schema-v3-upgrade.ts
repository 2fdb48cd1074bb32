import type { Transaction } from 'dexie';
import type { AsnLogisticUnit } from '../domain/asn/canonical-asn';
import { expectedUnitRows } from './expected-unit-rows';
import type { ExpectedUnitRow, UnitStateRow } from './schema';
import type { LineBlockRowV2, UnitRowV2 } from './schema-v2';

/**
 * v2 → v3: a unit row and a lines row per logistic unit become one expected-unit row per scannable top unit,
 * and what the dock did moves to `unitStates`. Runs inside Dexie's versionchange transaction, so it is all or
 * nothing: a station that crashes mid-upgrade opens as v2 again and retries. Dexie drops the v2 tables after.
 *
 * Units a revision removed after they were received (v2 kept them as unit rows flagged `removedInVersion`) are
 * not announced any more: they move to states only, with the unit as it was announced.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const units = (await tx.table('units').toArray()) as UnitRowV2[];
  const blocks = (await tx.table('lineBlocks').toArray()) as LineBlockRowV2[];

  const byAsn = new Map<string, { units: AsnLogisticUnit[]; blocks: LineBlockRowV2[] }>();
  const of = (asnId: string) => {
    let entry = byAsn.get(asnId);
    if (!entry) byAsn.set(asnId, (entry = { units: [], blocks: [] }));
    return entry;
  };
  const states: UnitStateRow[] = [];
  for (const row of units) {
    const unit = announcedUnit(row);
    if (row.removedInVersion === null) of(row.asnId).units.push(unit);
    if (row.status === 'received') states.push(stateOf(row, unit));
  }
  for (const block of blocks) of(block.asnId).blocks.push(block);

  const rows: ExpectedUnitRow[] = [];
  for (const [asnId, entry] of byAsn) {
    rows.push(...expectedUnitRows({ asnId, units: entry.units, lines: entry.blocks.flatMap((b) => b.lines) }));
  }
  await tx.table('expectedUnits').bulkPut(rows);
  await tx.table('unitStates').bulkPut(states);
}

function announcedUnit(row: UnitRowV2): AsnLogisticUnit {
  const unit: AsnLogisticUnit = { unitId: row.unitId, parentUnitId: row.parentUnitId, kind: row.kind };
  return {
    ...unit,
    ...(row.sscc === undefined ? {} : { sscc: row.sscc }),
    ...(row.packagingCode === undefined ? {} : { packagingCode: row.packagingCode }),
    ...(row.grossWeight === undefined ? {} : { grossWeight: row.grossWeight }),
    ...(row.marks === undefined ? {} : { marks: row.marks }),
  };
}

function stateOf(row: UnitRowV2, announced: AsnLogisticUnit): UnitStateRow {
  return {
    asnId: row.asnId,
    unitId: row.unitId,
    ...(row.sscc === undefined ? {} : { sscc: row.sscc }),
    status: 'received',
    // v2 always set both with the status; the fallbacks only keep a damaged row from failing the upgrade.
    receivedAt: row.receivedAt ?? '',
    receivedBySeq: row.receivedBySeq ?? 0,
    counted: row.counted,
    removedInVersion: row.removedInVersion,
    announced,
    // v2 had no putaway: what it received is taken as stored, location unknown, rather than queued for putaway.
    stage: 'stored',
    suggestedLocation: null,
    location: null,
  };
}

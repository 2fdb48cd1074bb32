import type { Transaction } from 'dexie';
import type { DocksideDb, MachineRow } from '../db/schema';
import type { MachineName, PersistedMachine } from '../machines/persistence';

/**
 * The tables a dock command reads and writes, bound to its one transaction (the Dexie trap in asn-intake.ts:
 * a table reached through the zone can escape the transaction; a bound table cannot).
 */
export type DockTables = Pick<
  DocksideDb,
  'asns' | 'expectedUnits' | 'unitStates' | 'journal' | 'machines' | 'receipts' | 'discrepancies' | 'meta' | 'photos'
>;

export function dockTableList(db: DocksideDb) {
  return [
    db.asns,
    db.expectedUnits,
    db.unitStates,
    db.journal,
    db.machines,
    db.receipts,
    db.discrepancies,
    db.meta,
    db.photos,
  ];
}

export function boundDockTables(tx: Transaction): DockTables {
  return {
    asns: tx.table('asns') as DocksideDb['asns'],
    expectedUnits: tx.table('expectedUnits') as DocksideDb['expectedUnits'],
    unitStates: tx.table('unitStates') as DocksideDb['unitStates'],
    journal: tx.table('journal') as DocksideDb['journal'],
    machines: tx.table('machines') as DocksideDb['machines'],
    receipts: tx.table('receipts') as DocksideDb['receipts'],
    discrepancies: tx.table('discrepancies') as DocksideDb['discrepancies'],
    meta: tx.table('meta') as DocksideDb['meta'],
    photos: tx.table('photos') as DocksideDb['photos'],
  };
}

/** Machine rows are keyed by machine and instance: the receipt id, or `${receiptId}/${unitId}`. */
export function unitKey(receiptId: string, unitId: string): string {
  return `${receiptId}/${unitId}`;
}

export async function loadMachine(t: DockTables, machine: MachineName, key: string): Promise<PersistedMachine | null> {
  return (await t.machines.get([machine, key]))?.record ?? null;
}

export function machineRow(machine: MachineName, key: string, record: PersistedMachine, at: string): MachineRow {
  return { machine, key, record, updatedAt: at };
}

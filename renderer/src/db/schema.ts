import Dexie, { type EntityTable } from 'dexie';
import type { ReceivingEvent } from '../domain/receiving-event';
import type { LogisticUnitType } from '../domain/station-records';

/**
 * The station's IndexedDB database. One `version(n)` per schema change; never edit a shipped version
 * (ARCHITECTURE.md, "Dexie"). Every write the operator is told is saved commits with strict durability:
 * since Chrome 121 the default is relaxed, where a resolved commit may not be on disk yet (TRAPS.md).
 */
export interface AsnRow {
  readonly asnId: string;
  readonly version: number;
  readonly status: 'open' | 'cancelled';
  readonly supplierName: string;
  readonly supplierId: string;
  readonly poNumbers: readonly string[];
  readonly carrierScac: string;
  readonly trailer: string;
  readonly seal: string | null;
  readonly shippedAt: string;
  readonly expectedArrival: string;
  readonly unitCount: number;
  readonly receivedUnitCount: number;
  readonly lineCount: number;
  readonly pulledAt: string;
}

export interface LogisticUnitRow {
  readonly sscc: string;
  readonly asnId: string;
  readonly parentSscc: string | null;
  readonly type: LogisticUnitType;
  readonly status: 'expected' | 'received';
  readonly receivedAt: string | null;
  /** The journal seq of the event that received it. */
  readonly receivedBySeq: number | null;
}

export interface AsnLineRow {
  readonly asnId: string;
  readonly lineId: string;
  readonly poNumber: string;
  readonly poLine: string;
  readonly sscc: string;
  readonly gtin: string;
  readonly description: string;
  readonly quantity: string;
  readonly uom: string;
  readonly lot: string | null;
  readonly expiry: string | null;
}

export type SyncState = 'pending' | 'acknowledged' | 'rejected';

export interface JournalRow {
  readonly seq: number;
  readonly eventId: string;
  readonly type: ReceivingEvent['type'];
  readonly asnId: string;
  readonly occurredAt: string;
  /** The event exactly as captured; never changed after it is written. */
  readonly event: ReceivingEvent;
  readonly syncState: SyncState;
  readonly syncedAt: string | null;
  readonly rejection: { readonly code: number; readonly reason: string } | null;
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export type DocksideDb = Dexie & {
  asns: EntityTable<AsnRow, 'asnId'>;
  logisticUnits: EntityTable<LogisticUnitRow, 'sscc'>;
  lines: Dexie.Table<AsnLineRow, [string, string]>;
  journal: EntityTable<JournalRow, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DATABASE_NAME = 'dockside';

export function openDocksideDb(name: string = DATABASE_NAME): DocksideDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DocksideDb;
  db.version(1).stores({
    asns: '&asnId, status, expectedArrival',
    logisticUnits: '&sscc, asnId, parentSscc',
    lines: '&[asnId+lineId], asnId, sscc, gtin',
    journal: '&seq, &eventId, [syncState+seq], asnId',
    meta: '&key',
  });
  return db;
}

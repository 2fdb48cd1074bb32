import Dexie, { type EntityTable } from 'dexie';
import type { AsnDiff, SupervisorConflict } from '../domain/asn/asn-revision';
import type { AsnLine, AsnLogisticUnit, AsnSource, AsnWarning, CanonicalAsn } from '../domain/asn/canonical-asn';
import type { ReceivingEvent } from '../domain/receiving-event';
import { SCHEMA_V1 } from './schema-v1';
import { upgradeToV2 } from './schema-v2-upgrade';

/**
 * The station's IndexedDB database. One `version(n)` per schema change; never edit a shipped version
 * (ARCHITECTURE.md, "Dexie"). Every write the operator is told is saved commits with strict durability:
 * since Chrome 121 the default is relaxed, where a resolved commit may not be on disk yet (TRAPS.md).
 *
 * Version 2 stores canonical ASNs from every source (issue 4). Design, and why:
 * - `units` keyed by [asnId+unitId]: units without an SSCC exist (EDIFACT CPS, X12 HL without MAN*GM) and one
 *   SSCC may be announced on two ASNs, so the SSCC cannot be the key. SSCC lookups use the single-field `sscc`
 *   index; rows without an SSCC simply have no entry in it (an absent key path is not indexed). No compound
 *   index contains the SSCC: an absent member would silently drop the row from such an index.
 * - `lineBlocks`: the lines of one unit in one row, keyed by [asnId+unitKey], with a multi-entry `gtins` index.
 *   TRAPS.md measured one-row-per-line `bulkPut` at ~6,500 rows/s in Chromium; issue 4 asks for 25,000 lines/s.
 *   A pallet's 50 lines cost one record instead of 50 records × 4 index entries, and a receipt reads the lines
 *   of a unit with one `get`, which is exactly what receiving needs.
 * - `asns` keeps its key; the row gains the canonical header, sender version vs station revision, source,
 *   warnings, content hash (idempotency), a summary of every revision and the open supervisor conflicts.
 * - `revisions` keeps each revision's full diff and conflicts, out of the ASN row so lists stay light.
 */
export type AsnHeader = Omit<CanonicalAsn, 'units' | 'lines' | 'warnings' | 'source' | 'version' | 'status'>;

export interface RevisionSummary {
  readonly version: number;
  readonly senderVersion: number;
  readonly storedAt: string;
  readonly source: AsnSource;
  /** Sentences for the receiver (the first few changes; the full diff is in `revisions`). */
  readonly changes: readonly string[];
  readonly changeCount: number;
  readonly conflictCount: number;
}

export interface StoredConflict extends SupervisorConflict {
  /** The station revision that raised it. */
  readonly version: number;
  readonly raisedAt: string;
}

export interface AsnRow {
  readonly asnId: string;
  /** Station revision: 1 when first stored, +1 for every changed content. */
  readonly version: number;
  /** The version the sender gave (ERP version, or 1 for files that carry none); events report this one. */
  readonly senderVersion: number;
  readonly status: 'open' | 'cancelled';
  readonly source: AsnSource;
  readonly supplierName: string;
  readonly supplierId: string;
  readonly poNumbers: readonly string[];
  readonly carrierScac: string;
  readonly trailer: string;
  readonly seal: string | null;
  readonly shippedAt: string | null;
  readonly expectedArrival: string | null;
  readonly unitCount: number;
  readonly receivedUnitCount: number;
  readonly lineCount: number;
  readonly storedAt: string;
  readonly header: AsnHeader;
  readonly warnings: readonly AsnWarning[];
  /** asnContentHash of the stored content; '' for rows migrated from v1 (the next pull fills it). */
  readonly contentHash: string;
  readonly revisions: readonly RevisionSummary[];
  readonly conflicts: readonly StoredConflict[];
}

export type UnitStatus = 'expected' | 'received';

export interface UnitRow extends AsnLogisticUnit {
  readonly asnId: string;
  readonly status: UnitStatus;
  readonly receivedAt: string | null;
  /** The journal seq of the event that received it. */
  readonly receivedBySeq: number | null;
  /** What was counted when it was received (trust receiving: the ASN's quantities then); kept across revisions. */
  readonly counted: readonly { readonly lineId: string; readonly quantity: string }[];
  /** Set when a revision removed a unit that had already been received: it stays, flagged, never deleted. */
  readonly removedInVersion: number | null;
}

/** Lines held directly by a unit (or by the shipment when unitKey is ''). */
export interface LineBlockRow {
  readonly asnId: string;
  readonly unitKey: string;
  /** SSCC of the holding unit, when it has one. */
  readonly sscc?: string;
  /** Distinct GTINs of the lines, for GTIN lookups. */
  readonly gtins: readonly string[];
  readonly lines: readonly AsnLine[];
}

export interface RevisionRow {
  readonly asnId: string;
  readonly version: number;
  readonly storedAt: string;
  readonly diff: AsnDiff;
  readonly conflicts: readonly SupervisorConflict[];
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
  units: Dexie.Table<UnitRow, [string, string]>;
  lineBlocks: Dexie.Table<LineBlockRow, [string, string]>;
  revisions: Dexie.Table<RevisionRow, [string, number]>;
  journal: EntityTable<JournalRow, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DATABASE_NAME = 'dockside';

/** Loose lines (no packing level) live in the block with this key. */
export const LOOSE_LINES_KEY = '';

export function openDocksideDb(name: string = DATABASE_NAME): DocksideDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DocksideDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores({
      asns: '&asnId, status, expectedArrival',
      logisticUnits: null,
      lines: null,
      // No asnId index: an ASN's rows are a key range of the compound primary key (asn-rows.ts, `ofAsn`),
      // and every index is one more write per row on a 100,000-line import.
      units: '&[asnId+unitId], sscc, [asnId+parentUnitId]',
      lineBlocks: '&[asnId+unitKey], *gtins',
      revisions: '&[asnId+version]',
    })
    .upgrade(upgradeToV2);
  return db;
}

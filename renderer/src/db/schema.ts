import Dexie, { type EntityTable } from 'dexie';
import type { AsnDiff, SupervisorConflict } from '../domain/asn/asn-revision';
import type { AsnLine, AsnLogisticUnit, AsnSource, AsnWarning, CanonicalAsn } from '../domain/asn/canonical-asn';
import type { ReceivingEvent } from '../domain/receiving-event';
import type { MachineName, PersistedMachine } from '../machines/persistence';
import type { DiscrepancyNote, SupervisorAuth } from '../machines/receiving-types';
import { SCHEMA_V1 } from './schema-v1';
import { SCHEMA_V2 } from './schema-v2';
import { upgradeToV2 } from './schema-v2-upgrade';
import { upgradeToV3 } from './schema-v3-upgrade';

/**
 * The station's IndexedDB database. One `version(n)` per schema change; never edit a shipped version
 * (ARCHITECTURE.md, "Dexie"). Every write the operator is told is saved commits with strict durability:
 * since Chrome 121 the default is relaxed, where a resolved commit may not be on disk yet (TRAPS.md).
 *
 * Version 3 (issue 4, import speed). In Chromium a strict transaction costs about 100–250 µs per record
 * whatever its size (measured: docs/BENCHMARKS.md), so what the ASN announces is stored in as few records as
 * receiving allows, and what the dock does lives apart:
 * - `expectedUnits`: one row per scannable top-level unit (expected-units.ts: a pallet with its cartons and
 *   every line they hold), keyed by [asnId+unitId] of that unit, '' for lines with no packing level. Multi-entry
 *   `ssccs` and `gtins` indexes find the row of any SSCC or GTIN in it. Rows are written by intake only and
 *   replaced whole by a revision; receiving a carton reads its pallet's row with one `get`.
 * - `unitStates`: what the dock has done to a unit, one row per unit once something happened (none at import).
 *   Keyed [asnId+unitId]: units without an SSCC exist (EDIFACT CPS, X12 HL without MAN*GM) and one SSCC may be
 *   announced on two ASNs. A revision never deletes a state: a received unit the sender removes stays, flagged.
 * - `asns` keeps the canonical header, sender version vs station revision, source, warnings, content hash
 *   (idempotency), a summary of every revision and the open supervisor conflicts; `revisions` each full diff.
 * The 100,000-line X12 benchmark went from 21,000 records (v2: a row per unit plus a row per unit's lines) to
 * 1,000.
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

/** A scannable top-level unit as the ASN announces it, with every unit nested in it and their lines. */
export interface ExpectedUnitRow {
  readonly asnId: string;
  /** The top unit's id ('' for the row of lines with no packing level). */
  readonly unitId: string;
  /** Every SSCC in the row (the multi-entry index the scan path uses). */
  readonly ssccs: readonly string[];
  /** Distinct GTINs of the row's lines. */
  readonly gtins: readonly string[];
  /** The top unit first, then nested units breadth-first. Empty in the loose-lines row. */
  readonly units: readonly AsnLogisticUnit[];
  readonly lines: readonly AsnLine[];
}

/** What the dock has done to one logistic unit. Absent while the unit is only expected. */
export interface UnitStateRow {
  readonly asnId: string;
  readonly unitId: string;
  readonly sscc?: string;
  readonly status: Exclude<UnitStatus, 'expected'>;
  readonly receivedAt: string;
  /** The journal seq of the event that received it. */
  readonly receivedBySeq: number;
  /** What was counted when it was received (trust receiving: the ASN's quantities then); kept across revisions. */
  readonly counted: readonly { readonly lineId: string; readonly quantity: string }[];
  /** Set when a revision removed the unit after it was received: it stays, flagged, never deleted. */
  readonly removedInVersion: number | null;
  /** The unit as announced when it was received, so a unit a revision removed can still be shown. */
  readonly announced: AsnLogisticUnit;
  /** Where it is in the dock's workflow (the logisticUnit machine's state, as the screens and lists need it). */
  readonly stage: UnitStage;
  /** Where the putaway rules want it, once known. */
  readonly suggestedLocation: string | null;
  /** Where it was put away. */
  readonly location: string | null;
}

/**
 * A received unit's place in the workflow (issue 5): counted, inspected, accepted or quarantined, put away.
 * `with-parent` is a carton received with its pallet; it follows the pallet.
 */
export type UnitStage =
  | 'with-parent'
  | 'counting'
  | 'inspecting'
  | 'awaiting-putaway'
  | 'stored'
  | 'quarantined'
  | 'quarantine-stored'
  | 'disposed';

/** A receiving machine's persisted snapshot (machines/persistence.ts), one row per running instance. */
export interface MachineRow {
  readonly machine: MachineName;
  /** receiptId for a session; `${receiptId}/${unitId}` for a unit, its count or its quarantine. */
  readonly key: string;
  readonly record: PersistedMachine;
  readonly updatedAt: string;
}

export type ReceiptStatus =
  'expected' | 'awaiting-seal-approval' | 'receiving' | 'closing' | 'closed' | 'cancelled' | 'cancelled-with-receipts';

/** One receipt (an ASN, or a PO without ASN) as the dock works it: the receiptSession machine's projection. */
export interface ReceiptRow {
  readonly receiptId: string;
  readonly asnId: string | null;
  readonly status: ReceiptStatus;
  readonly mode: 'trust' | 'audit' | 'blind';
  readonly dockDoor: string | null;
  readonly trailer: string | null;
  readonly sealNumber: string | null;
  readonly seal: 'intact' | 'broken' | 'mismatch' | 'none' | null;
  readonly expectedUnits: number;
  readonly receivedUnits: number;
  readonly openDiscrepancies: number;
  readonly arrivedAt: string | null;
  readonly closedAt: string | null;
  readonly updatedAt: string;
}

/** A discrepancy as supervisors work it (the journal keeps the events; this is the list). */
export interface DiscrepancyRow extends DiscrepancyNote {
  readonly receiptId: string;
  readonly status: 'open' | 'approved' | 'accepted' | 'reversed';
  readonly raisedAt: string;
  readonly raisedBySeq: number;
  /** The eventId of its `discrepancy.recorded`, which an approval points at. */
  readonly eventId: string | null;
  readonly approvedBy: SupervisorAuth | null;
}

/** A photo taken at inspection, kept on the station and referenced by its event (id, SHA-256, type, size). */
export interface PhotoRow {
  readonly photoId: string;
  readonly receiptId: string;
  readonly unitId: string;
  readonly mediaType: 'image/jpeg' | 'image/png' | 'image/webp';
  readonly sha256: string;
  readonly size: number;
  readonly takenAt: string;
  readonly blob: Blob;
}

/** A logistic unit as announced joined with its state: what screens, receiving and revisions work with. */
export interface UnitRow extends AsnLogisticUnit {
  readonly asnId: string;
  readonly status: UnitStatus;
  readonly receivedAt: string | null;
  readonly receivedBySeq: number | null;
  readonly counted: readonly { readonly lineId: string; readonly quantity: string }[];
  readonly removedInVersion: number | null;
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
  /** The dock command that wrote it (issue 5): an undo reverses every event of one command. Absent before v3. */
  readonly commandId?: string;
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export type DocksideDb = Dexie & {
  asns: EntityTable<AsnRow, 'asnId'>;
  expectedUnits: Dexie.Table<ExpectedUnitRow, [string, string]>;
  unitStates: Dexie.Table<UnitStateRow, [string, string]>;
  revisions: Dexie.Table<RevisionRow, [string, number]>;
  journal: EntityTable<JournalRow, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
  machines: Dexie.Table<MachineRow, [string, string]>;
  receipts: EntityTable<ReceiptRow, 'receiptId'>;
  discrepancies: EntityTable<DiscrepancyRow, 'discrepancyId'>;
  photos: EntityTable<PhotoRow, 'photoId'>;
};

export const DATABASE_NAME = 'dockside';

export { LOOSE_LINES_KEY } from './expected-unit-rows';

export function openDocksideDb(name: string = DATABASE_NAME): DocksideDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DocksideDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3)
    .stores({
      units: null,
      lineBlocks: null,
      // No asnId index: an ASN's rows are a key range of the compound primary key (expected-units.ts, `ofAsn`),
      // and every index is one more write per row on a 100,000-line import.
      expectedUnits: '&[asnId+unitId], *ssccs, *gtins',
      unitStates: '&[asnId+unitId], sscc, stage',
      // The receiving workflow (issue 5). Version 3 had not shipped when these joined it.
      machines: '&[machine+key]',
      receipts: '&receiptId, status',
      discrepancies: '&discrepancyId, receiptId',
      photos: '&photoId, [receiptId+unitId]',
      journal: '&seq, &eventId, [syncState+seq], asnId, commandId',
    })
    .upgrade(upgradeToV3);
  return db;
}

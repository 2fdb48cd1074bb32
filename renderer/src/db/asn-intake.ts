import type { Transaction } from 'dexie';
import { describeDiff, isEmptyDiff } from '../domain/asn/asn-revision';
import type { AsnSource, CanonicalAsn } from '../domain/asn/canonical-asn';
import { isCurrentContentHash } from '../domain/asn/content-hash';
import { asnSummaryOf, canonicalFromRows, ofAsn } from './asn-rows';
import { prepareAsns, type IntakeProgress, type PreparedAsn } from './prepare-asns';
import { effectiveNext, isBareCancellation, reviseAsn } from './asn-revise';
import { announceExpectedUnitsChanged } from './expected-units-feed';
import type { AsnRow, DocksideDb, RevisionSummary } from './schema';

/**
 * Station intake (issue 4, item 4): canonical ASNs from a file or an ERP page go into the station in ONE
 * strict-durability transaction, so a file is stored whole or not at all. Per ASN:
 * - new → version 1;
 * - same content (same hash) → nothing is written: importing a file twice changes nothing;
 * - older sender version than stored → ignored (a late re-delivery never rolls an ASN back);
 * - changed → version + 1 with its diff; received units and counts are kept; conflicts flagged;
 * - cancelled → marked cancelled, units kept (flagged when any were received).
 * Rows are prepared before the transaction opens: it then only reads what revisions need, and writes.
 */
export type IntakeOutcome = 'added' | 'revised' | 'unchanged' | 'stale';

export interface IntakeResult {
  readonly asnId: string;
  readonly outcome: IntakeOutcome;
  readonly version: number;
  readonly changes: number;
  readonly conflicts: number;
}

export interface IntakeOptions {
  /** For the report only: each ASN carries its own source. */
  readonly source?: Pick<AsnSource, 'format' | 'origin'>;
  readonly now?: () => Date;
  /** Called every 5,000 lines prepared, then when writing starts and when it has committed. */
  readonly onProgress?: (progress: IntakeProgress) => void;
}

export async function storeImportedAsns(
  db: DocksideDb,
  asns: readonly CanonicalAsn[],
  options: IntakeOptions = {},
): Promise<IntakeResult[]> {
  return storePreparedAsns(db, await prepareAsns(asns, options.onProgress), options);
}

/** The write half, for ASNs prepared elsewhere (the parse worker prepares files off the page's thread). */
export async function storePreparedAsns(
  db: DocksideDb,
  prepared: readonly PreparedAsn[],
  options: Omit<IntakeOptions, 'source'> = {},
): Promise<IntakeResult[]> {
  const storedAt = (options.now ?? (() => new Date()))().toISOString();
  const totalLines = prepared.reduce((n, p) => n + p.asn.lines.length, 0);
  options.onProgress?.({ phase: 'writing', linesPrepared: totalLines, totalLines });
  const results = await db.transaction('rw', intakeTables(db), (tx) =>
    allOrNothing(tx, () => writePreparedAsns(boundTables(tx), prepared, storedAt)),
  );
  options.onProgress?.({ phase: 'stored', linesPrepared: totalLines, totalLines });
  announceStored(db, prepared, results);
  return results;
}

/**
 * Tells every window's scan index which ASNs now have other expected units, after the commit, never before.
 * This window's index gets the rows just written; a bare cancellation kept the stored rows, so it re-reads.
 */
export function announceStored(
  db: DocksideDb,
  prepared: readonly PreparedAsn[],
  results: readonly IntakeResult[],
): void {
  const changed = new Set(
    results.filter((r) => r.outcome !== 'unchanged' && r.outcome !== 'stale').map((r) => r.asnId),
  );
  const written = prepared.filter((p) => changed.has(p.asn.asnId));
  const replaced = written.filter((p) => !isBareCancellation(p.asn));
  announceExpectedUnitsChanged(
    db.name,
    replaced.map((p) => p.asn.asnId),
    replaced.flatMap((p) => p.rows),
  );
  announceExpectedUnitsChanged(
    db.name,
    written.filter((p) => isBareCancellation(p.asn)).map((p) => p.asn.asnId),
  );
}

export function intakeTables(db: DocksideDb) {
  return [db.asns, db.expectedUnits, db.unitStates, db.revisions];
}

/**
 * The intake's tables bound to its transaction. Dexie otherwise finds the transaction through a zone that
 * follows `await`; an async function returning another one's promise un-awaited loses it, and every later
 * write then runs in its own auto-committed transaction: seen here as half a file committed after a failure.
 * Bound tables cannot escape the transaction, whatever the code between them does.
 */
export type IntakeTables = Pick<DocksideDb, 'asns' | 'expectedUnits' | 'unitStates' | 'revisions'>;

export function boundTables(tx: Transaction): IntakeTables {
  return {
    asns: tx.table('asns') as DocksideDb['asns'],
    expectedUnits: tx.table('expectedUnits') as DocksideDb['expectedUnits'],
    unitStates: tx.table('unitStates') as DocksideDb['unitStates'],
    revisions: tx.table('revisions') as DocksideDb['revisions'],
  };
}

/**
 * Runs `write` and aborts the transaction at once if it fails: Dexie aborts on a rejected scope too, but an
 * explicit abort does not depend on how the error travelled (a rejection from a storage layer, a thrown bug).
 */
export async function allOrNothing<T>(tx: Transaction, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (tx.active) tx.abort();
    throw error;
  }
}

/** Writes through tables bound to the caller's transaction (storeAsnPage adds the cursor to the same one). */
export async function writePreparedAsns(
  db: IntakeTables,
  prepared: readonly PreparedAsn[],
  storedAt: string,
): Promise<IntakeResult[]> {
  const results: IntakeResult[] = [];
  for (const p of prepared) results.push(await writeOne(db, p, storedAt));
  return results;
}

async function writeOne(db: IntakeTables, p: PreparedAsn, storedAt: string): Promise<IntakeResult> {
  const { asn } = p;
  const existing = await db.asns.get(asn.asnId);
  if (!existing) {
    await db.expectedUnits.bulkPut(p.rows);
    const summary = revisionSummary(1, asn, storedAt, [], 0);
    await db.asns.add({
      ...asnSummaryOf(asn),
      version: 1,
      unitCount: asn.units.length,
      receivedUnitCount: 0,
      storedAt,
      contentHash: p.hash,
      revisions: [summary],
      conflicts: [],
    });
    return { asnId: asn.asnId, outcome: 'added', version: 1, changes: 0, conflicts: 0 };
  }
  const unchanged = { asnId: asn.asnId, version: existing.version, changes: 0, conflicts: 0 };
  if (existing.contentHash === p.hash) return { ...unchanged, outcome: 'unchanged' };
  if (asn.version < existing.senderVersion) return { ...unchanged, outcome: 'stale' };
  return revise(db, existing, p, storedAt);
}

async function revise(db: IntakeTables, existing: AsnRow, p: PreparedAsn, storedAt: string): Promise<IntakeResult> {
  const range = ofAsn(existing.asnId);
  const oldRows = db.expectedUnits.where(':id').between(range[0], range[1], true, true);
  const states = await db.unitStates.where(':id').between(range[0], range[1], true, true).toArray();
  const previous = canonicalFromRows(existing, await oldRows.toArray());
  const next = effectiveNext(previous, p.asn);
  const bare = next !== p.asn;
  const newVersion = existing.version + 1;
  const revision = reviseAsn(existing, previous, next, states, newVersion);
  // A row without a current hash (migrated from v1, or hashed before SHA-256) with nothing changed is a baseline,
  // not a revision: store the new hash, keep the version.
  const baseline = !isCurrentContentHash(existing.contentHash) && isEmptyDiff(revision.diff);
  const version = baseline ? existing.version : newVersion;

  if (!bare) {
    await oldRows.delete();
    await db.expectedUnits.bulkPut(p.rows);
  }
  await db.unitStates.bulkPut(revision.states);
  const changes = describeDiff(revision.diff);
  const raised = revision.conflicts.map((c) => ({ ...c, version, raisedAt: storedAt }));
  await db.asns.put({
    ...asnSummaryOf(next),
    version,
    unitCount: next.units.length,
    receivedUnitCount: revision.receivedAnnounced,
    lineCount: next.lines.length,
    storedAt,
    contentHash: p.hash,
    revisions: baseline
      ? existing.revisions
      : [...existing.revisions, revisionSummary(version, next, storedAt, changes, raised.length)],
    conflicts: [...existing.conflicts, ...raised],
  });
  if (!baseline) {
    await db.revisions.put({
      asnId: existing.asnId,
      version,
      storedAt,
      diff: revision.diff,
      conflicts: revision.conflicts,
    });
  }
  return {
    asnId: existing.asnId,
    outcome: baseline ? 'unchanged' : 'revised',
    version,
    changes: changes.length,
    conflicts: raised.length,
  };
}

/** The first few sentences travel with the ASN row; the inbound screen opens `revisions` for the rest. */
const SUMMARY_CHANGES = 20;

function revisionSummary(
  version: number,
  asn: CanonicalAsn,
  storedAt: string,
  changes: readonly string[],
  conflictCount: number,
): RevisionSummary {
  return {
    version,
    senderVersion: asn.version,
    storedAt,
    source: asn.source,
    changes: changes.slice(0, SUMMARY_CHANGES),
    changeCount: changes.length,
    conflictCount,
  };
}

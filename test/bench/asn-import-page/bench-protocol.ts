/** The two EDI formats the benchmark imports; each generated with 100,000 lines. */
export type BenchFormat = 'x12-856' | 'edifact-desadv';

/** One import of one generated file into a fresh database, timed in the page (ms, performance.now). */
export interface ImportRun {
  readonly format: BenchFormat;
  readonly lines: number;
  readonly units: number;
  /** Expected-unit rows written (schema v3: one per scannable top unit). */
  readonly rows: number;
  readonly bytes: number;
  /** Intake worker: text posted, importer and validateCanonicalAsn, until its first "preparing" progress. */
  readonly workerReadMs: number;
  /** Intake worker: content hash and rows, until its "writing" progress. */
  readonly workerPrepareMs: number;
  /** Intake worker: the strict-durability transaction until committed and its report back on the page. */
  readonly writeMs: number;
  /** The first SSCC lookup after the commit (the station is ready to scan). */
  readonly firstLookupMs: number;
  readonly totalMs: number;
  /** After the commit, until the in-memory scan index of a running station holds the new ASN (not in total). */
  readonly indexUpdateMs: number;
  /** The longest task on the page's thread during the import (Long Tasks API, > 50 ms), 0 when none. */
  readonly longestBlockMs: number;
  /** All long tasks on the page's thread during the import, summed. */
  readonly blockedMs: number;
}

/** Where storeImportedAsns spends its time, each step measured apart from the import (one run each). */
export interface PrepareProfile {
  readonly format: BenchFormat;
  readonly hashMs: number;
  readonly rowsMs: number;
  readonly rows: number;
  /** expectedUnits.bulkPut alone, in a strict transaction of its own on a fresh database. */
  readonly rowsWriteMs: number;
}

export interface LookupRun {
  readonly storedAsns: number;
  readonly storedLines: number;
  readonly storedUnits: number;
  /** The scan path's lookups: the in-memory index (expected-index.ts). */
  readonly ssccMs: readonly number[];
  readonly gtinMs: readonly number[];
  /** The same lookups through IndexedDB, the path taken before the index is ready or when it misses. */
  readonly ssccDbMs: readonly number[];
  readonly gtinDbMs: readonly number[];
  /** Lines found per GTIN lookup, summed: proves the lookups found something. */
  readonly gtinLinesFound: number;
  /** startExpectedIndex until ready, over everything stored. */
  readonly indexBuildMs: number;
  /** JS heap the index holds: released when it is dropped (Chromium performance.memory after a GC), or null. */
  readonly indexHeapBytes: number | null;
  /** False when performance.now() is coarsened to 0.1 ms (TRAPS.md). */
  readonly crossOriginIsolated: boolean;
}

export interface AsnImportBenchPage {
  /** Generates the file text for the format (not timed; cached for later runs). Returns its size in bytes. */
  prepare(format: BenchFormat): number;
  importRun(format: BenchFormat, run: number): Promise<ImportRun>;
  profilePrepare(format: BenchFormat): Promise<PrepareProfile>;
  /** Stores every prepared format in one fresh database, then times `count` random SSCC and GTIN lookups. */
  lookups(count: number, warmups: number, seed: number): Promise<LookupRun>;
}

/** The two EDI formats the benchmark imports; each generated with 100,000 lines. */
export type BenchFormat = 'x12-856' | 'edifact-desadv';

/** One import of one generated file into a fresh database, timed in the page (ms, performance.now). */
export interface ImportRun {
  readonly format: BenchFormat;
  readonly lines: number;
  readonly units: number;
  readonly bytes: number;
  /** Importer: text → canonical ASN (tokenise, envelope, hierarchy, the importer's own checks). */
  readonly parseMs: number;
  /** validateCanonicalAsn, as importAsnFile runs it after every importer. */
  readonly validateMs: number;
  /** storeImportedAsns until its 'writing' progress: content hash and rows, before the transaction opens. */
  readonly prepareMs: number;
  /** From 'writing' until the strict-durability transaction has committed. */
  readonly writeMs: number;
  /** The first SSCC lookup after the commit (the station is ready to scan). */
  readonly firstLookupMs: number;
  readonly totalMs: number;
}

/** Where storeImportedAsns spends its time, each step measured apart from the import (one run each). */
export interface PrepareProfile {
  readonly format: BenchFormat;
  readonly hashMs: number;
  readonly unitRowsMs: number;
  readonly lineBlockRowsMs: number;
  readonly unitRows: number;
  /** units.bulkPut alone, in a strict transaction of its own on a fresh database. */
  readonly unitsWriteMs: number;
  readonly lineBlocks: number;
  /** lineBlocks.bulkPut alone, likewise. */
  readonly lineBlocksWriteMs: number;
}

export interface LookupRun {
  readonly storedAsns: number;
  readonly storedLines: number;
  readonly storedUnits: number;
  readonly ssccMs: readonly number[];
  readonly gtinMs: readonly number[];
  /** Lines found per GTIN lookup, summed: proves the lookups found something. */
  readonly gtinLinesFound: number;
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

/** What the benchmark page is told to build and measure (test/bench/scan-feedback.bench.ts sets the figures). */
export interface SeedOptions {
  readonly pallets: number;
  readonly cartonsPerPallet: number;
  readonly linesPerCarton: number;
  /** Journal events of earlier receipts (other ASNs) written before the measured ASN arrives. */
  readonly journalEvents: number;
  readonly seed: number;
}

/** The seeded database, and how long each part took (ms; nothing of it is in the scan timings). */
export interface SeedReport {
  readonly expectedLines: number;
  readonly expectedUnits: number;
  readonly expectedUnitRows: number;
  readonly journalEvents: number;
  readonly historyAsns: number;
  /** Distinct event shapes the history was built from (taken from the dock commands' own output). */
  readonly templates: readonly { readonly type: string; readonly units: number; readonly contents: number }[];
  readonly journalBytes: number;
  readonly generateAsnMs: number;
  readonly storeAsnMs: number;
  /** ReceivingEvent.parse of every history row, before it is written. */
  readonly validateMs: number;
  readonly journalWriteMs: number;
  readonly totalMs: number;
  /** navigator.storage.estimate() after seeding: the origin's usage, IndexedDB included. */
  readonly storageBytes: number | null;
}

export interface RunOptions {
  /** Untimed scans first: JIT, Dexie and IndexedDB caches warm, as on a station that has been scanning. */
  readonly warmups: number;
  readonly warmupDuplicates: number;
  readonly scans: number;
  /** Cartons of pallets received earlier in the run, scanned again: the duplicate-scan path. */
  readonly duplicates: number;
  /** Scans timed apart: the dock command alone (receiveSscc until its strict transaction committed). */
  readonly commandOnly: number;
  /** Share of distinct scans that are pallets (the rest are single cartons of pallets nobody scans). */
  readonly palletShare: number;
  /** Random pause before each scan (ms): scans arrive at any point of the display's frame, not just after one. */
  readonly gapMs: readonly [number, number];
  readonly seed: number;
}

export type ScanKind = 'pallet' | 'carton' | 'duplicate';

/** One scan, timed on the page from the moment the raw scan is handed to the scan path (ms). */
export interface ScanSample {
  readonly kind: ScanKind;
  readonly sscc: string;
  /** readSsccScan. */
  readonly parseMs: number;
  /** receiveSscc: machines, journal, projections, snapshots, until the strict transaction committed. */
  readonly commandMs: number;
  /** Writing the announcement into the feedback element. */
  readonly domMs: number;
  /** From the DOM write until the next requestAnimationFrame callback. */
  readonly frameWaitMs: number;
  /** Scan → requestAnimationFrame after the DOM write: "visible", the benchmark's headline. */
  readonly visibleMs: number;
  /** Scan → a message posted from that rAF callback: that frame's style, layout and paint have run too. */
  readonly paintedMs: number;
  readonly events: number;
  readonly tone: string;
}

/** One scan of the command-only phase: receiveSscc alone, nothing drawn. */
export interface CommandSample {
  readonly kind: ScanKind;
  readonly sscc: string;
  readonly commandMs: number;
  readonly events: number;
}

/** What the end-of-run check found in the journal (the page throws when it is wrong; this is for the report). */
export interface JournalCheck {
  readonly journalRows: number;
  readonly lastSeq: number;
  readonly unitReceivedOfAsn: number;
  readonly receivedScans: number;
  readonly duplicateDiscrepancies: number;
  readonly duplicateScans: number;
  readonly historyRows: number;
}

export interface RunReport {
  readonly warmups: readonly ScanSample[];
  readonly samples: readonly ScanSample[];
  readonly commandOnly: readonly CommandSample[];
  readonly check: JournalCheck;
  /** Long tasks (> 50 ms) on the page's thread during the timed scans. */
  readonly longTasks: readonly { readonly startMs: number; readonly durationMs: number }[];
  /** False when performance.now() is coarsened to 0.1 ms (TRAPS.md). */
  readonly crossOriginIsolated: boolean;
  /** The interval between animation frames measured on the page (median of 60), ms. */
  readonly frameIntervalMs: number;
}

/** A command timed operation by operation, through a DBCore middleware on a connection of its own. */
export interface ProfileReport {
  readonly scans: number;
  /** Per operation (table + type + how), summed over the profiled scans: count and time (ms). */
  readonly operations: readonly {
    readonly op: string;
    readonly count: number;
    readonly totalMs: number;
    readonly maxMs: number;
  }[];
  /** Per scan: the command, the time its requests were in flight, and the wait from its last request to commit. */
  readonly perScan: readonly {
    readonly kind: ScanKind;
    readonly commandMs: number;
    readonly requestMs: number;
    readonly commitWaitMs: number;
    readonly requests: number;
  }[];
  /**
   * The same requests a pallet scan makes one after another, against the batched form, in a strict transaction
   * on the seeded database that is then aborted (nothing is kept): medians of `repeats`, ms.
   */
  readonly roundTrips: readonly {
    readonly what: string;
    readonly calls: number;
    readonly sequentialMs: number;
    readonly batchedMs: number;
  }[];
  readonly repeats: number;
}

export interface ScanFeedbackBenchPage {
  seed(options: SeedOptions): Promise<SeedReport>;
  run(options: RunOptions): Promise<RunReport>;
  profile(scans: number, seed: number): Promise<ProfileReport>;
  drop(): Promise<void>;
}

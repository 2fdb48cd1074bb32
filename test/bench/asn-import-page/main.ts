import Dexie from 'dexie';
import type { AsnImporter } from '../../../renderer/src/domain/asn/asn-importer';
import type { CanonicalAsn } from '../../../renderer/src/domain/asn/canonical-asn';
import { asnContentHash } from '../../../renderer/src/domain/asn/content-hash';
import { edifactDesadvImporter } from '../../../renderer/src/domain/asn/edifact/desadv-importer';
import { writeDesadv } from '../../../renderer/src/domain/asn/edifact/write-desadv';
import { validateCanonicalAsn } from '../../../renderer/src/domain/asn/validate-asn';
import { writeX12_856 } from '../../../renderer/src/domain/asn/x12/write-856';
import { x12AsnImporter } from '../../../renderer/src/domain/asn/x12/x12-asn-importer';
import { storeImportedAsns } from '../../../renderer/src/db/asn-intake';
import { importFilesInWorker } from '../../../renderer/src/ui/inbound/intake/intake-client';
import { expectedUnitRows } from '../../../renderer/src/db/expected-unit-rows';
import {
  startExpectedIndex,
  type ExpectedIndex,
  type LiveExpectedIndex,
} from '../../../renderer/src/db/expected-index';
import { openDocksideDb, type DocksideDb } from '../../../renderer/src/db/schema';
import { generateDesadvAsn } from '../desadv-parse.bench';
import { largeAsn } from '../x12-parse.bench';
import type { AsnImportBenchPage, BenchFormat, ImportRun, LookupRun, PrepareProfile } from './bench-protocol';

/**
 * The benchmark page (issue 4, item 7): the station's own import path in Chromium with real IndexedDB. The file
 * text is generated here (not timed); each run then takes the app's path into a database of its own: the intake
 * worker (importer, validateCanonicalAsn, content hash, expected-unit rows, one strict-durability transaction
 * through its own connection) → the first SSCC lookup on the page; long tasks on the page's thread are recorded
 * until the page's scan index holds the new ASN.
 * The lookups are the scan path's: the in-memory index (expected-index.ts), and apart, the IndexedDB path it
 * falls back to (`expectedUnits` by the multi-entry `ssccs` and `gtins` indexes, as the dock commands read).
 */
interface Prepared {
  readonly text: string;
  readonly bytes: number;
  readonly fileName: string;
  readonly importer: AsnImporter;
  /** The ASN as the importer reads it back, kept for the lookup database and the profile. */
  parsed?: CanonicalAsn;
}

const prepared = new Map<BenchFormat, Prepared>();

function generate(format: BenchFormat): Prepared {
  if (format === 'x12-856') {
    const text = writeX12_856([largeAsn()], { element: '*', component: '>', segment: '~' }, { lineBreaks: true });
    return { text, bytes: new TextEncoder().encode(text).length, fileName: 'bench.x12', importer: x12AsnImporter };
  }
  const text = writeDesadv([generateDesadvAsn()], undefined, { preparedAt: new Date(Date.UTC(2026, 0, 1)) });
  return { text, bytes: new TextEncoder().encode(text).length, fileName: 'bench.edi', importer: edifactDesadvImporter };
}

function preparedOf(format: BenchFormat): Prepared {
  let p = prepared.get(format);
  if (!p) prepared.set(format, (p = generate(format)));
  return p;
}

/** importAsnFile's steps, apart so each can be timed: read, then the shared validation, warnings merged. */
function read(p: Prepared): CanonicalAsn {
  const result = p.importer.read({ text: p.text, fileName: p.fileName });
  if (!result.ok) throw new Error(`import rejected: ${result.errors[0]?.message ?? '?'}`);
  const [asn, ...more] = result.asns;
  if (!asn || more.length > 0) throw new Error(`expected one ASN, read ${result.asns.length}`);
  return asn;
}

function validated(asn: CanonicalAsn): CanonicalAsn {
  const validation = validateCanonicalAsn(asn);
  if (validation.errors.length > 0) throw new Error(`invalid: ${validation.errors[0]?.message ?? '?'}`);
  return validation.warnings.length > 0 ? { ...asn, warnings: [...asn.warnings, ...validation.warnings] } : asn;
}

async function freshDb(name: string): Promise<DocksideDb> {
  await Dexie.delete(name);
  const db = openDocksideDb(name);
  await db.open();
  return db;
}

async function ssccLookup(db: DocksideDb, sscc: string) {
  const rows = await db.expectedUnits.where('ssccs').equals(sscc).toArray();
  return rows.flatMap((r) => r.units.filter((u) => u.sscc === sscc));
}

async function gtinLookup(db: DocksideDb, gtin: string) {
  const rows = await db.expectedUnits.where('gtins').equals(gtin).toArray();
  return rows.flatMap((r) => r.lines.filter((l) => l.gtin === gtin));
}

/**
 * Long tasks on the page's thread (Long Tasks API: anything over 50 ms) while the import runs: how long a scan
 * could wait for its feedback. Entries are delivered asynchronously, so `stop` reads the queue before leaving.
 */
function watchLongTasks(): { stop(): { longest: number; total: number } } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return { longest: Math.max(0, ...durations), total: durations.reduce((a, b) => a + b, 0) };
    },
  };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** The JS heap after a full GC (needs --js-flags=--expose-gc and --enable-precise-memory-info), or null. */
function heapAfterGc(): number | null {
  const w = window as unknown as { gc?: () => void; performance: { memory?: { usedJSHeapSize: number } } };
  if (!w.gc || !w.performance.memory) return null;
  w.gc();
  return w.performance.memory.usedJSHeapSize;
}

/** mulberry32: deterministic, so every run asks for the same SSCCs and GTINs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const page: AsnImportBenchPage = {
  prepare(format) {
    const p = preparedOf(format);
    // Read once here, untimed, on the page: the runs take the probe SSCC from it.
    p.parsed ??= validated(read(p));
    return p.bytes;
  },

  async importRun(format, run): Promise<ImportRun> {
    const p = preparedOf(format);
    const name = `asn-import-bench-${format}-${run}`;
    const db = await freshDb(name);
    // A running station's scan index, as the app starts it: it hears the intake's announcement after the commit.
    const live = startExpectedIndex(db);
    try {
      await live.ready;
      const blocked = watchLongTasks();
      const started = performance.now();
      // The app's path (use-asn-intake.ts): the intake worker reads, validates, hashes, builds rows and stores
      // them through its own connection; the page hears the progress, then the commit.
      let preparingAt = Number.NaN;
      let writingAt = Number.NaN;
      const reports = await importFilesInWorker([{ name: p.fileName, text: p.text }], db, (progress) => {
        if (progress.phase === 'preparing' && Number.isNaN(preparingAt)) preparingAt = performance.now();
        if (progress.phase === 'writing' && Number.isNaN(writingAt)) writingAt = performance.now();
      });
      const storedAt = performance.now();
      const report = reports[0];
      if (report?.kind !== 'stored' || report.asns[0]?.outcome !== 'added') {
        throw new Error(`intake said ${JSON.stringify(report).slice(0, 300)}`);
      }
      const asn = p.parsed;
      if (!asn) throw new Error('prepare() was not called');
      const probe = asn.units[Math.floor(asn.units.length / 2)]?.sscc ?? '';
      const lookupAt = performance.now();
      const found = await ssccLookup(db, probe);
      const readyAt = performance.now();
      // The page's scan index hears the worker's commit on the BroadcastChannel and reads the rows in pages.
      await until(() => live.index.findSscc(probe).length === 1, 60_000);
      const indexedAt = performance.now();
      const longTasks = blocked.stop();
      if (found.length !== 1) throw new Error(`SSCC ${probe} not found after the import`);
      return {
        format,
        lines: asn.lines.length,
        units: asn.units.length,
        rows: await db.expectedUnits.count(),
        bytes: p.bytes,
        workerReadMs: preparingAt - started,
        workerPrepareMs: writingAt - preparingAt,
        writeMs: storedAt - writingAt,
        firstLookupMs: readyAt - lookupAt,
        // The probe's SSCC is picked between the commit and the lookup, from a parse kept out of the timing.
        totalMs: storedAt - started + (readyAt - lookupAt),
        indexUpdateMs: indexedAt - storedAt,
        longestBlockMs: longTasks.longest,
        blockedMs: longTasks.total,
      };
    } finally {
      live.stop();
      db.close();
      await Dexie.delete(name);
    }
  },

  async profilePrepare(format): Promise<PrepareProfile> {
    const asn = preparedOf(format).parsed ?? read(preparedOf(format));
    const t0 = performance.now();
    await asnContentHash(asn);
    const t1 = performance.now();
    const rows = expectedUnitRows(asn);
    const t2 = performance.now();
    // The transaction's one bulk write apart, in a strict transaction of its own on a fresh database.
    const name = `asn-import-bench-profile-${format}`;
    const db = await freshDb(name);
    try {
      const t3 = performance.now();
      await db.transaction('rw', db.expectedUnits, () => db.expectedUnits.bulkPut(rows));
      const t4 = performance.now();
      return { format, hashMs: t1 - t0, rowsMs: t2 - t1, rows: rows.length, rowsWriteMs: t4 - t3 };
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  },

  async lookups(count, warmups, seed): Promise<LookupRun> {
    const asns = [...prepared.values()].map((p) => p.parsed ?? validated(read(p)));
    const db = await freshDb('asn-import-bench-lookups');
    try {
      await storeImportedAsns(db, asns);
      const ssccs = asns.flatMap((a) => a.units.flatMap((u) => (u.sscc === undefined ? [] : [u.sscc])));
      const gtins = [...new Set(asns.flatMap((a) => a.lines.flatMap((l) => (l.gtin === undefined ? [] : [l.gtin]))))];
      const b0 = performance.now();
      let live: LiveExpectedIndex | null = startExpectedIndex(db);
      await live.ready;
      const indexBuildMs = performance.now() - b0;
      let index: ExpectedIndex | null = live.index;
      const next = random(seed);
      const pick = (from: readonly string[]): string => from[Math.floor(next() * from.length)] ?? '';
      for (let i = 0; i < warmups; i++) {
        index.findSscc(pick(ssccs));
        index.findGtin(pick(gtins));
        await ssccLookup(db, pick(ssccs));
        await gtinLookup(db, pick(gtins));
      }
      const ssccMs: number[] = [];
      const gtinMs: number[] = [];
      const ssccDbMs: number[] = [];
      const gtinDbMs: number[] = [];
      let gtinLinesFound = 0;
      for (let i = 0; i < count; i++) {
        const sscc = pick(ssccs);
        const s0 = performance.now();
        const hits = index.findSscc(sscc);
        ssccMs.push(performance.now() - s0);
        if (hits.length !== 1) throw new Error(`SSCC ${sscc}: ${hits.length} hits in the index`);
        const gtin = pick(gtins);
        const g0 = performance.now();
        const lines = index.findGtin(gtin);
        gtinMs.push(performance.now() - g0);
        if (lines.length === 0) throw new Error(`GTIN ${gtin}: no lines in the index`);
        gtinLinesFound += lines.length;

        const d0 = performance.now();
        const units = await ssccLookup(db, sscc);
        ssccDbMs.push(performance.now() - d0);
        if (units.length !== 1) throw new Error(`SSCC ${sscc}: ${units.length} units in IndexedDB`);
        const e0 = performance.now();
        const dbLines = await gtinLookup(db, gtin);
        gtinDbMs.push(performance.now() - e0);
        if (dbLines.length !== lines.length) throw new Error(`GTIN ${gtin}: index and IndexedDB disagree`);
      }
      // The index's size: what the heap gives back when it is dropped (a before/after of building it also counts
      // whatever the earlier steps left for the collector).
      const heapWith = heapAfterGc();
      live.stop();
      live = null;
      index = null;
      const heapWithout = heapAfterGc();
      return {
        storedAsns: asns.length,
        storedLines: asns.reduce((n, a) => n + a.lines.length, 0),
        storedUnits: ssccs.length,
        ssccMs,
        gtinMs,
        ssccDbMs,
        gtinDbMs,
        gtinLinesFound,
        indexBuildMs,
        indexHeapBytes: heapWith === null || heapWithout === null ? null : heapWith - heapWithout,
        crossOriginIsolated: window.crossOriginIsolated,
      };
    } finally {
      db.close();
      await Dexie.delete('asn-import-bench-lookups');
    }
  },
};

declare global {
  interface Window {
    asnImportBench?: AsnImportBenchPage;
  }
}
window.asnImportBench = page;
document.title = 'asn import bench ready';

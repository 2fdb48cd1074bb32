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
import { expectedUnitRows } from '../../../renderer/src/db/asn-rows';
import { startExpectedIndex } from '../../../renderer/src/db/expected-index';
import { openDocksideDb, type DocksideDb } from '../../../renderer/src/db/schema';
import { generateDesadvAsn } from '../desadv-parse.bench';
import { largeAsn } from '../x12-parse.bench';
import type { AsnImportBenchPage, BenchFormat, ImportRun, LookupRun, PrepareProfile } from './bench-protocol';

/**
 * The benchmark page (issue 4, item 7): the station's own import path in Chromium with real IndexedDB. The file
 * text is generated here (not timed); each run then goes text → importer → validateCanonicalAsn →
 * storeImportedAsns (one strict-durability transaction) → the first SSCC lookup, into a database of its own.
 * The lookups are the scan path's: the in-memory index (expected-index.ts), and apart, the IndexedDB path it
 * falls back to (`expectedUnits` by the multi-entry `ssccs` and `gtins` indexes, as receive-unit.ts reads).
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
    return preparedOf(format).bytes;
  },

  async importRun(format, run): Promise<ImportRun> {
    const p = preparedOf(format);
    const name = `asn-import-bench-${format}-${run}`;
    const db = await freshDb(name);
    // A running station's scan index, as the app starts it: it hears the intake's announcement after the commit.
    const live = startExpectedIndex(db);
    try {
      await live.ready;
      const started = performance.now();
      const parsedAsn = read(p);
      const parsedAt = performance.now();
      const asn = validated(parsedAsn);
      const validatedAt = performance.now();
      let writingAt = Number.NaN;
      const results = await storeImportedAsns(db, [asn], {
        source: { format, origin: p.fileName },
        onProgress: (progress) => {
          if (progress.phase === 'writing') writingAt = performance.now();
        },
      });
      const storedAt = performance.now();
      const probe = asn.units[Math.floor(asn.units.length / 2)]?.sscc ?? '';
      const found = await ssccLookup(db, probe);
      const readyAt = performance.now();
      await live.settled();
      const indexedAt = performance.now();
      if (results[0]?.outcome !== 'added') throw new Error(`intake said ${results[0]?.outcome ?? 'nothing'}`);
      if (found.length !== 1) throw new Error(`SSCC ${probe} not found after the import`);
      if (live.index.findSscc(probe).length !== 1) throw new Error(`SSCC ${probe} not in the scan index`);
      p.parsed = asn;
      return {
        format,
        lines: asn.lines.length,
        units: asn.units.length,
        rows: await db.expectedUnits.count(),
        bytes: p.bytes,
        parseMs: parsedAt - started,
        validateMs: validatedAt - parsedAt,
        prepareMs: writingAt - validatedAt,
        writeMs: storedAt - writingAt,
        firstLookupMs: readyAt - storedAt,
        totalMs: readyAt - started,
        indexUpdateMs: indexedAt - storedAt,
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
    asnContentHash(asn);
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
      const heapBefore = heapAfterGc();
      const b0 = performance.now();
      const live = startExpectedIndex(db);
      await live.ready;
      const indexBuildMs = performance.now() - b0;
      const heapAfter = heapAfterGc();
      const { index } = live;
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
      live.stop();
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
        indexHeapBytes: heapBefore === null || heapAfter === null ? null : heapAfter - heapBefore,
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

import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e-web/chromium';
import type { BenchResult } from './bench-result';
import type { BenchFormat, ImportRun, LookupRun, PrepareProfile } from './asn-import-page/bench-protocol';
import { buildAsnImportPage, serveIsolated } from './asn-import-page/serve';

/**
 * ASN import into IndexedDB in Debian's Chromium (issue 4, item 7). A generated 100,000-line X12 856 (1,000
 * pallets × 10 cartons × 10 lines, x12-parse.bench.ts) and a 100,000-line DESADV (5,000 pallets × 20 lines,
 * desadv-parse.bench.ts), each imported RUNS times into a fresh database the app's way: file text in hand → the
 * intake worker (importer, validateCanonicalAsn, content hash, rows, one strict-durability transaction committed
 * through its own connection) → the first SSCC lookup answered on the page, long tasks on the page recorded. Median run reported, with its split. Then both ASNs (200,000 lines) in one database and
 * LOOKUPS random SSCC and GTIN lookups the scan path's way (the in-memory index), and apart through IndexedDB:
 * median and p99, with the index's build time and heap size. Every run goes to
 * docs/bench/asn-import.json with the machine's load average. Timings are never asserted; the page throws when
 * an import does not read back whole or a lookup finds nothing.
 */
const FORMATS: readonly BenchFormat[] = ['x12-856', 'edifact-desadv'];
const RUNS = 3;
const LOOKUPS = 2_000;
const LOOKUP_WARMUPS = 200;

export async function benchAsnImport(): Promise<BenchResult[]> {
  const outDir = await buildAsnImportPage();
  const server = await serveIsolated(outDir);
  // expose-gc and precise memory info: the scan index's heap size is read after a full GC.
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.asnImportBench !== undefined, undefined, { timeout: 30_000 });
    const loadBefore = os.loadavg();
    const imports: ImportRun[] = [];
    const profiles: PrepareProfile[] = [];
    for (const format of FORMATS) {
      await page.evaluate((f) => window.asnImportBench?.prepare(f), format);
      for (let run = 0; run < RUNS; run++) {
        imports.push(
          await page.evaluate(
            ([f, r]) => {
              const bench = window.asnImportBench;
              if (!bench) throw new Error('benchmark page not ready');
              return bench.importRun(f, r);
            },
            [format, run] as const,
          ),
        );
      }
      const profile = await page.evaluate(async (f) => window.asnImportBench?.profilePrepare(f), format);
      if (profile) profiles.push(profile);
    }
    const lookups = await page.evaluate(
      ([count, warmups]) => {
        const bench = window.asnImportBench;
        if (!bench) throw new Error('benchmark page not ready');
        return bench.lookups(count, warmups, 4);
      },
      [LOOKUPS, LOOKUP_WARMUPS] as const,
    );
    const loadAfter = os.loadavg();
    if (errors.length > 0) throw new Error(`benchmark page errors: ${errors.join('; ')}`);
    const load = `load avg ${loadBefore[0]?.toFixed(1) ?? '?'} → ${loadAfter[0]?.toFixed(1) ?? '?'} on ${os.cpus().length} cores`;
    await mkdir('docs/bench', { recursive: true });
    await writeFile(
      'docs/bench/asn-import.json',
      JSON.stringify({ load: { before: loadBefore, after: loadAfter }, imports, profiles, lookups }, null, 2) + '\n',
    );
    return [
      ...FORMATS.flatMap((f) =>
        importResults(
          imports.filter((r) => r.format === f),
          profiles.find((p) => p.format === f),
          load,
        ),
      ),
      ...lookupResults(lookups, load),
    ];
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

const LABEL: Readonly<Record<BenchFormat, string>> = { 'x12-856': 'X12 856', 'edifact-desadv': 'EDIFACT DESADV' };

function importResults(runs: readonly ImportRun[], profile: PrepareProfile | undefined, load: string): BenchResult[] {
  const median = [...runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(runs.length / 2)];
  if (!median) return [];
  const label = LABEL[median.format];
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  const size = `${median.lines.toLocaleString('en-US')} lines, ${median.units.toLocaleString('en-US')} SSCC units in ${median.rows.toLocaleString('en-US')} expected-unit rows, ${(median.bytes / 1e6).toFixed(1)} MB`;
  const split =
    `intake worker: read and validate ${s(median.workerReadMs)} s, hash and rows ${s(median.workerPrepareMs)} s` +
    (profile ? ` (on one thread apart: content hash ${s(profile.hashMs)} s, rows ${s(profile.rowsMs)} s)` : '') +
    `, strict transaction and report ${s(median.writeMs)} s` +
    (profile ? ` (the rows' bulkPut apart: ${s(profile.rowsWriteMs)} s)` : '') +
    `; page: first SSCC lookup ${median.firstLookupMs.toFixed(1)} ms; its scan index held the ASN ${s(median.indexUpdateMs)} s after the commit`;
  const conditions = `Chromium, real IndexedDB, fresh database, median of ${runs.length} (${runs.map((r) => s(r.totalMs)).join(' / ')} s); ${load}`;
  return [
    {
      name: `ASN import ${label} → IndexedDB`,
      value: Math.round(median.lines / (median.totalMs / 1000)),
      unit: 'lines/s',
      detail: `${size}, text → ready to scan in ${s(median.totalMs)} s: ${split}; ${conditions}`,
    },
    {
      name: `ASN import ${label} → IndexedDB, write only`,
      value: Math.round(median.lines / (median.writeMs / 1000)),
      unit: 'lines/s',
      detail: `the strict transaction in the intake worker and its report, on the median run: ${s(median.writeMs)} s`,
    },
    {
      name: `ASN import ${label}: longest block of the page's thread`,
      value: Math.round(median.longestBlockMs),
      unit: 'ms',
      detail: `Long Tasks API (> 50 ms) on the page while the median run imported; ${Math.round(median.blockedMs)} ms blocked in all over ${s(median.totalMs)} s; what a scan arriving meanwhile could wait for its feedback; ${load}`,
    },
  ];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function lookupResults(l: LookupRun, load: string): BenchResult[] {
  const stored = `${l.storedLines.toLocaleString('en-US')} lines and ${l.storedUnits.toLocaleString('en-US')} SSCC units stored in ${l.storedAsns} ASNs`;
  const timer = l.crossOriginIsolated ? 'cross-origin isolated timer' : 'timer coarsened to 0.1 ms';
  const ms = (v: number): number => Math.round(v * 1000) / 1000;
  const heap = l.indexHeapBytes === null ? 'heap not measured' : `${(l.indexHeapBytes / 1e6).toFixed(0)} MB of heap`;
  const index = `in-memory scan index (expected-index.ts; built in ${(l.indexBuildMs / 1000).toFixed(2)} s, ${heap})`;
  const perGtin = Math.round(l.gtinLinesFound / l.gtinMs.length);
  const results: BenchResult[] = [];
  for (const [what, samples, how] of [
    ['SSCC', l.ssccMs, `${index} → unit`],
    ['GTIN', l.gtinMs, `${index} → matching lines (${perGtin} per GTIN on average)`],
    ['SSCC lookup through IndexedDB', l.ssccDbMs, "fallback: expectedUnits.where('ssccs') → unit"],
    ['GTIN lookup through IndexedDB', l.gtinDbMs, "fallback: expectedUnits.where('gtins') → matching lines"],
  ] as const) {
    const detail = `${samples.length.toLocaleString('en-US')} random lookups, ${how}; ${stored}; Chromium, ${timer}; ${load}`;
    const name = what.includes(' ') ? what : `${what} lookup`;
    results.push(
      { name: `${name} median`, value: ms(percentile(samples, 50)), unit: 'ms', detail },
      { name: `${name} p99`, value: ms(percentile(samples, 99)), unit: 'ms', detail },
    );
  }
  return results;
}

import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchAsnImport } from './asn-import.bench';
import type { BenchResult } from './bench-result';
import { benchCameraDecode } from './camera-decode.bench';
import { benchDesadvParse } from './desadv-parse.bench';
import { benchErpIntake } from './erp-intake.bench';
import { benchGs1Parse } from './gs1-parse.bench';
import { benchScanFeedback } from './scan-feedback.bench';
import { benchWedgeAccuracy } from './wedge-accuracy.bench';
import { benchX12Parse } from './x12-parse.bench';

/**
 * `npm run bench`: runs every benchmark and writes docs/bench/report.json and docs/BENCHMARKS.md.
 * Figures are measured here, never asserted as timings inside tests. Later issues add their benchmarks to
 * the list below.
 */
const benchmarks: readonly { readonly name: string; readonly run: () => Promise<BenchResult[]> }[] = [
  { name: 'asn-import', run: benchAsnImport },
  { name: 'camera-decode', run: benchCameraDecode },
  { name: 'desadv-parse', run: benchDesadvParse },
  { name: 'erp-intake', run: benchErpIntake },
  { name: 'gs1-parse', run: benchGs1Parse },
  { name: 'scan-to-feedback', run: benchScanFeedback },
  { name: 'wedge-accuracy', run: benchWedgeAccuracy },
  { name: 'x12-parse', run: benchX12Parse },
];

// `npm run bench -- asn-import …` runs only the named benchmarks and prints them; the reports are written only
// by a full run, so docs/BENCHMARKS.md always shows one run of everything.
const only = process.argv.slice(2);
const unknown = only.filter((name) => !benchmarks.some((b) => b.name === name));
if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}`);
const results: BenchResult[] = [];
for (const bench of benchmarks) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.log(`bench: ${bench.name}…`);
  results.push(...(await bench.run()));
}
if (only.length > 0) {
  for (const r of results) console.log(`${r.name}: ${r.value} ${r.unit} (${r.detail})`);
  console.log(`filtered run (${only.join(', ')}): docs/BENCHMARKS.md and docs/bench/report.json left as they were`);
  process.exit(0);
}
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const measuredAt = new Date().toISOString();
await writeFile('docs/bench/report.json', JSON.stringify({ measuredAt, machine, results }, null, 2) + '\n');
const table = [
  '# Benchmarks',
  '',
  `Measured ${measuredAt} on ${machine} by \`npm run bench\` (machine-readable: [bench/report.json](bench/report.json)).`,
  '',
  '| benchmark | result | conditions |',
  '| --- | ---: | --- |',
  ...results.map((r) => `| ${r.name} | ${r.value.toLocaleString('en-US')} ${r.unit} | ${r.detail} |`),
  '',
];
await writeFile('docs/BENCHMARKS.md', table.join('\n'));
for (const r of results) console.log(`${r.name}: ${r.value} ${r.unit} (${r.detail})`);

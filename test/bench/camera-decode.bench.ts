import { mkdir, rm, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import type { DecoderName } from '../../renderer/src/camera/decoder-contract';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e-web/chromium';
import type { BenchResult } from './bench-result';
import type { PageRun } from './camera-page/bench-protocol';
import { buildBenchPage, serveDir } from './camera-page/serve';
import type { CameraRunStats } from './camera-stats';
import { cameraRunStats } from './camera-stats';

/**
 * Camera decoding in Debian's Chromium (issue 3, item 7): both decoders over the whole generated frame set
 * (test/support/camera-frames), each frame sent through the station's real decode worker under the station's
 * CSP. Per decoder: read rate (the expected raw, AIM identifier and GS included), false positives (any other
 * answer, or any answer on an empty frame), median and p95 decode time per 640×480 frame inside the worker.
 * Per-frame answers go to docs/bench/camera-decode.json. Timing is only as quiet as the machine: on a shared
 * CPU, run it again before trusting a change of a few milliseconds.
 */
const DECODERS: readonly DecoderName[] = ['zxing-wasm', 'zxing-js'];
const WARMUPS = 2;

export async function benchCameraDecode(): Promise<BenchResult[]> {
  const outDir = await buildBenchPage();
  const server = await serveDir(outDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.cameraBench !== undefined, undefined, { timeout: 30_000 });
    const runs: PageRun[] = [];
    for (const decoder of DECODERS) {
      runs.push(
        await page.evaluate(
          async ([name, warmups]) => {
            const bench = window.cameraBench;
            if (!bench) throw new Error('benchmark page not ready');
            return bench.run(name, warmups);
          },
          [decoder, WARMUPS] as const,
        ),
      );
    }
    if (errors.length > 0) throw new Error(`benchmark page errors: ${errors.join('; ')}`);
    const stats = runs.map(cameraRunStats);
    await mkdir('docs/bench', { recursive: true });
    await writeFile('docs/bench/camera-decode.json', JSON.stringify({ stats, runs }, null, 2) + '\n');
    return stats.flatMap(resultsOf);
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

function resultsOf(s: CameraRunStats): BenchResult[] {
  const frames = `${s.symbolFrames} symbol + ${s.emptyFrames} empty 640×480 frames, Chromium, decode worker`;
  return [
    {
      name: `camera ${s.decoder}: read rate`,
      value: Math.round((s.read / s.symbolFrames) * 1000) / 10,
      unit: '%',
      detail: `${s.read}/${s.symbolFrames} read with the exact raw; missed: ${s.missed.join(', ') || 'none'}`,
    },
    {
      name: `camera ${s.decoder}: false positives`,
      value: s.falsePositives,
      unit: 'frames',
      detail: `wrong raw or any read on an empty frame, of ${s.symbolFrames + s.emptyFrames}: ${s.wrong.join(', ') || 'none'}`,
    },
    {
      name: `camera ${s.decoder}: decode median`,
      value: round(s.medianMs),
      unit: 'ms/frame',
      detail: `${frames}; round trip median ${round(s.medianRoundTripMs)} ms`,
    },
    {
      name: `camera ${s.decoder}: decode p95`,
      value: round(s.p95Ms),
      unit: 'ms/frame',
      detail: `${frames}; max ${round(s.maxMs)} ms`,
    },
  ];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

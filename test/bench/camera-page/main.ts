import { startCameraDecodeWorker } from '../../../renderer/src/camera/decode-client';
import type { DecoderName } from '../../../renderer/src/camera/decoder-contract';
import type { CameraFrame } from '../../support/camera-frames';
import { cameraFrameDefinitions, renderCameraFrame } from '../../support/camera-frames';
import type { CameraBenchPage, PageFrameResult, PageRun } from './bench-protocol';

/**
 * The benchmark page: draws the generated frame set in the page and sends every frame through the station's
 * real decode worker (decode-client.ts → decode.worker.ts), as the viewfinder does: an ImageBitmap handed over,
 * one frame at a time.
 */
let frames: readonly CameraFrame[] | null = null;
let renderMs = 0;

function allFrames(): readonly CameraFrame[] {
  if (!frames) {
    const started = performance.now();
    frames = cameraFrameDefinitions().map(renderCameraFrame);
    renderMs = performance.now() - started;
  }
  return frames;
}

async function bitmapOf(frame: CameraFrame): Promise<ImageBitmap> {
  const { width, height, data } = frame.frame;
  return createImageBitmap(new ImageData(new Uint8ClampedArray(data), width, height));
}

const page: CameraBenchPage = {
  async run(decoder: DecoderName, warmups: number): Promise<PageRun> {
    const set = allFrames();
    const client = startCameraDecodeWorker({ decoder });
    try {
      const started = await client.decoder;
      if (started !== decoder) throw new Error(`worker started ${started}, not ${decoder}`);
      // Warm-up: compile and optimise the hot paths (and instantiate the module) before anything is timed.
      for (let i = 0; i < warmups; i++) for (const frame of set.slice(0, 8)) await client.decode(await bitmapOf(frame));
      const results: PageFrameResult[] = [];
      for (const frame of set) {
        const bitmap = await bitmapOf(frame);
        const sent = performance.now();
        const answer = await client.decode(bitmap);
        results.push({
          id: frame.id,
          expectedRaw: frame.expected?.raw ?? null,
          raws: answer.symbols.map((s) => s.raw),
          decodeMs: answer.decodeMs,
          roundTripMs: performance.now() - sent,
        });
      }
      return { decoder, frames: results, renderMs };
    } finally {
      client.close();
    }
  },
};

declare global {
  interface Window {
    cameraBench?: CameraBenchPage;
  }
}
window.cameraBench = page;
document.title = 'camera bench ready';

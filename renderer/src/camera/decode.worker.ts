import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { DecodeRequest, WorkerMessage } from './decode-messages';
import { forcedDecoderOf } from './decoder-choice';
import type { BarcodeDecoder, FrameDecodeResult } from './decoder-contract';
import { selectDecoder } from './select-decoder';

/**
 * The camera's decode worker (issue 3, item 4: decoding never blocks the UI). A module worker started by
 * decode-client.ts. It draws each transferred ImageBitmap on one reused OffscreenCanvas, reads its pixels and
 * decodes them. The .wasm is a file of our own build (Vite `?url`), never fetched from a CDN: the station is
 * offline and its CSP allows only 'self' (main/policy/csp.ts: script-src 'wasm-unsafe-eval', worker-src 'self').
 */

/** The parts of DedicatedWorkerGlobalScope used here (the renderer is typed with the DOM library). */
interface WorkerScope {
  readonly name: string;
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DecodeRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

const decoderReady: Promise<BarcodeDecoder> = selectDecoder(
  { wasmUrl },
  (reason) => {
    console.warn(`camera decoder: falling back to @zxing/library (${reason})`);
  },
  forcedDecoderOf(scope.name),
);
decoderReady.then(
  (decoder) => {
    scope.postMessage({ type: 'ready', decoder: decoder.name });
  },
  (error: unknown) => {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  },
);

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

function pixelsOf(bitmap: ImageBitmap): ImageData {
  const { width, height } = bitmap;
  if (canvas?.width !== width || canvas.height !== height || context === null) {
    canvas = new OffscreenCanvas(width, height);
    // willReadFrequently keeps the canvas in CPU memory: getImageData every frame would otherwise read back
    // from the GPU each time.
    context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('OffscreenCanvas 2D context unavailable');
  }
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, width, height);
}

async function decodeFrame(request: DecodeRequest): Promise<FrameDecodeResult> {
  const decoder = await decoderReady;
  const { bitmap } = request;
  try {
    const image = pixelsOf(bitmap);
    const started = performance.now();
    const symbols = await decoder.decode(image);
    return { symbols, width: image.width, height: image.height, decodeMs: performance.now() - started };
  } finally {
    bitmap.close();
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  decodeFrame(request).then(
    (result) => {
      scope.postMessage({ type: 'result', id: request.id, result });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'error', id: request.id, message });
    },
  );
});

import type { DecodeRequest, WorkerMessage } from './decode-messages';
import { workerNameFor } from './decoder-choice';
import type { CameraDecodeClient, DecoderName, FrameDecodeResult } from './decoder-contract';

/**
 * Starts the camera decode worker and returns the page's handle on it (decoder-contract.ts). Vite bundles the
 * worker from this `new URL(…, import.meta.url)` form as a separate module file served from our own origin
 * (CSP worker-src 'self').
 *
 * `decoder` forces one decoder (the benchmark measures both in the real worker); by default the worker picks
 * zxing-wasm and falls back to @zxing/library by itself.
 */
export function startCameraDecodeWorker(options: { readonly decoder?: DecoderName } = {}): CameraDecodeClient {
  const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), {
    type: 'module',
    name: workerNameFor(options.decoder),
  });
  return connectDecodeWorker(worker);
}

interface Pending {
  resolve(result: FrameDecodeResult): void;
  reject(error: Error): void;
}

/** The message plumbing, apart from `new Worker` so it can be tested with a fake port. */
export function connectDecodeWorker(worker: Worker): CameraDecodeClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed: Error | null = null;
  let settleDecoder: { resolve(name: DecoderName): void; reject(error: Error): void } | null = null;
  const decoder = new Promise<DecoderName>((resolve, reject) => {
    settleDecoder = { resolve, reject };
  });
  // A client closed before the worker said which decoder it runs must not leave an unhandled rejection.
  decoder.catch(() => undefined);

  const failAll = (error: Error): void => {
    closed ??= error;
    settleDecoder?.reject(error);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    switch (message.type) {
      case 'ready':
        settleDecoder?.resolve(message.decoder);
        return;
      case 'failed':
        settleDecoder?.reject(new Error(`camera decoder failed to start: ${message.message}`));
        return;
      case 'result':
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
        return;
      case 'error':
        pending.get(message.id)?.reject(new Error(`camera decode failed: ${message.message}`));
        pending.delete(message.id);
        return;
      default: {
        const unknown: never = message;
        return unknown;
      }
    }
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    failAll(new Error(`camera decode worker failed: ${event.message || 'could not start'}`));
  });

  return {
    decoder,
    decode(bitmap: ImageBitmap): Promise<FrameDecodeResult> {
      if (closed) {
        bitmap.close();
        return Promise.reject(closed);
      }
      const id = nextId++;
      return new Promise<FrameDecodeResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: DecodeRequest = { id, bitmap };
        worker.postMessage(request, [bitmap]);
      });
    },
    close(): void {
      worker.terminate();
      failAll(new Error('camera decode worker closed'));
    },
  };
}

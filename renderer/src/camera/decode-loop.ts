import type { CameraDecodeClient, FrameDecodeResult } from './decoder-contract';

/**
 * The viewfinder's decode loop: wait for a new video frame, grab it, hand it to the worker, wait for the
 * answer, repeat. At most one frame is ever in flight, so a slow decode (a big frame, a busy CPU) lowers the
 * decode rate instead of building a queue of stale frames behind it; the UI thread only grabs bitmaps.
 * The browser parts are passed in (see use-decode-loop.ts), so the loop itself is tested in Node.
 */
export interface DecodeLoopDeps {
  readonly client: Pick<CameraDecodeClient, 'decode'>;
  /** Resolves when the video has a frame not grabbed yet (or soon after the signal aborts). */
  nextFrame(signal: AbortSignal): Promise<void>;
  /** A bitmap of the current frame, or null when the video has none yet. */
  grab(): Promise<ImageBitmap | null>;
  /** Each answer, with the time the frame was grabbed (monotonic ms). */
  onResult(result: FrameDecodeResult, grabbedAt: number): void;
  now(): number;
}

/**
 * Decode failures in a row that stop the loop. The contract says a decoder rejects only when it broke, but
 * one odd frame that trips a library bug must not end the camera for the shift; a dead worker fails every
 * frame at once and still stops the loop within a few frames.
 */
export const MAX_CONSECUTIVE_DECODE_FAILURES = 3;

/** Runs until `signal` aborts; rejects when grabbing fails or decoding keeps failing (the caller reports it). */
export async function runDecodeLoop(deps: DecodeLoopDeps, signal: AbortSignal): Promise<void> {
  // A function, not `signal.aborted` inline: the signal changes across each await.
  const stopped = (): boolean => signal.aborted;
  let failures = 0;
  while (!stopped()) {
    await deps.nextFrame(signal);
    if (stopped()) return;
    const grabbedAt = deps.now();
    const bitmap = await deps.grab();
    if (bitmap === null) continue;
    if (stopped()) {
      bitmap.close();
      return;
    }
    let result: FrameDecodeResult;
    try {
      result = await deps.client.decode(bitmap);
      failures = 0;
    } catch (error) {
      if (stopped()) return;
      failures += 1;
      if (failures >= MAX_CONSECUTIVE_DECODE_FAILURES) throw error;
      console.warn('camera: a frame could not be decoded; skipping it', error);
      continue;
    }
    if (stopped()) return;
    deps.onResult(result, grabbedAt);
  }
}

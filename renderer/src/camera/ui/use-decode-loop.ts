import { useEffect, useState, type RefObject } from 'react';
import { describeCameraProblem, type CameraProblem } from '../camera-problems';
import { runDecodeLoop } from '../decode-loop';
import type { CameraDecodeClient, DecodedSymbol, DecoderName } from '../decoder-contract';
import { primaryReads } from '../label-reads';
import { createReadDeduplicator } from '../read-dedup';
import { useLatest } from './use-latest';

/** The symbols of the last frame that had any, to outline in the viewfinder. */
export interface FrameHits {
  readonly symbols: readonly DecodedSymbol[];
  readonly width: number;
  readonly height: number;
}

export interface DecodeView {
  /** Which decoder the worker runs; null until it has said. */
  readonly decoder: DecoderName | null;
  readonly hits: FrameHits | null;
  /** Frames decoded so far and the last frame's decode time: the station's diagnostics. */
  readonly frames: number;
  readonly decodeMs: number;
}

const IDLE: DecodeView = { decoder: null, hits: null, frames: 0, decodeMs: 0 };

/** How long the outline stays after the label was last seen: long enough to notice, short enough to trust. */
const HIT_VISIBLE_MS = 600;

/**
 * Runs the decode worker on the video while `stream` is live, and hands each new label (de-duplicated, see
 * read-dedup.ts) to `onRead`. The worker is started with the stream and closed with it, so a closed panel or
 * hidden page holds neither the camera nor a worker with its WebAssembly heap. A worker that fails is
 * reported to `onFailed`.
 */
export function useDecodeLoop(
  videoRef: RefObject<HTMLVideoElement | null>,
  stream: MediaStream | null,
  startDecoder: () => CameraDecodeClient,
  onRead: (raw: string) => void,
  onFailed: (problem: CameraProblem) => void,
): DecodeView {
  const [view, setView] = useState<DecodeView>(IDLE);
  const latestOnRead = useLatest(onRead);
  const failed = useLatest(onFailed);

  useEffect(() => {
    const video = videoRef.current;
    if (!stream || !video) return;
    const client = startDecoder();
    const controller = new AbortController();
    const dedup = createReadDeduplicator();
    let lastHitAt = -Infinity;
    client.decoder.then(
      (decoder) => {
        if (!controller.signal.aborted) setView((v) => ({ ...v, decoder }));
      },
      () => undefined, // a worker that failed to load also fails its first decode, which is reported
    );
    runDecodeLoop(
      {
        client,
        nextFrame: (signal) => nextVideoFrame(video, signal),
        grab: () => grabFrame(video),
        now: () => performance.now(),
        onResult: (result, at) => {
          const fresh = dedup.frame(primaryReads(result.symbols.map((s) => s.raw)), at);
          for (const raw of fresh) latestOnRead.current(raw);
          const seen = result.symbols.length > 0;
          if (seen) lastHitAt = at;
          setView((v) => ({
            ...v,
            frames: v.frames + 1,
            decodeMs: result.decodeMs,
            hits: seen ? result : at - lastHitAt > HIT_VISIBLE_MS ? null : v.hits,
          }));
        },
      },
      controller.signal,
    ).catch((error: unknown) => {
      if (controller.signal.aborted) return;
      const cause = error instanceof Error ? error.message : String(error);
      failed.current(describeCameraProblem('decoder-failed', cause));
    });
    return () => {
      controller.abort();
      client.close();
    };
  }, [videoRef, stream, startDecoder, latestOnRead, failed]);

  return view;
}

/**
 * Resolves at the video's next new frame (requestVideoFrameCallback), so the same picture is not decoded
 * twice. A video that is not being painted gets no frame callbacks, hence the timeout: the loop slows down
 * but never stalls.
 */
function nextVideoFrame(video: HTMLVideoElement, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let handle: number | undefined;
    const finish = (): void => {
      window.clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      if (handle !== undefined) video.cancelVideoFrameCallback(handle);
      resolve();
    };
    const hasFrameCallback = typeof video.requestVideoFrameCallback === 'function';
    if (hasFrameCallback) handle = video.requestVideoFrameCallback(finish);
    const timer = window.setTimeout(finish, hasFrameCallback ? 500 : 40);
    signal.addEventListener('abort', finish, { once: true });
  });
}

function grabFrame(video: HTMLVideoElement): Promise<ImageBitmap | null> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return Promise.resolve(null);
  return createImageBitmap(video);
}

import type { PageRun } from './camera-page/bench-protocol';

/** Read rate, false positives and time percentiles of one decoder's run over the frame set. */
export interface CameraRunStats {
  readonly decoder: string;
  readonly symbolFrames: number;
  readonly emptyFrames: number;
  /** Symbol frames whose expected raw was among the answers. */
  readonly read: number;
  /** Frames with any answer that is not the expected raw (a wrong read, or any read on an empty frame). */
  readonly falsePositives: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly medianRoundTripMs: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

export function cameraRunStats(run: PageRun): CameraRunStats {
  const symbolFrames = run.frames.filter((f) => f.expectedRaw !== null);
  const missed = symbolFrames.filter((f) => !f.raws.includes(f.expectedRaw ?? '')).map((f) => f.id);
  const wrong = run.frames.filter((f) => f.raws.some((raw) => raw !== f.expectedRaw)).map((f) => f.id);
  const times = run.frames.map((f) => f.decodeMs).sort((a, b) => a - b);
  const trips = run.frames.map((f) => f.roundTripMs).sort((a, b) => a - b);
  return {
    decoder: run.decoder,
    symbolFrames: symbolFrames.length,
    emptyFrames: run.frames.length - symbolFrames.length,
    read: symbolFrames.length - missed.length,
    falsePositives: wrong.length,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: times[times.length - 1] ?? 0,
    medianRoundTripMs: percentile(trips, 0.5),
    missed,
    wrong,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

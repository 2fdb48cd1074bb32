/**
 * Turns a camera's stream of decoded frames into scans. A label held in front of the camera is decoded in
 * every frame, tens of times a second; the dock worker meant ONE scan. A keyboard-wedge scanner gives one
 * read per trigger pull, and the rest of the station (feedback, receiving) expects exactly that.
 *
 * Rules, per label (the `raw` a decoder answers):
 * - a label seen in consecutive decoded frames is one scan, however long it stays and however slow the
 *   decoding is (a frame that took two seconds to decode does not make the label "new");
 * - it becomes a new scan again only after it has been out of view for `goneAfterMs` (missing from at least
 *   one frame and not seen for that long: a frame or two where blur hides it must not repeat the scan), or
 *   after `holdOffMs` of staying in view, when a hold-off is configured;
 * - a different label is a scan at once, even while the first one is still in view.
 */
export interface ReadDedupOptions {
  /** How long a label must have been out of view before seeing it again is a new scan, in ms. */
  readonly goneAfterMs: number;
  /** Deliver a label that stays in view again after this long, in ms; null: never while it stays. */
  readonly holdOffMs: number | null;
}

/**
 * 1.5 s out of view: longer than a hand's wobble or a blurred frame, shorter than taking the next carton.
 * No hold-off by default: a label left lying in view (a mounted camera over a pallet) would otherwise repeat
 * "Already received" forever; a worker who wants to scan it again moves it out of view and back.
 */
export const DEFAULT_READ_DEDUP: ReadDedupOptions = Object.freeze({ goneAfterMs: 1500, holdOffMs: null });

export interface ReadDeduplicator {
  /** One decoded frame at `at` (ms, monotonic; empty frames too): the labels to deliver as scans, in order. */
  frame(raws: readonly string[], at: number): string[];
  /** Forget everything (the camera was stopped): the next sighting of any label is a scan. */
  reset(): void;
}

interface Sighting {
  lastSeenAt: number;
  deliveredAt: number;
}

export function createReadDeduplicator(options: Partial<ReadDedupOptions> = {}): ReadDeduplicator {
  const { goneAfterMs, holdOffMs } = { ...DEFAULT_READ_DEDUP, ...options };
  if (!(goneAfterMs >= 0) || (holdOffMs !== null && !(holdOffMs > 0))) {
    throw new Error(`read de-duplication: goneAfterMs must be >= 0 and holdOffMs > 0 or null`);
  }
  const sightings = new Map<string, Sighting>();
  let previous = new Set<string>();

  return {
    frame(raws, at) {
      const current = new Set(raws);
      for (const [raw, sighting] of sightings) {
        const gone = !previous.has(raw) && at - sighting.lastSeenAt >= goneAfterMs;
        if (gone) sightings.delete(raw);
      }
      const deliver: string[] = [];
      for (const raw of current) {
        const sighting = sightings.get(raw);
        if (!sighting) {
          sightings.set(raw, { lastSeenAt: at, deliveredAt: at });
          deliver.push(raw);
          continue;
        }
        sighting.lastSeenAt = at;
        if (holdOffMs !== null && at - sighting.deliveredAt >= holdOffMs) {
          sighting.deliveredAt = at;
          deliver.push(raw);
        }
      }
      previous = current;
      return deliver;
    },
    reset() {
      sightings.clear();
      previous = new Set();
    },
  };
}

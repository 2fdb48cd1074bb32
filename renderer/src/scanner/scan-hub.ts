/**
 * Hands scans from the one keyboard-wedge listener to whichever screen takes them. The wedge is installed
 * when the page starts, before the dock screen exists, so a label scanned while the station is still
 * booting is neither lost nor typed into a field: it waits here (in order) until a screen subscribes.
 */
export interface ScanHub {
  /** Called by the wedge with each complete scan. */
  deliver(raw: string): void;
  /** The screen that handles scans now; queued scans are handed over at once, in order. */
  subscribe(handler: (raw: string) => void): () => void;
}

export function createScanHub(maxQueued = 100): ScanHub {
  const queued: string[] = [];
  let handler: ((raw: string) => void) | null = null;
  return {
    deliver(raw) {
      if (handler) handler(raw);
      else if (queued.length < maxQueued) queued.push(raw);
    },
    subscribe(next) {
      handler = next;
      for (const raw of queued.splice(0)) next(raw);
      return () => {
        if (handler === next) handler = null;
      };
    },
  };
}

/**
 * Hands scans from the one keyboard-wedge listener to whichever screen takes them. The wedge is installed
 * when the page starts, before the dock screen exists, so a label scanned while the station is still
 * booting is neither lost nor typed into a field: it waits here (in order) until a screen subscribes.
 * The latest subscriber takes the scans; when it unsubscribes, the one before it takes them again (the
 * scanner setup screen opens over the dock and gives the scans back when it closes).
 */
export interface ScanHub {
  /** Called by the wedge with each complete scan. */
  deliver(raw: string): void;
  /** The screen that handles scans now; queued scans are handed over at once, in order. */
  subscribe(handler: (raw: string) => void): () => void;
}

export function createScanHub(maxQueued = 100): ScanHub {
  const queued: string[] = [];
  const handlers: ((raw: string) => void)[] = [];
  return {
    deliver(raw) {
      const handler = handlers.at(-1);
      if (handler) handler(raw);
      else if (queued.length < maxQueued) queued.push(raw);
    },
    subscribe(next) {
      // A wrapper per subscription, so the same function subscribed twice unsubscribes once each.
      const entry = (raw: string): void => {
        next(raw);
      };
      handlers.push(entry);
      for (const raw of queued.splice(0)) next(raw);
      return () => {
        const at = handlers.lastIndexOf(entry);
        if (at >= 0) handlers.splice(at, 1);
      };
    },
  };
}

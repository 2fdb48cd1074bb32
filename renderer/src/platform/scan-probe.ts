import type { ScanHub } from '../scanner/scan-hub';

/**
 * A test hook of the web build: lets the Chromium wedge benchmark (test/bench/wedge-accuracy.bench.ts) read the
 * raw scans the keyboard wedge delivers.
 *
 * Why a hook: capture accuracy means "the raw the wedge delivered equals the raw the scanner typed", and the
 * page never shows a raw (the dock shows its reading of an SSCC, and nothing for a product label or a URI).
 * Why only the web build: main.tsx installs it only when there is no preload bridge, so the desktop app's page
 * never has it; the web build is what the end-to-end suites and benchmarks drive. It is dormant until
 * `start()`: while started it is the scan hub's newest subscriber and takes the scans (so hundreds of benchmark
 * labels create no receiving events); `stop()` hands them back to the screen that had them.
 */
export const SCAN_PROBE_GLOBAL = '__docksideScanProbe';

export interface ScanProbe {
  start(): void;
  /** Scans delivered since the last take, oldest first. */
  take(): string[];
  /** How many scans are waiting to be taken. */
  count(): number;
  stop(): void;
}

export function installScanProbe(target: Window, hub: ScanHub): ScanProbe {
  let seen: string[] = [];
  let unsubscribe: (() => void) | null = null;
  const probe: ScanProbe = {
    start() {
      unsubscribe ??= hub.subscribe((raw) => {
        seen.push(raw);
      });
    },
    take() {
      const out = seen;
      seen = [];
      return out;
    },
    count: () => seen.length,
    stop() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
  Object.defineProperty(target, SCAN_PROBE_GLOBAL, { value: Object.freeze(probe), configurable: true });
  return probe;
}

import { installKeyboardWedge, type KeyboardWedge, type KeyboardWedgeOptions } from '../scanner/keyboard-wedge';
import type { RawKey } from '../scanner/raw-keys';
import { createScanHub } from '../scanner/scan-hub';
import { wedgeOptionsOf, type ScannerProfile } from '../scanner/scanner-profile';

/** The page's one scan source: the keyboard wedge, listening from the first moment the page runs. */
export const scans = createScanHub();

let wedge: KeyboardWedge | null = null;

export function startScanning(): () => void {
  const installed = installKeyboardWedge(window, {}, (raw) => {
    scans.deliver(raw);
  });
  wedge = installed;
  return () => {
    installed();
    if (wedge === installed) wedge = null;
  };
}

/** New capture options, live; the wedge stays installed, so no scan is lost while they change. */
export function reconfigureScanning(options: KeyboardWedgeOptions): void {
  wedge?.configure(options);
}

/**
 * Captures with the station's learned scanner profile, or the defaults when there is none. Never throws: a
 * profile the capture cannot use leaves the defaults in place, and the scanner setup screen shows it.
 */
export function applyScannerProfile(profile: ScannerProfile | null): boolean {
  try {
    reconfigureScanning(profile === null ? {} : wedgeOptionsOf(profile));
    return true;
  } catch (error) {
    console.warn('Scanner profile not applied; using the default capture settings', error);
    return false;
  }
}

/** Raw key events instead of scans until the returned function is called (scanner setup, learning). */
export function recordRawKeys(onKey: (key: RawKey) => void): () => void {
  return wedge?.record(onKey) ?? (() => undefined);
}

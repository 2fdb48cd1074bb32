import { readScannerProfile, type ScannerProfile } from '../scanner/scanner-profile';
import type { DocksideDb } from './schema';

/**
 * The station's learned keyboard-wedge scanner profile (scanner setup screen), one per station: the scanner
 * belongs to the station's PC. Kept in `meta` like the other station settings; no schema change needed.
 */
const SCANNER_PROFILE_KEY = 'scanner.profile';

/** The stored profile, or null when none was learned (or the stored one cannot be read any more). */
export async function loadScannerProfile(db: DocksideDb): Promise<ScannerProfile | null> {
  return readScannerProfile((await db.meta.get(SCANNER_PROFILE_KEY))?.value);
}

export async function saveScannerProfile(db: DocksideDb, profile: ScannerProfile): Promise<void> {
  await db.meta.put({ key: SCANNER_PROFILE_KEY, value: profile });
}

/** Back to the defaults (Enter, GS as Ctrl+] / Alt+0029 / ASCII 29, no prefix or suffix). */
export async function forgetScannerProfile(db: DocksideDb): Promise<void> {
  await db.meta.delete(SCANNER_PROFILE_KEY);
}

import type { KeyboardWedgeOptions } from './keyboard-wedge';
import { isCharacterKey } from './raw-keys';
import { DEFAULT_WEDGE_BURST_OPTIONS, type WedgeTerminator } from './wedge-burst';

/**
 * How one keyboard-wedge scanner types, as learned from the printed test label (learn-scanner-profile.ts) and
 * stored with the station (db/scanner-profile-store.ts). It is the wedge's configuration in the scanner's
 * terms; `wedgeOptionsOf` turns it into the capture's options.
 */

/**
 * How the scanner types the GS1 separator GS (ASCII 29), which it must send where the symbol has FNC1 after
 * a variable-length field (GS1 General Specifications §5.4 and §7.8.5). A keyboard has no GS key, so
 * wedges emulate it; `lost` is a scanner set to drop it, which makes such labels unreadable.
 */
export type GsMethod =
  | { readonly kind: 'ctrl-bracket' }
  | { readonly kind: 'ascii-29' }
  | { readonly kind: 'alt-0029' }
  | { readonly kind: 'function-key'; readonly key: string }
  | { readonly kind: 'substitute'; readonly char: string }
  | { readonly kind: 'lost' };

/** The key that ends each scan, or none (the scan ends when the keys stop). */
export type ScanTerminator = WedgeTerminator | 'none';

export interface ScannerProfile {
  /** Characters the scanner types before every scan (before the AIM identifier), removed from scans. */
  readonly prefix: string;
  /** Characters typed after the data and before the terminator, removed from scans. */
  readonly suffix: string;
  readonly terminator: ScanTerminator;
  readonly gs: GsMethod;
  /**
   * The AIM symbology identifier (ISO/IEC 15424) it sent with the test label, e.g. "]C1"; null when it sends
   * none. Without them Dockside cannot tell GS1-128 from GS1 data printed as plain Code 128 ("]C0").
   */
  readonly aimId: string | null;
  /** The longest gap seen between two of its keys, in ms. */
  readonly maxGapMs: number;
  /** Gap beyond which keys are typing, not this scanner (the wedge's maxInterKeyMs). */
  readonly maxInterKeyMs: number;
  /** When it was learned (ISO 8601). */
  readonly learnedAt: string;
}

/** The capture's options for a scanner with this profile. */
export function wedgeOptionsOf(profile: ScannerProfile): KeyboardWedgeOptions {
  const { gs } = profile;
  return {
    maxInterKeyMs: profile.maxInterKeyMs,
    minLength: DEFAULT_WEDGE_BURST_OPTIONS.minLength,
    prefix: profile.prefix,
    suffix: profile.suffix,
    terminators: profile.terminator === 'none' ? [] : [profile.terminator],
    acceptUnterminated: profile.terminator === 'none',
    gsSubstitute: gs.kind === 'substitute' ? gs.char : null,
    // Ctrl+] and Alt+0029 stay recognised whatever was learned: they only count inside a burst, and a second
    // scanner of another make plugged into the same station keeps working.
    gsKeys: { ctrlBracket: true, altCode: true, functionKey: gs.kind === 'function-key' ? gs.key : null },
  };
}

/** The stored value, checked field by field: a damaged or older record reads as "no profile", never as junk. */
export function readScannerProfile(value: unknown): ScannerProfile | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { prefix, suffix, terminator, aimId, maxGapMs, maxInterKeyMs, learnedAt } = v;
  const gs = readGsMethod(v['gs']);
  if (
    typeof prefix !== 'string' ||
    typeof suffix !== 'string' ||
    (terminator !== 'Enter' && terminator !== 'Tab' && terminator !== 'none') ||
    gs === null ||
    (aimId !== null && (typeof aimId !== 'string' || !/^\][A-Za-z][0-9A-Za-z]$/.test(aimId))) ||
    !isPositiveNumber(maxInterKeyMs) ||
    !(isPositiveNumber(maxGapMs) || maxGapMs === 0) ||
    typeof learnedAt !== 'string'
  ) {
    return null;
  }
  return { prefix, suffix, terminator, gs, aimId, maxGapMs, maxInterKeyMs, learnedAt };
}

function readGsMethod(value: unknown): GsMethod | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  switch (v['kind']) {
    case 'ctrl-bracket':
    case 'ascii-29':
    case 'alt-0029':
    case 'lost':
      return { kind: v['kind'] };
    case 'function-key': {
      const key = v['key'];
      return typeof key === 'string' && /^F\d{1,2}$/.test(key) ? { kind: 'function-key', key } : null;
    }
    case 'substitute': {
      const char = v['char'];
      return typeof char === 'string' && isCharacterKey(char) ? { kind: 'substitute', char } : null;
    }
    default:
      return null;
  }
}

function isPositiveNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0;
}

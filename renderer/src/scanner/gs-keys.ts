/**
 * The ways a keyboard wedge types the GS1 separator (GS, ASCII 29 — FNC1 in the symbol, GS1 General
 * Specifications §7.8.5.2), which no keyboard has a key for:
 * - Ctrl+] — the ASCII control-key convention (0x5D − 0x40 = 0x1D), the default of many HID scanners;
 * - a key event whose `key` is the control character itself (some drivers);
 * - Alt + 0029 on the numeric keypad (Windows Alt codes), completed when Alt is released;
 * - a function key chosen in the scanner's setup (e.g. F8).
 * A substitute printable character (e.g. `~`) is the classifier's `gsSubstitute`, not handled here.
 */
export interface GsKeyOptions {
  readonly ctrlBracket: boolean;
  readonly altCode: boolean;
  /** `KeyboardEvent.key` of the function key the scanner sends for GS, or null. */
  readonly functionKey: string | null;
}

export const DEFAULT_GS_KEY_OPTIONS: GsKeyOptions = { ctrlBracket: true, altCode: true, functionKey: null };

/** The subset of KeyboardEvent this reads, so tests need no DOM. */
export interface KeyFacts {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/** `gs`: this key means GS; `part`: a digit of an Alt code (swallow it); `none`: not a GS key. */
export type GsKeyVerdict = 'gs' | 'part' | 'none';

export class GsKeyTranslator {
  private altDigits = '';
  readonly options: GsKeyOptions;

  constructor(options: Partial<GsKeyOptions> = {}) {
    this.options = { ...DEFAULT_GS_KEY_OPTIONS, ...options };
  }

  keydown(e: KeyFacts): GsKeyVerdict {
    if (e.key === '\u001d') return 'gs';
    if (this.options.functionKey !== null && e.key === this.options.functionKey) return 'gs';
    if (
      this.options.ctrlBracket &&
      e.ctrlKey &&
      !e.altKey &&
      !e.metaKey &&
      (e.key === ']' || e.code === 'BracketRight')
    ) {
      return 'gs';
    }
    if (this.options.altCode && e.altKey && !e.ctrlKey && /^Numpad\d$/.test(e.code)) {
      this.altDigits = (this.altDigits + e.code.slice(-1)).slice(-4);
      return 'part';
    }
    return 'none';
  }

  /** Alt released: an Alt code of 29 (typed 29, 029 or 0029) completes a GS. */
  keyup(e: KeyFacts): GsKeyVerdict {
    if (e.key !== 'Alt') return 'none';
    const digits = this.altDigits;
    this.altDigits = '';
    return digits !== '' && Number(digits) === 29 ? 'gs' : 'none';
  }
}

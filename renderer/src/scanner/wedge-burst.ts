/**
 * Tells a keyboard-wedge scanner from a person by timing alone (DOMAIN.md, "Barcodes the dock sees"): a wedge
 * types a burst of characters a few milliseconds apart and ends it with Enter (or Tab); people type tens of
 * milliseconds apart. Pure: it sees `{ key, at }` and answers what to do with each key; the DOM adapter
 * (keyboard-wedge.ts) carries the answers out.
 *
 * Every character key is held back until it is clear what it was, because a burst must never land in a text
 * field and the first key of a burst looks exactly like a typed one. A held run ends in one of two ways:
 * - `scan`: a terminator arrived within `maxInterKeyMs` of the last key and at least `minLength` characters
 *   were held. The terminator is swallowed so it cannot submit a form.
 * - `release`: anything else. The gap grew past `maxInterKeyMs` (the caller's `tick` or the next key notices),
 *   a terminator came after too few characters, or a key only people press (Backspace, arrows…) arrived.
 *   The held characters go back to the field, in order, before that key takes effect.
 *
 * Decided: a fast run that ends WITHOUT a terminator is typing and is released, unless `acceptUnterminated`
 * is set. The dock's scanners are configured to send Enter; reading every quick flurry of keys as a scan
 * would eat a fast typist's input. Known limit: a typed key less than `maxInterKeyMs` before a burst's first
 * character is indistinguishable from it and becomes part of that scan.
 */

/** ASCII 29, the GS1 separator after a variable-length element (FNC1 in the symbol). */
export const GS = '\u001d';

/** KeyboardEvent.key values a scanner may be configured to end a burst with. */
export type WedgeTerminator = 'Enter' | 'Tab';

export interface WedgeBurstOptions {
  /** Longest gap between two keys of one burst, in ms. A wedge types a few ms apart, people tens. */
  readonly maxInterKeyMs: number;
  /** Fewest characters (before prefix/suffix stripping) that make a terminated run a scan. */
  readonly minLength: number;
  /** Keys that end a burst. */
  readonly terminators: readonly WedgeTerminator[];
  /** Configured on the scanner and stripped from the scan when present. */
  readonly prefix: string;
  /** Configured on the scanner and stripped from the scan when present (the terminator is separate). */
  readonly suffix: string;
  /** A character the scanner is set to send for GS (wedges often cannot type ASCII 29); scans get GS back. */
  readonly gsSubstitute: string | null;
  /** Scan a fast run of at least `minLength` characters that ends by silence instead of a terminator. */
  readonly acceptUnterminated: boolean;
}

export const DEFAULT_WEDGE_BURST_OPTIONS: WedgeBurstOptions = Object.freeze({
  maxInterKeyMs: 35,
  minLength: 4,
  terminators: Object.freeze(['Enter'] as const),
  prefix: '',
  suffix: '',
  gsSubstitute: null,
  acceptUnterminated: false,
});

/** One keydown: `key` is KeyboardEvent.key (a character, a terminator, or any other named key); `at` in ms. */
export interface WedgeKey {
  readonly key: string;
  readonly at: number;
}

/** What became of a held run. */
export type WedgeOutcome =
  { readonly kind: 'scan'; readonly raw: string } | { readonly kind: 'release'; readonly text: string };

/**
 * What the caller does with the key it just fed: `hold` (suppress it, it is now held), `swallow` (suppress it
 * for good: the terminator of a scan), `pass` (let it take its normal effect, after any release).
 */
export type WedgeKeyVerdict = 'hold' | 'swallow' | 'pass';

export interface WedgeStep {
  /** The run held before this key, if this key settled it. Apply it before the key's own effect. */
  readonly settled: WedgeOutcome | null;
  readonly key: WedgeKeyVerdict;
}

export class WedgeBurst {
  readonly options: WedgeBurstOptions;
  private held: string[] = [];
  private lastAt = 0;

  constructor(options: Partial<WedgeBurstOptions> = {}) {
    this.options = validate({ ...DEFAULT_WEDGE_BURST_OPTIONS, ...options });
  }

  /** Whether characters are being held (the caller should call `tick` by `deadline`). */
  get pending(): boolean {
    return this.held.length > 0;
  }

  /**
   * Whether the held run is already too long and too fast for a person (≥ minLength keys, each within
   * maxInterKeyMs of the previous, by their own timestamps): only a scanner types like that.
   */
  get looksLikeBurst(): boolean {
    return this.held.length >= this.options.minLength;
  }

  /** When the held run expires: call `tick` any time after this. Null when nothing is held. */
  get deadline(): number | null {
    return this.pending ? this.lastAt + this.options.maxInterKeyMs : null;
  }

  feed({ key, at }: WedgeKey): WedgeStep {
    // A key arriving late proves the held run was typing, even if the caller's timer has not fired yet.
    const expired = this.tick(at);
    if (!this.pending) return { settled: expired, key: this.start(key, at) };

    if (isCharacter(key)) {
      this.hold(key, at);
      return { settled: null, key: 'hold' };
    }
    if (this.isTerminator(key) && this.held.length >= this.options.minLength) {
      return { settled: this.scanHeld(), key: 'swallow' };
    }
    // A short run before a terminator, or a key only people press (Backspace, Escape, arrows, Tab when it is
    // not a terminator): the run was typing, and it must reach the field before this key acts on it.
    return { settled: this.flush(), key: 'pass' };
  }

  /**
   * A key of the burst that types no character of its own: a modifier (wedges press Shift for capitals) or a
   * digit of an Alt code that will become GS on Alt release. It keeps the run alive, judged on its timestamp
   * like any key, so a GS typed as Alt+0029 (six key events) cannot let the run expire halfway. It never
   * revives a run that has already expired. Answers whether the run was extended.
   */
  touch(at: number): boolean {
    if (!this.pending || at - this.lastAt > this.options.maxInterKeyMs) return false;
    this.lastAt = Math.max(this.lastAt, at);
    return true;
  }

  /** Settles the held run if `now` is more than `maxInterKeyMs` after its last key. */
  tick(now: number): WedgeOutcome | null {
    if (!this.pending || now - this.lastAt <= this.options.maxInterKeyMs) return null;
    const { acceptUnterminated, minLength } = this.options;
    return acceptUnterminated && this.held.length >= minLength ? this.scanHeld() : this.flush();
  }

  /** Gives back whatever is held as typing, now (a key repeat, IME input, or uninstalling). */
  flush(): WedgeOutcome | null {
    if (!this.pending) return null;
    const text = this.held.join('');
    this.held = [];
    return { kind: 'release', text };
  }

  private start(key: string, at: number): WedgeKeyVerdict {
    // Scanner data never begins with whitespace, so a lone Space keeps its native meaning (pressing a focused
    // button, ticking a checkbox) instead of arriving late as a re-typed character.
    if (!isCharacter(key) || /^\s$/u.test(key)) return 'pass';
    this.hold(key, at);
    return 'hold';
  }

  private hold(key: string, at: number): void {
    this.held.push(key);
    // Event clocks can step back a little; a key stamped before its predecessor counts as a zero gap.
    this.lastAt = this.held.length === 1 ? at : Math.max(this.lastAt, at);
  }

  private isTerminator(key: string): boolean {
    return (this.options.terminators as readonly string[]).includes(key);
  }

  private scanHeld(): WedgeOutcome {
    const { prefix, suffix, gsSubstitute } = this.options;
    let raw = this.held.join('');
    this.held = [];
    if (prefix !== '' && raw.startsWith(prefix)) raw = raw.slice(prefix.length);
    if (suffix !== '' && raw.endsWith(suffix)) raw = raw.slice(0, raw.length - suffix.length);
    if (gsSubstitute !== null) raw = raw.replaceAll(gsSubstitute, GS);
    return { kind: 'scan', raw };
  }
}

/** A key that types one character (one code point); named keys such as 'Enter' or 'ArrowLeft' are longer. */
function isCharacter(key: string): boolean {
  const first = key.codePointAt(0);
  return first !== undefined && key.length === (first > 0xffff ? 2 : 1);
}

/** Options will come from station settings; reject nonsense early rather than misclassify keys all day. */
function validate(options: WedgeBurstOptions): WedgeBurstOptions {
  const { maxInterKeyMs, minLength, terminators, gsSubstitute, acceptUnterminated } = options;
  if (!Number.isFinite(maxInterKeyMs) || maxInterKeyMs <= 0) {
    throw new RangeError(`maxInterKeyMs must be a positive number of ms, got ${maxInterKeyMs}`);
  }
  if (!Number.isInteger(minLength) || minLength < 1) {
    throw new RangeError(`minLength must be a whole number of at least 1, got ${minLength}`);
  }
  for (const t of terminators as readonly string[]) {
    if (t !== 'Enter' && t !== 'Tab') throw new RangeError(`terminator must be 'Enter' or 'Tab', got '${t}'`);
  }
  if (terminators.length === 0 && !acceptUnterminated) {
    throw new RangeError('no terminators and acceptUnterminated is off: nothing could ever be a scan');
  }
  if (gsSubstitute !== null && !isCharacter(gsSubstitute)) {
    throw new RangeError(`gsSubstitute must be a single character, got '${gsSubstitute}'`);
  }
  return Object.freeze({ ...options, terminators: Object.freeze([...terminators]) });
}

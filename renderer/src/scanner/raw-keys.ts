/**
 * A key event as the scanner setup screen records it: everything the learner needs to tell how a scanner
 * types (which key, which physical key, which modifiers, when), and nothing from the DOM, so learning is a
 * pure function that unit tests feed by hand (learn-scanner-profile.ts).
 */
export interface RawKey {
  readonly type: 'down' | 'up';
  /** KeyboardEvent.key: the character the PC's keyboard layout made of it, or a named key ("Enter", "F8"). */
  readonly key: string;
  /** KeyboardEvent.code: the physical key (US positions), which tells a keyboard-layout mismatch apart. */
  readonly code: string;
  readonly ctrl: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly meta: boolean;
  /** AltGr held: Windows reports it as Ctrl+Alt, but the key types a character (e.g. "@" on German layouts). */
  readonly altGraph: boolean;
  /** The event's own timestamp in ms (when the OS saw the key, not when the page got round to it). */
  readonly at: number;
}

export function rawKeyOf(e: KeyboardEvent, now: number): RawKey {
  return {
    type: e.type === 'keyup' ? 'up' : 'down',
    key: e.key,
    code: e.code,
    ctrl: e.ctrlKey,
    alt: e.altKey,
    shift: e.shiftKey,
    meta: e.metaKey,
    altGraph: e.getModifierState('AltGraph'),
    at: e.timeStamp > 0 ? e.timeStamp : now,
  };
}

/** Keys that only modify others; a wedge presses Shift for capitals, and none of them types anything. */
export const MODIFIER_KEYS: ReadonlySet<string> = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Fn',
  'FnLock',
  'Hyper',
  'Super',
  'Symbol',
  'SymbolLock',
  'OS',
]);

/** A key that types one character (one code point); named keys such as 'Enter' or 'ArrowLeft' are longer. */
export function isCharacterKey(key: string): boolean {
  const first = key.codePointAt(0);
  return first !== undefined && key.length === (first > 0xffff ? 2 : 1);
}

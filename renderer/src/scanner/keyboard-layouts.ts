/**
 * A keyboard wedge does not send characters: it presses keys, chosen for the keyboard language it is set to,
 * and the PC turns them into characters with its own layout. When the two differ, characters change on the
 * way (a US-set scanner on a German PC types "y" for "z" and "ß" for "-"). These tables cover the keys the test
 * label uses (test-label.ts), for the layouts docks most often meet; `KeyboardEvent.code` (the physical key,
 * named by its US position) catches the rest (learn-scanner-profile.ts).
 */
export interface KeyboardLayout {
  readonly name: string;
  /** The character a key types, unshifted and with Shift; keys not listed type what US English types. */
  readonly keys: Readonly<Record<string, readonly [string, string]>>;
}

const US_KEYS: Record<string, readonly [string, string]> = {
  Minus: ['-', '_'],
  Slash: ['/', '?'],
  Period: ['.', '>'],
  Comma: [',', '<'],
  Semicolon: [';', ':'],
  BracketRight: [']', '}'],
};
'abcdefghijklmnopqrstuvwxyz'.split('').forEach((c) => (US_KEYS[`Key${c.toUpperCase()}`] = [c, c.toUpperCase()]));
'1234567890'.split('').forEach((d, i) => (US_KEYS[`Digit${d}`] = [d, '!@#$%^&*()'.charAt(i)]));

export const US: KeyboardLayout = { name: 'US English', keys: US_KEYS };

export const GERMAN: KeyboardLayout = {
  name: 'German (QWERTZ)',
  keys: {
    ...US_KEYS,
    KeyY: ['z', 'Z'],
    KeyZ: ['y', 'Y'],
    Minus: ['ß', '?'],
    Slash: ['-', '_'],
    Period: ['.', ':'],
    Comma: [',', ';'],
    Semicolon: ['ö', 'Ö'],
    BracketRight: ['+', '*'],
    ...digitRow('!"§$%&/()='),
  },
};

export const FRENCH: KeyboardLayout = {
  name: 'French (AZERTY)',
  keys: {
    ...US_KEYS,
    KeyQ: ['a', 'A'],
    KeyA: ['q', 'Q'],
    KeyW: ['z', 'Z'],
    KeyZ: ['w', 'W'],
    KeyM: [',', '?'],
    Semicolon: ['m', 'M'],
    Minus: [')', '°'],
    Slash: ['!', '§'],
    Period: [':', '/'],
    Comma: [';', '.'],
    BracketRight: ['$', '£'],
    // AZERTY's top row types symbols; digits need Shift.
    ...Object.fromEntries('1234567890'.split('').map((d, i) => [`Digit${d}`, ['&é"\'(-è_çà'.charAt(i), d] as const])),
  },
};

export const LAYOUTS: readonly KeyboardLayout[] = [US, GERMAN, FRENCH];

function digitRow(shifted: string): Record<string, readonly [string, string]> {
  return Object.fromEntries('1234567890'.split('').map((d, i) => [`Digit${d}`, [d, shifted.charAt(i)] as const]));
}

/** The character `layout` types for a physical key, or null when the table does not know the key. */
export function charOf(layout: KeyboardLayout, code: string, shift: boolean): string | null {
  const pair = layout.keys[code];
  return pair === undefined ? null : pair[shift ? 1 : 0];
}

/** What arrives for `text` when a scanner set to `scanner` types into a PC set to `pc`; null if untypeable. */
export function typedThrough(text: string, scanner: KeyboardLayout, pc: KeyboardLayout): string | null {
  let out = '';
  for (const c of text) {
    const key = keyFor(scanner, c);
    const typed = key === null ? null : charOf(pc, key.code, key.shift);
    if (typed === null) return null;
    out += typed;
  }
  return out;
}

/** The physical key (and Shift) that types `char` on `layout`, or null when the table has none. */
export function keyFor(layout: KeyboardLayout, char: string): { code: string; shift: boolean } | null {
  for (const [code, [plain, shifted]] of Object.entries(layout.keys)) {
    if (plain === char) return { code, shift: false };
    if (shifted === char) return { code, shift: true };
  }
  return null;
}

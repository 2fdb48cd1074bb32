import { isCharacterKey, MODIFIER_KEYS, type RawKey } from './raw-keys';

/**
 * Recorded key events turned into what the scanner meant to type, one token per thing it sent. The rules
 * mirror the capture's (keyboard-wedge.ts, gs-keys.ts), so what the learner concludes is what the capture
 * will do with the same keys.
 */
export type KeyToken =
  | {
      readonly kind: 'char';
      readonly char: string;
      readonly code: string;
      readonly shift: boolean;
      readonly at: number;
    }
  /** The GS1 separator, typed one of the ways gs-keys.ts recognises without configuration. */
  | { readonly kind: 'gs'; readonly method: 'ctrl-bracket' | 'ascii-29' | 'alt-0029'; readonly at: number }
  | { readonly kind: 'function-key'; readonly key: string; readonly at: number }
  | { readonly kind: 'terminator'; readonly key: 'Enter' | 'Tab'; readonly at: number }
  /** Ctrl/Alt/Meta + a key (e.g. Ctrl+B for STX): the capture leaves these alone, so they are harmless. */
  | { readonly kind: 'chord'; readonly label: string; readonly at: number }
  /** An Alt+numpad code other than 29: Windows composes a character the capture never sees as a key. */
  | { readonly kind: 'alt-code'; readonly code: number; readonly at: number }
  /** Any other named key (Escape, arrows, Backspace…): the capture takes it for a person typing. */
  | { readonly kind: 'named'; readonly key: string; readonly at: number };

export function tokenize(keys: readonly RawKey[]): KeyToken[] {
  const tokens: KeyToken[] = [];
  let altDigits = '';
  for (const k of keys) {
    const { at } = k;
    if (k.type === 'up') {
      // Alt codes complete when Alt is released (Windows), as gs-keys.ts reads them.
      if (k.key === 'Alt' && altDigits !== '') {
        const code = Number(altDigits);
        altDigits = '';
        tokens.push(code === 29 ? { kind: 'gs', method: 'alt-0029', at } : { kind: 'alt-code', code, at });
      }
      continue;
    }
    if (k.key === '\u001d') tokens.push({ kind: 'gs', method: 'ascii-29', at });
    else if (k.alt && !k.ctrl && /^Numpad\d$/.test(k.code)) altDigits = (altDigits + k.code.slice(-1)).slice(-4);
    else if (MODIFIER_KEYS.has(k.key)) continue;
    else if (k.ctrl && !k.alt && !k.meta && (k.key === ']' || k.code === 'BracketRight')) {
      tokens.push({ kind: 'gs', method: 'ctrl-bracket', at });
    } else if (/^F\d{1,2}$/.test(k.key)) tokens.push({ kind: 'function-key', key: k.key, at });
    else if ((k.ctrl || k.alt || k.meta) && !k.altGraph) tokens.push({ kind: 'chord', label: chordLabel(k), at });
    else if (k.key === 'Enter' || k.key === 'Tab') tokens.push({ kind: 'terminator', key: k.key, at });
    else if (isCharacterKey(k.key)) tokens.push({ kind: 'char', char: k.key, code: k.code, shift: k.shift, at });
    else tokens.push({ kind: 'named', key: k.key, at });
  }
  return tokens;
}

/** The longest gap between two keys the capture times (chords it ignores do not count), in ms. */
export function maxGapOf(tokens: readonly KeyToken[]): number {
  let max = 0;
  let last: number | null = null;
  for (const t of tokens) {
    if (t.kind === 'chord') continue;
    if (last !== null) max = Math.max(max, t.at - last);
    last = Math.max(last ?? t.at, t.at);
  }
  return Math.round(max * 10) / 10;
}

/** What arrived, for people: characters as typed, everything else named in ‹ › (e.g. ‹Ctrl+]› ‹F8› ‹Enter›). */
export function showTokens(tokens: readonly KeyToken[]): string {
  return tokens.map(showToken).join('');
}

export function showToken(t: KeyToken): string {
  switch (t.kind) {
    case 'char':
      return t.char === ' ' ? '‹Space›' : showText(t.char);
    case 'gs':
      return `‹${t.method === 'ctrl-bracket' ? 'Ctrl+]' : t.method === 'alt-0029' ? 'Alt+0029' : 'GS'}›`;
    case 'function-key':
    case 'terminator':
    case 'named':
      return `‹${t.key}›`;
    case 'chord':
      return `‹${t.label}›`;
    case 'alt-code':
      return `‹Alt+${String(t.code).padStart(4, '0')}›`;
    default: {
      const never: never = t;
      return String(never);
    }
  }
}

/** Control characters made visible (GS as ‹GS›). */
export function showText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\u001d' ? '‹GS›' : `‹0x${c.charCodeAt(0).toString(16).padStart(2, '0')}›`,
  );
}

function chordLabel(k: RawKey): string {
  const mods = [k.ctrl && 'Ctrl', k.alt && 'Alt', k.meta && 'Meta'].filter((m): m is string => m !== false);
  const name = k.key.length === 1 ? k.key.toUpperCase() : k.key;
  return [...mods, name].join('+');
}

/**
 * EDIFACT service characters (ISO 9735-1, clause 7 "Service characters"): the separators that split an
 * interchange into segments, data elements and components, the release character that makes the next character
 * plain data, and the decimal mark. A file declares its own set in the UNA service string advice; without one the
 * standard defaults apply.
 */
export interface EdifactSeparators {
  /** Component data element separator, UNA position 1 (default `:`). */
  readonly component: string;
  /** Data element separator, UNA position 2 (default `+`). */
  readonly element: string;
  /** Decimal mark, UNA position 3: `.` or `,` (ISO 9735-1 §10.1). */
  readonly decimal: '.' | ',';
  /** Release character, UNA position 4 (default `?`); null when the UNA gives a space (no release character). */
  readonly release: string | null;
  /**
   * Repetition separator, UNA position 5 in syntax version 4 (`*`); null when the position holds a space, as
   * versions 1–3 require ("reserved for future use").
   */
  readonly repetition: string | null;
  /** Segment terminator, UNA position 6 (default `'`). */
  readonly segment: string;
}

/**
 * Syntax level A defaults, used when there is no UNA (ISO 9735-1 §7.1). The repetition separator stays off: a
 * version-4 interchange that relies on the default `*` without a UNA is rare, and treating `*` as a separator in
 * the far more common version-3 files would cut data such as "A*B" in two.
 */
export const DEFAULT_SEPARATORS: EdifactSeparators = {
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  repetition: null,
  segment: "'",
};

/**
 * Syntax level B (character sets UNOB/UNOD/UNOF…) may use the information separators of ISO 646 instead:
 * IS1 (U+001F) components, IS3 (U+001D) data elements, IS4 (U+001C) segments, and no release character.
 */
export const LEVEL_B_SEPARATORS: EdifactSeparators = {
  component: '\u001f',
  element: '\u001d',
  decimal: '.',
  release: null,
  repetition: null,
  segment: '\u001c',
};

const ROLE_NAMES = {
  component: 'component separator',
  element: 'data element separator',
  decimal: 'decimal mark',
  release: 'release character',
  repetition: 'repetition separator',
  segment: 'segment terminator',
} as const;

type Role = keyof typeof ROLE_NAMES;

/** A character shown so a person can see it: printable as is, otherwise as U+XXXX. */
export function showChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 0x20 && code !== 0x7f ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a separator set cannot work, or null when it is legal. Separators must be single characters, neither
 * letters, digits nor spaces (segment tags and data would become ambiguous), and all different from each other
 * and from the decimal mark (which the type keeps to "." or ","). CR and LF may only be the segment terminator: elsewhere they are the line breaks
 * that senders put between segments.
 */
export function separatorsProblem(separators: EdifactSeparators): string | null {
  const seen = new Map<string, Role>([[separators.decimal, 'decimal']]);
  const roles: readonly Role[] = ['component', 'element', 'release', 'repetition', 'segment'];
  for (const role of roles) {
    const char = separators[role];
    if (char === null) continue;
    if (char.length !== 1) return `the ${ROLE_NAMES[role]} must be one character, not "${char}"`;
    if (/^[\p{L}\p{N}\s]$/u.test(char) && !(role === 'segment' && (char === '\n' || char === '\r'))) {
      return `the ${ROLE_NAMES[role]} ${showChar(char)} is a letter, digit or space; it would be mistaken for data`;
    }
    const other = seen.get(char);
    if (other !== undefined) {
      return `${showChar(char)} is declared as both the ${ROLE_NAMES[other]} and the ${ROLE_NAMES[role]}`;
    }
    seen.set(char, role);
  }
  return null;
}

/** The nine-character UNA service string advice that declares `separators` (ISO 9735-1 §7.2). */
export function unaOf(separators: EdifactSeparators): string {
  const { component, element, decimal, release, repetition, segment } = separators;
  return `UNA${component}${element}${decimal}${release ?? ' '}${repetition ?? ' '}${segment}`;
}

export type UnaReading =
  { readonly ok: true; readonly separators: EdifactSeparators } | { readonly ok: false; readonly problem: string };

/**
 * Reads the six characters after `UNA` at `start` (the index of the U). Positions 4 and 5 may be spaces: no
 * release character, and the reserved position of syntax versions 1–3.
 */
export function readUna(text: string, start: number): UnaReading {
  if (text.length < start + 9) {
    return { ok: false, problem: 'the UNA service string advice is cut short: it needs six characters after "UNA"' };
  }
  const at = (offset: number): string => text.charAt(start + 3 + offset);
  const decimal = at(2);
  const separators: EdifactSeparators = {
    component: at(0),
    element: at(1),
    decimal: decimal === ',' ? ',' : '.',
    release: at(3) === ' ' ? null : at(3),
    repetition: at(4) === ' ' ? null : at(4),
    segment: at(5),
  };
  if (decimal !== '.' && decimal !== ',') {
    return { ok: false, problem: `the UNA decimal mark must be "." or ",", not ${showChar(decimal)}` };
  }
  const problem = separatorsProblem(separators);
  return problem === null ? { ok: true, separators } : { ok: false, problem: `UNA: ${problem}` };
}

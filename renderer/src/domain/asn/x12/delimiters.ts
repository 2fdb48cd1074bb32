/**
 * X12 delimiters as an interchange declares them. X12.5 (Interchange Control Structures) fixes the ISA segment
 * at 16 elements: the character right after "ISA" is the element separator, ISA16 is the component (sub-element)
 * separator and the character after ISA16 ends every segment. Nothing is hard-coded: partner files use `~`, `*`,
 * newline, even U+2026 (fixture #4), so everything here works on JS strings by code point, never on bytes.
 */
export interface X12Delimiters {
  /** One code point (after "ISA"). */
  readonly element: string;
  /** ISA16, one code point. Kept for writers; no 856 element this reader maps is a composite. */
  readonly component: string;
  /** One code point, or `\n` meaning "a line break" (CR, LF or CRLF) when the sender ends segments with one. */
  readonly segment: string;
  /**
   * ISA11 from version 00402 on (repetition separator). Recorded, never split on: no element Dockside reads
   * repeats, and partners send values such as `999999-001` with ISA11 `-` (fixture #7).
   */
  readonly repetition?: string;
}

export type IsaReading =
  | {
      readonly ok: true;
      readonly delimiters: X12Delimiters;
      readonly elements: readonly string[];
      readonly end: number;
    }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** ISA with its 16 elements is 106 characters; real files pad fields wrongly, so we allow slack but stay bounded. */
const ISA_SCAN_LIMIT = 400;

/** Characters that can never be a delimiter: they occur in ordinary data (X12.5 basic character set). */
export function isDataCharacter(char: string): boolean {
  return /^[A-Za-z0-9 ]$/.test(char);
}

function isLineBreak(char: string): boolean {
  return char === '\n' || char === '\r';
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Shows a delimiter or stray character in a message: control characters by their code. */
export function showChar(char: string): string {
  if (char === '') return 'nothing';
  const code = char.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${char}"`;
}

/** The start of some text for a message: control characters shown by their code, at most `max` characters. */
export function printable(text: string, max: number): string {
  let out = '';
  for (let i = 0; i < Math.min(text.length, max); i++) {
    const char = text.charAt(i);
    out += char.charCodeAt(0) < 32 ? showChar(char) : char;
  }
  return out;
}

/**
 * Reads the ISA starting at `start` (which points at "ISA"). Returns its elements (ISA01…ISA16 at 1…16) and
 * where the next segment may begin, or says why the ISA cannot be trusted (truncated, no terminator).
 */
export function readIsa(text: string, start: number): IsaReading {
  const element = codePointAt(text, start + 3);
  if (element === '' || isDataCharacter(element) || isLineBreak(element)) {
    return { ok: false, code: 'x12-isa-truncated', message: 'ISA has no element separator after "ISA"' };
  }
  const elements: string[] = ['ISA'];
  let fieldStart = start + 3 + element.length;
  let at = fieldStart;
  const limit = Math.min(text.length, start + ISA_SCAN_LIMIT);
  while (elements.length < 16) {
    if (at >= limit || isLineBreak(text.charAt(at))) {
      return {
        ok: false,
        code: 'x12-isa-truncated',
        message: `ISA is cut off after ${elements.length - 1} of its 16 elements; an X12 interchange header is 106 characters`,
      };
    }
    if (text.startsWith(element, at)) {
      elements.push(text.slice(fieldStart, at));
      at += element.length;
      fieldStart = at;
    } else at += 1;
  }
  const component = codePointAt(text, at);
  if (component === '' || isLineBreak(component)) {
    return { ok: false, code: 'x12-isa-truncated', message: 'ISA ends before ISA16 (the component separator)' };
  }
  if (component === element || isDataCharacter(component)) {
    return {
      ok: false,
      code: 'x12-isa-delimiters',
      message: `ISA16 is ${showChar(component)}, which cannot be a component separator`,
    };
  }
  elements.push(component);
  at += component.length;
  const terminator = codePointAt(text, at);
  if (terminator === '') {
    return {
      ok: false,
      code: 'x12-isa-no-terminator',
      message: 'the file ends right after ISA16: no segment terminator, so no segment can be read',
    };
  }
  if (isDataCharacter(terminator) || terminator === element || terminator === component) {
    return {
      ok: false,
      code: 'x12-isa-no-terminator',
      message: `ISA has no segment terminator after ISA16 ${showChar(component)} (found ${showChar(terminator)}); the header is malformed or cut`,
    };
  }
  // CRLF or LF after ISA16: segments end at line breaks. A lone CR (classic Mac files) is a plain terminator.
  const loneCr = terminator === '\r' && text.charAt(at + 1) !== '\n';
  const segment = isLineBreak(terminator) && !loneCr ? '\n' : terminator;
  const version = (elements[12] ?? '').trim();
  const isa11 = elements[11] ?? '';
  const repeats = version >= '00402' && isa11.length > 0 && !isDataCharacter(isa11);
  const delimiters: X12Delimiters = repeats
    ? { element, component, segment, repetition: isa11 }
    : { element, component, segment };
  return { ok: true, delimiters, elements, end: at + terminator.length };
}

/**
 * Delimiters for a file that starts at ST with no envelope (fixtures #9 and #10 are transaction sets quoted from
 * a test suite). The element separator follows "ST"; the terminator is the first character after ST01/ST02 that
 * is neither data nor the element separator. The component separator cannot be known and is taken as `>`.
 */
export function inferFromSt(text: string, start: number): X12Delimiters | null {
  const element = codePointAt(text, start + 2);
  if (element === '' || isDataCharacter(element) || isLineBreak(element)) return null;
  const limit = Math.min(text.length, start + 80);
  for (let at = start + 2 + element.length; at < limit; at++) {
    const char = codePointAt(text, at);
    if (isDataCharacter(char) || char === element) continue;
    return { element, component: element === '>' ? ':' : '>', segment: isLineBreak(char) ? '\n' : char };
  }
  return null;
}

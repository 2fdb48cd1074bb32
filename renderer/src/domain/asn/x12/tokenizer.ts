import { inferFromSt, isDataCharacter, printable, readIsa, showChar, type X12Delimiters } from './delimiters';

/**
 * X12 text → segments. Delimiters come from each ISA (a file may hold several interchanges, each with its own
 * delimiters); whitespace between segments (CR/LF, indentation) is skipped, a UTF-8 BOM is dropped, and every
 * segment keeps the 1-based line where it starts so that messages can point at it. Linear in the input and with
 * no backtracking regular expressions, so a huge file of junk fails on its first bad segment.
 */
export interface X12Segment {
  /** Segment id, e.g. `HL`. Same as `elements[0]`. */
  readonly tag: string;
  /** `elements[n]` is element n (`HL01` is `elements[1]`), as sent: not trimmed. */
  readonly elements: readonly string[];
  /** 1-based line of the segment's first character. */
  readonly line: number;
  /** 1-based position of the segment in the file. */
  readonly position: number;
  readonly delimiters: X12Delimiters;
}

export type X12Tokens =
  | {
      readonly ok: true;
      readonly segments: readonly X12Segment[];
      /** False when the file starts at ST and the delimiters were inferred (no ISA). */
      readonly enveloped: boolean;
    }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly line?: number };

const BOM = '\uFEFF';
/** X12.5 segment ids: an upper-case letter then one or two upper-case letters or digits. */
const TAG = /^[A-Z][A-Z0-9]{1,2}$/;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}

/** What the start of a non-X12 text looks like, for the error message. */
function describeStart(text: string): string {
  const head = text.slice(0, 512);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0 || code === 0xfffd || (code < 32 && !isBlank(code))) control++;
  }
  if (control > 4 || head.includes('\u0000')) return 'it is a binary file, not EDI text';
  if (/^(UNA|UNB)/.test(text)) return 'it is EDIFACT (starts with UNA/UNB): import it as an EDIFACT DESADV';
  if (/^GS./.test(text)) return 'it starts at GS with no ISA interchange header, so its delimiters are unknown';
  return `an X12 interchange starts with ISA, and this file starts with "${printable(text, 20)}"`;
}

/** Position after a run of whitespace, counting line feeds into `lines`. */
function skipBlank(text: string, from: number, lines: { n: number }): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!isBlank(code)) break;
    if (code === 10) lines.n++;
    at++;
  }
  return at;
}

function countLineFeeds(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * An ISA read as newline-terminated whose next segment ends in punctuation has lost its own terminator: in a
 * newline-terminated file the next segment (GS, ending in the GS08 version, or ST) ends in a letter or digit.
 */
function lostTerminator(text: string, from: number, delimiters: X12Delimiters): string | null {
  if (delimiters.segment !== '\n') return null;
  const start = skipBlank(text, from, { n: 0 });
  const end = text.indexOf('\n', start);
  const next = text.slice(start, end < 0 ? Math.min(text.length, start + 200) : end).trimEnd();
  const last = next.slice(-1);
  if (last === '' || isDataCharacter(last) || last === delimiters.element || last === delimiters.component) return null;
  return `ISA has no segment terminator after ISA16, yet the next segment ends with ${showChar(last)}: the header lost its terminator`;
}

/** Tokenizes a whole X12 file. Never throws. */
export function tokenizeX12(input: string): X12Tokens {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const lines = { n: 1 };
  let at = skipBlank(text, 0, lines);
  let delimiters: X12Delimiters | null = null;
  let enveloped = true;
  if (text.startsWith('ST', at) && !text.startsWith('ISA', at)) {
    delimiters = inferFromSt(text, at);
    enveloped = false;
  }
  if (!text.startsWith('ISA', at) && delimiters === null) {
    return { ok: false, code: 'x12-not-x12', message: `Not an X12 file: ${describeStart(text.slice(at))}.` };
  }
  const segments: X12Segment[] = [];
  while (at < text.length) {
    const line = lines.n;
    if (text.startsWith('ISA', at)) {
      const isa = readIsa(text, at);
      if (!isa.ok) return { ok: false, code: isa.code, message: `Line ${line}: ${isa.message}.`, line };
      delimiters = isa.delimiters;
      const lost = lostTerminator(text, isa.end, delimiters);
      if (lost !== null) return { ok: false, code: 'x12-isa-no-terminator', message: `Line ${line}: ${lost}.`, line };
      segments.push({ tag: 'ISA', elements: isa.elements, line, position: segments.length + 1, delimiters });
      lines.n += countLineFeeds(text.slice(at, isa.end));
      at = skipBlank(text, isa.end, lines);
      continue;
    }
    if (delimiters === null) break; // unreachable: checked above
    const newlineEnded = delimiters.segment === '\n';
    let end = newlineEnded ? text.indexOf('\n', at) : text.indexOf(delimiters.segment, at);
    if (end < 0) end = text.length;
    let raw = text.slice(at, end);
    if (raw.includes('\n') || raw.includes('\r')) {
      // A line break inside a segment is not data: some senders wrap long lines at a fixed width.
      lines.n += countLineFeeds(raw);
      raw = raw.replace(/[\r\n]/g, '');
    }
    const tagEnd = raw.indexOf(delimiters.element);
    const tag = tagEnd < 0 ? raw.trimEnd() : raw.slice(0, tagEnd);
    if (!TAG.test(tag) || raw.includes('\u0000')) {
      const shown = printable(raw, 24);
      return {
        ok: false,
        code: 'x12-bad-segment',
        message: `Line ${line}: "${shown}" is not an X12 segment (segments start with an id such as HL or LIN); the file is damaged or not X12.`,
        line,
      };
    }
    segments.push({ tag, elements: raw.split(delimiters.element), line, position: segments.length + 1, delimiters });
    at = end + (end < text.length ? (newlineEnded ? 1 : delimiters.segment.length) : 0);
    if (newlineEnded && end < text.length) lines.n++;
    at = skipBlank(text, at, lines);
  }
  if (segments.length === 0) return { ok: false, code: 'x12-empty', message: 'The file holds no X12 segment.' };
  return { ok: true, segments, enveloped };
}

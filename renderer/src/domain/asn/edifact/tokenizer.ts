import type { EdifactSegment } from './segment';
import type { EdifactSeparators } from './separators';
import { DEFAULT_SEPARATORS, LEVEL_B_SEPARATORS, readUna, showChar } from './separators';

/**
 * EDIFACT tokenizer (ISO 9735-1): finds the service characters (UNA, or the defaults), then yields one segment at
 * a time so a reader can stop at the first problem without tokenising the rest of a huge file. One pass, no
 * regular expressions over the input (nothing can backtrack), linear in the file's length.
 *
 * Tolerated because real partner files do it: a UTF-8 byte order mark; CR, LF, tabs and spaces between segments
 * (not part of ISO 9735, but nearly every sender breaks lines after each segment); a last segment without its
 * terminator (the reader decides whether that is a harmless missing `'` after UNZ or a truncated file).
 */
export type TokenizerErrorCode = 'not-edifact' | 'binary' | 'bad-una' | 'bad-segment' | 'truncated';

export interface TokenizerError {
  readonly code: TokenizerErrorCode;
  readonly message: string;
  readonly line: number;
}

export type TokenizerStep =
  | { readonly kind: 'segment'; readonly segment: EdifactSegment }
  | { readonly kind: 'end' }
  | { readonly kind: 'error'; readonly error: TokenizerError };

export interface SegmentReader {
  readonly separators: EdifactSeparators;
  /** True when the file declared its separators in a UNA. */
  readonly hadUna: boolean;
  next(): TokenizerStep;
  /** How many data element repetitions (syntax version 4) were dropped; DESADV segments read here have none. */
  droppedRepetitions(): number;
}

export type OpenResult =
  { readonly ok: true; readonly reader: SegmentReader } | { readonly ok: false; readonly error: TokenizerError };

/** No DESADV segment comes near this; a longer one means a wrong terminator or a file that is not EDIFACT. */
export const MAX_SEGMENT_LENGTH = 100_000;

const TAG = /^[A-Z][A-Z0-9]{2}$/;
const LF = 10;
const CR = 13;

/** Opens `text` (a whole file, decoded) for reading segments. */
export function openSegmentReader(text: string): OpenResult {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // UTF-8 byte order mark, as decoded
  let line = 1;
  while (i < text.length && isBlank(text.charCodeAt(i))) if (text.charCodeAt(i++) === LF) line++;
  let separators: EdifactSeparators = DEFAULT_SEPARATORS;
  let hadUna = false;
  if (text.startsWith('UNA', i)) {
    const una = readUna(text, i);
    if (!una.ok) return { ok: false, error: { code: 'bad-una', message: una.problem, line } };
    separators = una.separators;
    hadUna = true;
    if (separators.segment === '\n') line++;
    i += 9;
  } else if ((text.startsWith('UNB', i) || text.startsWith('UNH', i)) && text.charAt(i + 3) === '\u001d') {
    separators = LEVEL_B_SEPARATORS;
  }
  const binary = firstBinaryChar(text, i, Math.min(text.length, 4096), separators);
  if (binary >= 0) return { ok: false, error: binaryError(text, binary, lineOf(text, binary)) };
  if (!hadUna && !text.startsWith('UNB', i) && !text.startsWith('UNH', i)) {
    return { ok: false, error: { code: 'not-edifact', message: notEdifactMessage(text.slice(i, i + 40)), line } };
  }
  return { ok: true, reader: createReader(text, i, line, separators, hadUna) };
}

function createReader(
  text: string,
  start: number,
  startLine: number,
  separators: EdifactSeparators,
  hadUna: boolean,
): SegmentReader {
  const component = separators.component.charCodeAt(0);
  const element = separators.element.charCodeAt(0);
  const segment = separators.segment.charCodeAt(0);
  const release = separators.release === null ? -1 : separators.release.charCodeAt(0);
  const repetition = separators.repetition === null ? -1 : separators.repetition.charCodeAt(0);
  const special = new Set([component, element, segment, release, repetition]);
  const n = text.length;
  let i = start;
  let line = startLine;
  let position = 0;
  let dropped = 0;
  let failed: TokenizerStep | null = null;

  const fail = (code: TokenizerErrorCode, message: string, at: number): TokenizerStep => {
    failed = { kind: 'error', error: { code, message, line: at } };
    return failed;
  };

  const next = (): TokenizerStep => {
    if (failed) return failed;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isBlank(c) || special.has(c)) break;
      if (c === LF) line++;
    }
    if (i >= n) return { kind: 'end' };
    const segmentStart = i;
    const segmentLine = line;
    const elements: string[][] = [];
    let components: string[] = [];
    let pending = ''; // text before a release character, carried into the current component
    let from = i;
    let skipping = false; // inside a dropped repetition
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (i - segmentStart > MAX_SEGMENT_LENGTH) {
        return fail(
          'bad-segment',
          `the segment starting at line ${segmentLine} runs past ${MAX_SEGMENT_LENGTH.toLocaleString('en-US')} characters ` +
            `without a segment terminator ${showChar(separators.segment)}: this is not an EDIFACT file, or its UNA is wrong`,
          segmentLine,
        );
      }
      if (c === release) {
        if (i + 1 >= n) return fail('truncated', `the file ends with a release character at line ${line}`, line);
        if (!skipping) pending += text.slice(from, i) + text.charAt(i + 1);
        if (text.charCodeAt(i + 1) === LF) line++;
        i++;
        from = i + 1;
      } else if (c === component) {
        if (!skipping) components.push(pending + text.slice(from, i));
        pending = '';
        from = i + 1;
      } else if (c === element || c === segment) {
        if (!skipping) {
          let last = text.slice(from, i);
          if (c === segment && c === LF && last.endsWith('\r')) last = last.slice(0, -1);
          components.push(pending + last);
          elements.push(components);
        }
        components = [];
        pending = '';
        from = i + 1;
        skipping = false;
        if (c === segment) {
          if (c === LF) line++;
          i++;
          return finish(elements, segmentLine, false);
        }
      } else if (c === repetition) {
        if (!skipping) {
          components.push(pending + text.slice(from, i));
          elements.push(components);
          dropped++;
        }
        components = [];
        pending = '';
        skipping = true;
      } else if (c === LF) {
        line++;
      } else if (c < 0x20 && c !== CR && c !== 9) {
        return fail('binary', binaryError(text, i, line).message, line);
      }
    }
    if (!skipping) {
      components.push(pending + text.slice(from, n));
      elements.push(components);
    }
    return finish(elements, segmentLine, true);
  };

  const finish = (elements: string[][], segmentLine: number, unterminated: boolean): TokenizerStep => {
    const tag = elements.shift()?.[0] ?? ''; // the tag element (ISO 9735-1 §5.2: tag, then data elements)
    if (!TAG.test(tag)) {
      const shown = tag.length > 20 ? `${tag.slice(0, 20)}…` : tag;
      if (unterminated) {
        return fail(
          'truncated',
          `the file ends in the middle of a segment at line ${segmentLine} ("${shown}"): it is truncated`,
          segmentLine,
        );
      }
      return fail(
        'bad-segment',
        `line ${segmentLine}: "${shown}" is not a segment tag (three capital letters or digits, such as LIN): ` +
          `the segment before it may lack its terminator ${showChar(separators.segment)}`,
        segmentLine,
      );
    }
    position++;
    const base = { tag, elements, line: segmentLine, position };
    return { kind: 'segment', segment: unterminated ? { ...base, unterminated: true } : base };
  };

  return { separators, hadUna, next, droppedRepetitions: () => dropped };
}

/** Reads every segment of `text`; stops at the first error. For tests and small files. */
export function tokenize(
  text: string,
): { ok: true; segments: EdifactSegment[]; separators: EdifactSeparators } | { ok: false; error: TokenizerError } {
  const opened = openSegmentReader(text);
  if (!opened.ok) return opened;
  const segments: EdifactSegment[] = [];
  for (;;) {
    const step = opened.reader.next();
    if (step.kind === 'end') return { ok: true, segments, separators: opened.reader.separators };
    if (step.kind === 'error') return { ok: false, error: step.error };
    segments.push(step.segment);
  }
}

function isBlank(c: number): boolean {
  return c === LF || c === CR || c === 9 || c === 32;
}

/**
 * Index of the first control character in [from, to) that no EDIFACT file contains, or -1: a quick look at the
 * head of the file so that binary data is named as such rather than as a strange segment. Tab, CR and LF are
 * line layout; the separators may be control characters themselves (syntax level B uses IS1, IS3 and IS4).
 */
function firstBinaryChar(text: string, from: number, to: number, separators: EdifactSeparators): number {
  const allowed = Object.values(separators).filter((char): char is string => char !== null);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== LF && c !== CR && !allowed.includes(text.charAt(i))) return i;
  }
  return -1;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === LF) line++;
  return line;
}

function binaryError(text: string, index: number, line: number): TokenizerError {
  return {
    code: 'binary',
    line,
    message:
      `the file holds binary data (control character ${showChar(text.charAt(index))} at line ${line}): ` +
      'it is not an EDIFACT text file; it may be compressed, encrypted or a different format',
  };
}

function notEdifactMessage(head: string): string {
  const shown = head.replace(/[^\x20-\x7e]/g, '·').trim();
  if (head.startsWith('ISA')) return 'this is an ANSI X12 file (it starts with ISA), not EDIFACT: import it as X12';
  if (shown === '') return 'the file is empty: an EDIFACT file starts with UNA, UNB or UNH';
  return `this is not an EDIFACT file: it should start with UNA, UNB or UNH, but starts with "${shown}"`;
}

import type { AsnParty } from '../canonical-asn';
import { isDataCharacter, showChar, type X12Delimiters } from './delimiters';
import { toX12DateTime } from './x12-dates';

/**
 * Segment text for the 856 writer. X12 has no escape character, so a value that contains a delimiter cannot be
 * written: that is a caller error (choose other delimiters) and raises `X12WriteError` rather than producing a
 * file that a partner would misread.
 */
export class X12WriteError extends Error {
  override readonly name = 'X12WriteError';
}

function isOneCodePoint(text: string): boolean {
  const code = text.codePointAt(0);
  return code !== undefined && String.fromCodePoint(code) === text;
}

/** Checks a delimiter set: single characters, distinct, never data (letters, digits, space) or a line break. */
export function checkDelimiters(delimiters: X12Delimiters): void {
  const { element, component, segment } = delimiters;
  for (const [name, char] of [
    ['element', element],
    ['component', component],
    ['segment', segment],
  ] as const) {
    if (!isOneCodePoint(char) || isDataCharacter(char) || (name !== 'segment' && (char === '\n' || char === '\r'))) {
      throw new X12WriteError(`${showChar(char)} cannot be the ${name} separator of an X12 interchange`);
    }
  }
  if (element === component || element === segment || component === segment) {
    throw new X12WriteError('the element, component and segment separators must differ');
  }
}

/** Builds segments with one delimiter set, checking every value. */
export class SegmentWriter {
  readonly segments: string[] = [];

  constructor(private readonly delimiters: X12Delimiters) {
    checkDelimiters(delimiters);
  }

  /** Adds a segment; trailing empty elements are dropped, as X12.6 requires. */
  add(tag: string, ...elements: readonly (string | undefined)[]): void {
    const values = elements.map((value) => value ?? '');
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    for (const value of values) this.check(tag, value);
    this.segments.push([tag, ...values].join(this.delimiters.element));
  }

  /** Adds a pre-built segment (the fixed-width ISA). */
  raw(text: string): void {
    this.segments.push(text);
  }

  private check(tag: string, value: string): void {
    const { element, component, segment } = this.delimiters;
    for (const char of [element, component, segment, '\n', '\r']) {
      if (value.includes(char)) {
        throw new X12WriteError(
          `${tag} value "${value}" contains ${showChar(char)}, which this interchange uses as a delimiter`,
        );
      }
    }
  }

  /** Count of segments added since `mark` (for SE01). */
  countSince(mark: number): number {
    return this.segments.length - mark;
  }

  text(lineBreaks: boolean): string {
    const { segment } = this.delimiters;
    const end = segment === '\n' || !lineBreaks ? segment : `${segment}\n`;
    return this.segments.map((text) => text + end).join('');
  }
}

/** N1 for a party: GLN with N103 `UL`, else the sender's code, else the name alone. */
export function writeParty(writer: SegmentWriter, role: string, party: AsnParty | undefined): void {
  if (!party) return;
  if (party.gln !== undefined) writer.add('N1', role, party.name, 'UL', party.gln);
  else if (party.code) writer.add('N1', role, party.name, party.code.qualifier, party.code.value);
  else writer.add('N1', role, party.name);
}

/** DTM with qualifier, from an ISO date or date-time. */
export function writeDate(writer: SegmentWriter, qualifier: string, iso: string | undefined): void {
  if (iso === undefined) return;
  const { date, time, timeCode } = toX12DateTime(iso);
  if (timeCode === '') writer.add('DTM', qualifier, date, time);
  else writer.add('DTM', qualifier, date, time, timeCode);
}

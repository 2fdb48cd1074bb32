import type { AsnMark } from '../canonical-asn';
import { gtin14Of, readSscc } from '../identifiers';
import { el, type WarningList } from './problems';
import type { X12Segment } from './tokenizer';

/**
 * MAN marks and numbers: MAN01/MAN02 and MAN04/MAN05 are qualifier (DE 88) + value pairs. `GM` is the SSCC-18
 * (often with the AI 00 in front: 20 digits); `UC` the case's GTIN-14; `CP` a carrier's package id. A GM value
 * that is not an SSCC (fixtures #11, #12 send 22-digit placeholders) is kept as a mark, never cut to 18 digits:
 * a guessed SSCC would match the wrong pallet.
 */
const KNOWN_MARKS = new Set(['GM', 'UC', 'CP', 'AA', 'SM', 'L', 'W', 'ZZ']);

export interface MarkReading {
  /** The first valid-length SSCC on the unit (its check digit may be wrong: then a warning says so). */
  sscc?: string;
  readonly marks: AsnMark[];
}

function readPair(
  segment: X12Segment,
  qualifier: string,
  value: string,
  into: MarkReading,
  warnings: WarningList,
): void {
  const line = segment.line;
  if (qualifier === 'GM') {
    const reading = readSscc(value);
    if (reading.kind === 'not-an-sscc') {
      warnings.add(
        'x12-sscc-invalid',
        `MAN*GM ${value} at line ${line} is not an SSCC (${reading.reason}); the unit is kept without an SSCC`,
        segment,
      );
      into.marks.push({ qualifier, value });
      return;
    }
    if (!reading.checkDigitValid) {
      warnings.add(
        'x12-sscc-check-digit',
        `MAN*GM ${value} at line ${line}: SSCC check digit should be ${reading.expected}, label says ${reading.sscc.slice(-1)}`,
        segment,
      );
    }
    if (into.sscc === undefined) into.sscc = reading.sscc;
    else {
      warnings.add(
        'x12-sscc-second',
        `MAN*GM ${value} at line ${line} is a second SSCC on one unit; kept as a mark`,
        segment,
      );
      into.marks.push({ qualifier, value });
    }
    return;
  }
  if (qualifier === 'UC' && gtin14Of(value) === null) {
    warnings.add(
      'x12-gtin-invalid',
      `MAN*UC ${value} at line ${line} is not a GTIN-14 with a valid check digit; kept as sent`,
      segment,
    );
  } else if (!KNOWN_MARKS.has(qualifier)) {
    warnings.once(
      `man-qualifier:${qualifier}`,
      'x12-unknown-qualifier',
      `MAN qualifier "${qualifier}" (DE 88) at line ${line} is not one Dockside knows; "${value}" kept as a mark`,
      segment,
    );
  }
  into.marks.push({ qualifier, value });
}

/** Reads every MAN segment of an HL loop. */
export function readMarks(content: readonly X12Segment[], warnings: WarningList): MarkReading {
  const reading: MarkReading = { marks: [] };
  for (const segment of content) {
    if (segment.tag !== 'MAN') continue;
    for (const [q, v] of [
      [1, 2],
      [4, 5],
    ] as const) {
      const qualifier = el(segment, q);
      const value = el(segment, v);
      if (qualifier !== '' && value !== '') readPair(segment, qualifier, value, reading, warnings);
    }
  }
  return reading;
}

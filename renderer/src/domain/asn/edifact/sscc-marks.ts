import { withGs1CheckDigit } from '../../gs1/check-digit';
import { readSscc } from '../identifiers';
import type { DesadvDraft } from './desadv-draft';
import type { EdifactSegment } from './segment';
import { elementAt } from './segment';

/**
 * SSCCs from GIN+BJ (DE 7405 `BJ` = serial shipping container code). A GIN carries up to five C208 composites,
 * each an identity number (7402) or a range "first:last" of consecutive SSCCs (EANCOM DESADV, GIN segment notes),
 * which is expanded with the check digit of every SSCC in between (GS1 General Specifications §7.9.1).
 * An SSCC whose check digit is wrong is kept (the label on the pallet carries the same digits) with a warning that
 * names the expected and the found digit; a value that is not 18 digits (or 20 with the AI 00) is reported and
 * dropped, never truncated or padded; a repeated SSCC is reported once per repeat and counted once.
 */
export const MAX_SSCC_RANGE = 10_000;

export function readSsccMarks(segment: EdifactSegment, draft: DesadvDraft): string[] {
  const ssccs: string[] = [];
  for (let element = 2; element <= segment.elements.length; element++) {
    const [first = '', last = ''] = elementAt(segment, element);
    if (first === '') continue;
    const start = checked(first, segment, draft);
    if (start === null) continue;
    if (last === '' || last === first) {
      ssccs.push(noteRepeat(start, segment, draft));
      continue;
    }
    const end = checked(last, segment, draft);
    for (const sscc of expandRange(start, end, segment, draft)) ssccs.push(noteRepeat(sscc, segment, draft));
  }
  return ssccs;
}

function checked(value: string, segment: EdifactSegment, draft: DesadvDraft): string | null {
  const reading = readSscc(value);
  if (reading.kind === 'not-an-sscc') {
    draft.warnings.add('not-an-sscc', `GIN+BJ ${reading.reason}; it is not used as an SSCC`, segment);
    return null;
  }
  if (!reading.checkDigitValid) {
    draft.warnings.add(
      'sscc-check-digit',
      `SSCC ${reading.sscc} fails its check digit: expected ${reading.expected}, found ${reading.sscc.slice(17)}; ` +
        'check the pallet label before receiving it',
      segment,
    );
  }
  return reading.sscc;
}

function expandRange(start: string, end: string | null, segment: EdifactSegment, draft: DesadvDraft): string[] {
  if (end === null) return [start];
  const from = BigInt(start.slice(0, 17));
  const to = BigInt(end.slice(0, 17));
  const count = to - from + 1n;
  if (count < 1n || count > BigInt(MAX_SSCC_RANGE)) {
    draft.warnings.add(
      'sscc-range',
      `the SSCC range ${start}–${end} is ${count < 1n ? 'backwards' : `${count} long (more than ${MAX_SSCC_RANGE})`}; only its two ends are used`,
      segment,
    );
    return [start, end];
  }
  const ssccs: string[] = [];
  for (let serial = from; serial <= to; serial++) {
    const data = serial.toString().padStart(17, '0');
    ssccs.push(serial === from ? start : serial === to ? end : withGs1CheckDigit(data));
  }
  return ssccs;
}

function noteRepeat(sscc: string, segment: EdifactSegment, draft: DesadvDraft): string {
  const firstLine = draft.seenSsccs.get(sscc);
  if (firstLine === undefined) {
    draft.seenSsccs.set(sscc, segment.line);
  } else {
    draft.warnings.add(
      'sscc-repeated',
      `SSCC ${sscc} at line ${segment.line} was already listed at line ${firstLine}; it is one pallet or carton, counted once`,
      segment,
    );
  }
  return sscc;
}

import type { AsnImportError } from '../asn-importer';
import type { AsnWarning } from '../canonical-asn';
import type { DesadvWarningCode } from './problems';
import { importError } from './problems';
import type { EdifactSegment, SegmentPlace } from './segment';
import { placeOf, valueAt, whereIs } from './segment';
import type { SegmentReader } from './tokenizer';

/**
 * The service segments of ISO 9735-1 (§8 and annex B): interchange UNB…UNZ, optional functional groups UNG…UNE,
 * messages UNH…UNT. Control counts and references are checked and reported as warnings: a wrong UNZ count is
 * common in real files (fixture #14 says 2 for 1 message) and does not change what the messages say. Structure
 * that makes the content doubtful is an error: a message without UNT (truncated), a data segment outside any
 * message, a UNH inside a message.
 */
export interface MessageInfo {
  /** UNH 0062 message reference number. */
  readonly ref: string;
  /** UNH S009: 0065 type, 0052 version, 0054 release, 0051 agency, 0057 association assigned code. */
  readonly type: string;
  readonly version: string;
  readonly release: string;
  readonly agency: string;
  readonly association: string;
  readonly header: SegmentPlace;
  /** UNB 0020 of the enclosing interchange, when there is one. */
  readonly interchangeRef: string | null;
  /** The UNB sender (S002: 0004 id, 0007 qualifier), when there is one. */
  readonly sender: { readonly id: string; readonly qualifier: string } | null;
}

/**
 * Receives one message's segments as they are read, so that a large file is never held as segments in memory
 * and a problem stops the reading where it is.
 */
export interface MessageConsumer {
  add(segment: EdifactSegment): AsnImportError | undefined;
  /** The message's UNT was read; `warnings` are its count and reference findings. */
  close(warnings: readonly AsnWarning[]): AsnImportError | undefined;
}

export type EnvelopeResult =
  | { readonly ok: true; readonly messages: readonly MessageInfo[]; readonly warnings: readonly AsnWarning[] }
  | { readonly ok: false; readonly error: AsnImportError };

interface OpenMessage {
  readonly info: MessageInfo;
  readonly consumer: MessageConsumer;
  /** Segments so far, UNH included (UNT 0074 counts UNH to UNT). */
  count: number;
}

interface OpenInterchange {
  readonly header: EdifactSegment;
  messages: number;
  groups: number;
}

/** Reads every interchange of the file, handing each message's segments to the consumer `open` returns for it. */
export function readEnvelope(reader: SegmentReader, open: (info: MessageInfo) => MessageConsumer): EnvelopeResult {
  const warnings: AsnWarning[] = [];
  const warn = (code: DesadvWarningCode, message: string, segment?: SegmentPlace): void => {
    warnings.push(segment ? { code, message, at: whereIs(segment) } : { code, message });
  };
  const messages: MessageInfo[] = [];
  let interchange: OpenInterchange | null = null;
  let message: OpenMessage | null = null;
  let first = true;

  for (;;) {
    const step = reader.next();
    if (step.kind === 'error') {
      return {
        ok: false,
        error: { code: step.error.code, message: step.error.message, at: { line: step.error.line } },
      };
    }
    if (step.kind === 'end') break;
    const segment = step.segment;
    if (segment.unterminated) {
      if (segment.tag !== 'UNZ') {
        return fail(
          'truncated',
          `the file ends inside the ${segment.tag} segment at line ${segment.line} (no segment terminator): it is truncated`,
          segment,
        );
      }
      warn('unterminated-unz', `the UNZ at line ${segment.line} lacks its segment terminator`, segment);
    }
    if (first && segment.tag !== 'UNB')
      warn('no-unb', 'the file has no UNB interchange header: it holds messages only', segment);
    first = false;
    switch (segment.tag) {
      case 'UNB':
        if (message) return truncated(message, segment);
        if (interchange)
          warn(
            'no-unz',
            `the interchange begun at line ${interchange.header.line} has no UNZ before the next UNB`,
            segment,
          );
        interchange = { header: segment, messages: 0, groups: 0 };
        break;
      case 'UNG':
      case 'UNE':
        if (message) return truncated(message, segment);
        if (interchange && segment.tag === 'UNG') interchange.groups++;
        break;
      case 'UNH': {
        if (message) return truncated(message, segment);
        const info = messageInfo(segment, interchange);
        messages.push(info);
        message = { info, consumer: open(info), count: 1 };
        if (interchange) interchange.messages++;
        break;
      }
      case 'UNT': {
        if (!message)
          return fail(
            'envelope-order',
            `UNT at line ${segment.line} closes a message that was never opened (no UNH before it)`,
            segment,
          );
        const error = message.consumer.close(trailerWarnings(message, segment));
        if (error) return { ok: false, error };
        message = null;
        break;
      }
      case 'UNZ':
        if (message) return truncated(message, segment);
        if (!interchange) warn('no-unb', `UNZ at line ${segment.line} ends an interchange that has no UNB`, segment);
        else checkTrailer(interchange, segment, warn);
        interchange = null;
        break;
      default: {
        if (!message) {
          return fail(
            'envelope-order',
            `${segment.tag} at line ${segment.line} is outside any message (UNH … UNT): the segments are out of order or a UNH is missing`,
            segment,
          );
        }
        message.count++;
        const error = message.consumer.add(segment);
        if (error) return { ok: false, error };
      }
    }
  }
  if (message) {
    return fail(
      'truncated',
      `message ${message.info.ref} (UNH at line ${message.info.header.line}) has no UNT: the file is truncated`,
      message.info.header,
    );
  }
  if (interchange) {
    warn(
      'no-unz',
      `the interchange begun at line ${interchange.header.line} has no UNZ trailer: the file may be cut short after its last message`,
      interchange.header,
    );
  }
  if (messages.length === 0) {
    return {
      ok: false,
      error: {
        code: 'not-desadv',
        message: 'the file holds no message (no UNH … UNT): there is no despatch advice in it',
      },
    };
  }
  if (reader.droppedRepetitions() > 0) {
    warn(
      'repetition-dropped',
      `${reader.droppedRepetitions()} repeated data elements (syntax version 4) were ignored: no DESADV element read here repeats`,
    );
  }
  return { ok: true, messages, warnings };
}

function messageInfo(header: EdifactSegment, interchange: OpenInterchange | null): MessageInfo {
  const unb = interchange?.header;
  return {
    ref: valueAt(header, 1),
    type: valueAt(header, 2, 0),
    version: valueAt(header, 2, 1),
    release: valueAt(header, 2, 2),
    agency: valueAt(header, 2, 3),
    association: valueAt(header, 2, 4),
    header: placeOf(header),
    interchangeRef: unb ? valueAt(unb, 5) : null,
    sender: unb ? { id: valueAt(unb, 2, 0), qualifier: valueAt(unb, 2, 1) } : null,
  };
}

/** UNT 0074 counts the message's segments, UNH and UNT included; 0062 repeats the UNH reference. */
function trailerWarnings(open: OpenMessage, trailer: EdifactSegment): AsnWarning[] {
  const warnings: AsnWarning[] = [];
  const { ref } = open.info;
  const actual = open.count + 1;
  const declared = valueAt(trailer, 1);
  if (declared !== String(actual)) {
    warnings.push({
      code: 'unt-count',
      message: `UNT says message ${ref} has ${declared || 'no'} segments, but it has ${actual} (UNH to UNT)`,
      at: whereIs(trailer),
    });
  }
  const trailerRef = valueAt(trailer, 2);
  if (trailerRef !== ref) {
    warnings.push({
      code: 'unt-reference',
      message: `UNT reference "${trailerRef}" does not match its UNH reference "${ref}"`,
      at: whereIs(trailer),
    });
  }
  return warnings;
}

/** UNZ 0036 counts messages, or functional groups when the interchange has them; 0020 repeats UNB 0020. */
function checkTrailer(
  interchange: OpenInterchange,
  trailer: EdifactSegment,
  warn: (code: DesadvWarningCode, message: string, segment?: SegmentPlace) => void,
): void {
  const counted = interchange.groups > 0 ? interchange.groups : interchange.messages;
  const what = interchange.groups > 0 ? 'functional groups' : 'messages';
  const declared = valueAt(trailer, 1);
  if (declared !== String(counted)) {
    warn('unz-count', `UNZ says the interchange holds ${declared || 'no'} ${what}, but it holds ${counted}`, trailer);
  }
  const ref = valueAt(interchange.header, 5);
  if (valueAt(trailer, 2) !== ref) {
    warn('unz-reference', `UNZ reference "${valueAt(trailer, 2)}" does not match the UNB reference "${ref}"`, trailer);
  }
}

function truncated(open: OpenMessage, next: EdifactSegment): EnvelopeResult {
  return fail(
    'truncated',
    `message ${open.info.ref} (UNH at line ${open.info.header.line}) has no UNT before the ${next.tag} at line ${next.line}: the message is truncated`,
    next,
  );
}

function fail(code: 'truncated' | 'envelope-order', message: string, segment: SegmentPlace): EnvelopeResult {
  return { ok: false, error: importError(code, message, segment) };
}

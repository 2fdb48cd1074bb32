import type { CanonicalAsn } from '../canonical-asn';
import { desadvBody } from './desadv-message-writer';
import { SegmentSerializer, segment } from './segment-writer';
import type { EdifactSeparators } from './separators';
import { DEFAULT_SEPARATORS, separatorsProblem, unaOf } from './separators';

/**
 * Writes canonical ASNs as one EDIFACT interchange of DESADV messages (one per ASN), for the demo ERP, exports
 * and the round-trip property test. Always starts with a UNA so that any legal separator set is self-describing
 * (ISO 9735-1 §7.2); data containing a service character is released. Syntax version 4 when the set has a
 * repetition separator (a version-4 feature), else 3; character set UNOC (ISO 8859-1) unless the data needs
 * UNOW (UTF-8, version 4 only).
 */
export interface DesadvWriteOptions {
  /** UNB S002 interchange sender; default: the first ASN's supplier GLN (qualifier 14), else DOCKSIDE. */
  readonly sender?: { readonly id: string; readonly qualifier: string };
  /** UNB S003 interchange recipient; default: the first ASN's ship-to or buyer GLN, else RECEIVER. */
  readonly recipient?: { readonly id: string; readonly qualifier: string };
  /** UNB 0020 interchange control reference; default "1". */
  readonly interchangeRef?: string;
  /** UNB S004 and DTM+137 preparation date; default now. */
  readonly preparedAt?: Date;
  /** A line break after every segment, as most senders write (default true; never when CR or LF is a separator). */
  readonly lineBreaks?: boolean;
}

export function writeDesadv(
  asns: readonly CanonicalAsn[],
  separators: EdifactSeparators = DEFAULT_SEPARATORS,
  options: DesadvWriteOptions = {},
): string {
  const problem = separatorsProblem(separators);
  if (problem !== null) throw new RangeError(`cannot write EDIFACT with these separators: ${problem}`);
  const serializer = new SegmentSerializer(separators);
  const preparedAt = options.preparedAt ?? new Date();
  const newline =
    options.lineBreaks !== false && separators.segment !== '\n' && separators.segment !== '\r' ? '\n' : '';
  const interchangeRef = options.interchangeRef ?? '1';
  const messages: string[] = [];
  asns.forEach((asn, index) => {
    const ref = String(index + 1);
    const body = desadvBody(asn, separators.decimal, preparedAt);
    messages.push(serializer.text(segment('UNH', ref, ['DESADV', 'D', '01B', 'UN', 'EAN007'])) + newline);
    for (const spec of body) messages.push(serializer.text(spec) + newline);
    messages.push(serializer.text(segment('UNT', String(body.length + 2), ref)) + newline);
  });
  const unicode = messages.some(hasNonLatin1);
  const version = separators.repetition !== null || unicode ? '4' : '3';
  const first = asns[0];
  const sender = options.sender ?? glnParty(first?.supplier.gln) ?? { id: 'DOCKSIDE', qualifier: 'ZZZ' };
  const recipient = options.recipient ??
    glnParty(first?.shipTo?.gln ?? first?.buyer?.gln) ?? { id: 'RECEIVER', qualifier: 'ZZZ' };
  const date = version === '4' ? yyyymmdd(preparedAt) : yyyymmdd(preparedAt).slice(2);
  const unb = segment(
    'UNB',
    [unicode ? 'UNOW' : 'UNOC', version],
    [sender.id, sender.qualifier],
    [recipient.id, recipient.qualifier],
    [date, hhmm(preparedAt)],
    interchangeRef,
  );
  const unz = segment('UNZ', String(asns.length), interchangeRef);
  return [unaOf(separators), newline, serializer.text(unb), newline, ...messages, serializer.text(unz), newline].join(
    '',
  );
}

/** True when the text needs more than ISO 8859-1 (UNOC). */
function hasNonLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

function glnParty(gln: string | undefined): { id: string; qualifier: string } | undefined {
  return gln === undefined ? undefined : { id: gln, qualifier: '14' };
}

function yyyymmdd(date: Date): string {
  return `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;
}

function hhmm(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, '0')}${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

import type { AsnImporter, AsnImportInput, AsnImportResult } from '../asn-importer';
import type { AsnWarning } from '../canonical-asn';
import type { BuiltAsn } from './build-asn';
import { buildAsn } from './build-asn';
import type { MessageConsumer, MessageInfo } from './envelope';
import { readEnvelope } from './envelope';
import { mergeMessages } from './merge-messages';
import { importError } from './problems';
import { startDesadvMessage } from './read-message';
import { whereIs } from './segment';
import { openSegmentReader } from './tokenizer';

/**
 * EDIFACT DESADV despatch advice importer (UN/EDIFACT D.96A and D.01B, EANCOM 1997 EAN005 and 2002 EAN007):
 * one canonical ASN per despatch advice number in the file. All or nothing: the first error rejects the file,
 * with the segment and line it was found at. Errors are values; nothing here throws.
 */
export const edifactDesadvImporter = {
  format: 'edifact-desadv',
  sniff(text: string): boolean {
    return /^\uFEFF?\s*UN[ABH]/.test(text.slice(0, 256));
  },
  read(input: AsnImportInput): AsnImportResult {
    try {
      return readDesadvFile(input);
    } catch (thrown) {
      // A bug, not a property of the file: still reported as a value so one bad file cannot stop an intake run.
      const detail = thrown instanceof Error ? thrown.message : String(thrown);
      return { ok: false, errors: [{ code: 'internal', message: `the DESADV reader failed unexpectedly: ${detail}` }] };
    }
  },
} satisfies AsnImporter;

function readDesadvFile({ text, fileName }: AsnImportInput): AsnImportResult {
  const opened = openSegmentReader(text);
  if (!opened.ok) {
    const { code, message, line } = opened.error;
    return { ok: false, errors: [{ code, message, at: { line } }] };
  }
  const built: BuiltAsn[] = [];
  const envelope = readEnvelope(opened.reader, (info) => {
    if (info.type !== 'DESADV') return SKIP;
    const walker = startDesadvMessage(info);
    return {
      add: (segment) => walker.add(segment),
      close: (trailerWarnings) => {
        const read = walker.finish();
        if (!read.ok) return read.error;
        const versionProblem = unhVersionProblem(info);
        if (versionProblem) read.draft.warnings.add('message-version', versionProblem, info.header);
        const result = buildAsn(read.draft, fileName, trailerWarnings);
        if (!result.ok) return result.error;
        built.push(result.built);
        return undefined;
      },
    };
  });
  if (!envelope.ok) return { ok: false, errors: [envelope.error] };
  if (built.length === 0) return { ok: false, errors: [notDesadv(envelope.messages)] };
  const fileWarnings: AsnWarning[] = [...envelope.warnings];
  for (const message of envelope.messages) {
    if (message.type !== 'DESADV') {
      fileWarnings.push({
        code: 'skipped-message',
        message: `message ${message.ref} is a ${message.type || 'message without a type'}, not a despatch advice; skipped`,
        at: whereIs(message.header),
      });
    }
  }
  const withFileWarnings = built.map((entry) => ({
    ...entry,
    asn: { ...entry.asn, warnings: [...fileWarnings, ...entry.asn.warnings] },
  }));
  return { ok: true, asns: mergeMessages(withFileWarnings) };
}

/** Messages other than DESADV (an INVOIC next to it, say) are read past; the file says which were skipped. */
const SKIP: MessageConsumer = { add: () => undefined, close: () => undefined };

/** UNH S009 of a UN/EDIFACT directory message: version D, a release such as 96A or 01B, agency UN. */
function unhVersionProblem(message: MessageInfo): string | null {
  const { version, release, agency } = message;
  if (version === 'D' && /^\d{2}[A-C]$/.test(release) && agency === 'UN') return null;
  const sent = ['DESADV', version, release, agency].join(':');
  return (
    `UNH ${message.ref} identifies the message as ${sent}; a UN/EDIFACT directory message reads DESADV:D:<release>:UN ` +
    `(such as DESADV:D:96A:UN). It is read as a DESADV of release ${release || 'unknown'}`
  );
}

function notDesadv(messages: readonly MessageInfo[]) {
  const first = messages[0];
  const types = [...new Set(messages.map((message) => message.type || '(no type)'))].join(', ');
  if (messages.some((message) => message.type === 'RECADV')) {
    return importError(
      'not-desadv',
      'this is a RECADV receiving advice, not a DESADV despatch advice: a RECADV reports what a receiver got, ' +
        'it does not announce a shipment. Ask the supplier for the DESADV',
      first?.header,
    );
  }
  return importError(
    'not-desadv',
    `this file holds ${types} messages, not a DESADV despatch advice: there is no shipment to expect in it`,
    first?.header,
  );
}

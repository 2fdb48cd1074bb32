/**
 * A partner file's bytes as text, for the ASN importers (which read strings). Shared by main's file dialog and
 * the web build's file input, so both refuse and decode the same way.
 *
 * - UTF-8 (with or without a BOM) is the norm for EDI and CSV exports.
 * - UTF-16 LE/BE is recognised by its BOM only (Windows "Unicode" exports from Excel write one).
 * - Anything else that is not valid UTF-8 (Windows-1252, ISO-8859-1 exports with accented names) is refused
 *   with a message saying what to do, rather than guessed: a guess silently changes supplier names and lots.
 */
export const MAX_ASN_FILE_BYTES = 200 * 1024 * 1024;

export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

export function tooBigMessage(name: string, size: number, limit: number = MAX_ASN_FILE_BYTES): string {
  return `${name} is ${sizeInWords(size)}; Dockside imports ASN files up to ${sizeInWords(limit)}. Ask the sender to split it by shipment.`;
}

function sizeInWords(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes < mib) return `${Math.ceil(bytes / 1024)} kB`;
  return `${(bytes / mib).toFixed(bytes >= 10 * mib ? 0 : 1)} MB`;
}

export function decodeFileText(name: string, bytes: Uint8Array): FileText {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(new TextDecoder('utf-16le', { fatal: true }).decode(bytes));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(new TextDecoder('utf-16be', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: `${name} says it is UTF-16 (byte order mark) but is not valid UTF-16.` };
  }
  try {
    // TextDecoder drops a UTF-8 BOM by default (Encoding Standard, "decode"): importers never see it.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // An EDIFACT interchange names its own character set (UNB S001 0001, ISO 9735): UNOC is ISO 8859-1, the
    // usual set of European partners, whose "ü" is not valid UTF-8. Decode by that declaration, not by a guess.
    const declared = edifactCharset(bytes);
    if (declared !== null) return ok(new TextDecoder(declared).decode(bytes));
    return {
      ok: false,
      error:
        `${name} is not UTF-8 text (it may be Windows-1252/Latin-1, or not a text file at all). ` +
        'Save or export it as UTF-8 and import it again.',
    };
  }
}

/** ISO 9735 syntax identifiers for the single-byte ISO 8859 sets (UNOA/UNOB are ASCII, valid UTF-8 already). */
const EDIFACT_CHARSETS: Readonly<Record<string, string>> = {
  UNOC: 'iso-8859-1',
  UNOD: 'iso-8859-2',
  UNOE: 'iso-8859-5',
  UNOF: 'iso-8859-7',
  UNOG: 'iso-8859-3',
  UNOH: 'iso-8859-4',
  UNOI: 'iso-8859-6',
  UNOJ: 'iso-8859-8',
  UNOK: 'iso-8859-9',
};

/** The character set an EDIFACT file declares in its UNB (after an optional UNA), or null. */
function edifactCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 64));
  const match = /^(?:UNA.{6}\s*)?UNB.(UNO[A-Z])/s.exec(head);
  return match?.[1] !== undefined ? (EDIFACT_CHARSETS[match[1]] ?? null) : null;
}

function ok(text: string): FileText {
  return { ok: true, text };
}

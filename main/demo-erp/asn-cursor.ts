/**
 * The paging cursor of `GET /api/v1/asns`: a position in the ERP's ASN change log. It is opaque to stations
 * (base64url, RFC 4648 §5, of "asn-change:<sequence>") so the ERP may change what it encodes without breaking
 * anyone; stations store it and send it back verbatim.
 */
const PREFIX = 'asn-change:';

export function encodeAsnCursor(changeSequence: number): string {
  return Buffer.from(`${PREFIX}${changeSequence}`, 'utf8').toString('base64url');
}

/** The change sequence a cursor stands for, or an explanation of why it is not a cursor this ERP issued. */
export function decodeAsnCursor(cursor: string): { ok: true; sequence: number } | { ok: false; problem: string } {
  const problem = `cursor "${cursor.slice(0, 80)}" is not one this ERP issued; page from the start by leaving it out`;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return { ok: false, problem };
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^asn-change:(0|[1-9]\d{0,14})$/.exec(text);
  if (!match?.[1]) return { ok: false, problem };
  return { ok: true, sequence: Number(match[1]) };
}

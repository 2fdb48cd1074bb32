import { describe, expect, it } from 'vitest';
import { decodeFileText, MAX_ASN_FILE_BYTES, tooBigMessage } from './file-text';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeFileText', () => {
  it('reads UTF-8 and drops a UTF-8 BOM', () => {
    expect(decodeFileText('a.csv', utf8('asn_id,Müller'))).toEqual({ ok: true, text: 'asn_id,Müller' });
    expect(decodeFileText('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ISA*')]))).toEqual({
      ok: true,
      text: 'ISA*',
    });
  });

  it('reads UTF-16 LE and BE files by their byte order mark', () => {
    expect(decodeFileText('a.csv', utf16('asn_id,Öl', true))).toEqual({ ok: true, text: 'asn_id,Öl' });
    expect(decodeFileText('a.csv', utf16('asn_id,Öl', false))).toEqual({ ok: true, text: 'asn_id,Öl' });
  });

  it('refuses Latin-1 text with a message naming the file and what to do', () => {
    const latin1 = new Uint8Array([...utf8('supplier,M'), 0xfc, ...utf8('ller')]);
    const result = decodeFileText('partner.csv', latin1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^partner\.csv is not UTF-8 text.*Save or export it as UTF-8/);
  });

  it('decodes an EDIFACT file by the character set its UNB declares (UNOC = ISO 8859-1)', () => {
    const unoc = new Uint8Array([...utf8("UNA:+.? 'UNB+UNOC:3+S+R+260101:1200+1'NAD+SU+++M"), 0xfc, ...utf8("ller'")]);
    expect(decodeFileText('desadv.edi', unoc)).toEqual({
      ok: true,
      text: "UNA:+.? 'UNB+UNOC:3+S+R+260101:1200+1'NAD+SU+++Müller'",
    });
    // UNOA/UNOB declare ASCII: a byte above 127 is still refused, not guessed.
    const unob = new Uint8Array([...utf8("UNB+UNOB:1+S+R+260101:1200+1'NAD+SU+++M"), 0xfc, ...utf8("ller'")]);
    expect(decodeFileText('desadv.edi', unob).ok).toBe(false);
  });

  it('refuses a truncated UTF-16 file', () => {
    const result = decodeFileText('odd.csv', new Uint8Array([0xff, 0xfe, 0x41]));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('not valid UTF-16') as unknown });
  });

  it('says how big a file is and what the limit is', () => {
    expect(tooBigMessage('huge.edi', 250 * 1024 * 1024)).toBe(
      'huge.edi is 250 MB; Dockside imports ASN files up to 200 MB. Ask the sender to split it by shipment.',
    );
    expect(MAX_ASN_FILE_BYTES).toBe(200 * 1024 * 1024);
  });
});

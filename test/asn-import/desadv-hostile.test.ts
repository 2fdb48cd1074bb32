import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AsnImportResult } from '../../renderer/src/domain/asn/asn-importer';
import { edifactDesadvImporter } from '../../renderer/src/domain/asn/edifact/desadv-importer';
import { fixtureText } from './edifact-fixtures';

/**
 * Hostile DESADV input (issue 4, item 6): truncated, binary, huge, out of order, a broken UNA. Each is rejected
 * with a useful message and, where there is one, the line: errors are values, and nothing makes the reader throw.
 */
const read = (text: string): AsnImportResult => edifactDesadvImporter.read({ text, fileName: 'hostile.edi' });

function rejected(text: string) {
  const result = read(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors;
  expect(error?.message.length).toBeGreaterThan(20);
  return error;
}

const SAMPLE = fixtureText('edifact_desadv_D96A_EAN007_edifabric_DespatchAdvice.txt');
const MB = 1024 * 1024;

describe('truncated files', () => {
  it('every cut of a real DESADV is rejected, unless only (part of) the UNZ trailer was lost, which is warned', () => {
    const untEnd = SAMPLE.indexOf("UNT+40+ME000001'") + "UNT+40+ME000001'".length;
    for (let cut = 1; cut < SAMPLE.length - 1; cut++) {
      const result = read(SAMPLE.slice(0, cut));
      if (cut < untEnd) {
        expect(result.ok, `cut at ${cut}`).toBe(false);
        if (!result.ok) expect(result.errors[0]?.code).not.toBe('internal');
      } else if (cut >= SAMPLE.trimEnd().length) {
        expect(result.ok, `cut at ${cut}`).toBe(true); // only the final line break is gone
      } else if (result.ok) {
        const codes = result.asns[0]?.warnings.map((w) => w.code) ?? [];
        expect(codes.includes('no-unz') || codes.includes('unterminated-unz'), `cut at ${cut}`).toBe(true);
      } else {
        expect(result.errors[0]?.code, `cut at ${cut}`).toBe('truncated');
      }
    }
  });

  it('names the message that lost its UNT', () => {
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('CNT+2:4'));
    expect(rejected(cut)).toMatchObject({ code: 'truncated', message: expect.stringContaining('ME000001') as unknown });
  });
});

describe('binary data', () => {
  it('random bytes, a PNG, a ZIP and a NUL inside a real file are called binary', () => {
    let seed = 42;
    const bytes = Array.from({ length: 64 * 1024 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(seed % 256);
    }).join('');
    expect(rejected(bytes)?.code).toBe('binary');
    expect(rejected('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')?.code).toBe('binary');
    expect(rejected('PK\u0003\u0004\u0014\u0000\u0006\u0000')?.code).toBe('binary');
    const withNul = SAMPLE.replace('LIN+3++', 'LIN+3+\u0000+');
    expect(rejected(withNul)).toMatchObject({ code: 'binary', at: { line: 36 } });
  });
});

describe('huge files fail fast with a clear message', () => {
  it('50 MB of text that is not EDIFACT', () => {
    expect(rejected('A'.repeat(50 * MB))).toMatchObject({ code: 'not-edifact', at: { line: 1 } });
  });

  it('50 MB without a segment terminator (a wrong UNA, or no EDIFACT at all)', () => {
    expect(rejected(`UNB+UNOC:3+${'X'.repeat(50 * MB)}`)).toMatchObject({
      code: 'bad-segment',
      message: expect.stringContaining('100,000 characters') as unknown,
    });
  });

  it('50 MB of segments outside any message stop at the first one', () => {
    const junk = `UNB+UNOC:3+A+B+240101:0000+1'\n${"FTX+AAA+++JUNK'\n".repeat((50 * MB) / 16)}`;
    expect(rejected(junk)).toMatchObject({ code: 'envelope-order', at: { line: 2, tag: 'FTX' } });
  });

  it('a 50 MB data element made of release characters is linear, not a catastrophic backtrack', () => {
    expect(rejected(`UNH+1+DESADV:D:96A:UN'FTX+${'??'.repeat(25 * MB)}`)).toMatchObject({ code: 'bad-segment' });
  });
});

describe('wrong segment order', () => {
  const lines = SAMPLE.split('\r\n');
  const swap = (a: string, b: string): string => {
    const i = lines.findIndex((line) => line.startsWith(a));
    const j = lines.findIndex((line) => line.startsWith(b));
    const copy = [...lines];
    [copy[i], copy[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return copy.join('\r\n');
  };

  it('is rejected with the segment and line that is out of place', () => {
    expect(rejected(swap('UNH', 'UNT'))).toMatchObject({ code: 'envelope-order', at: { tag: 'UNT', line: 2 } });
    expect(rejected(swap('CPS+1', 'LIN+1'))).toMatchObject({ code: 'segment-order', at: { tag: 'LIN', line: 16 } });
    expect(rejected(swap('BGM', 'CPS+3'))).toMatchObject({ code: 'segment-order' });
    expect(rejected(swap('UNZ', 'CNT'))).toMatchObject({ code: 'truncated', at: { tag: 'UNZ' } });
    expect(rejected(`${SAMPLE}LIN+9++5410738000152:SRV'`)).toMatchObject({
      code: 'envelope-order',
      at: { tag: 'LIN' },
    });
  });
});

describe('a broken UNA', () => {
  it('duplicate separators, or a letter as separator, are refused before anything is read', () => {
    expect(rejected(`UNA++.? '${SAMPLE.slice(1)}`)).toMatchObject({
      code: 'bad-una',
      message: expect.stringContaining(
        '"+" is declared as both the component separator and the data element separator',
      ) as unknown,
    });
    expect(rejected("UNA:+.?Z'UNB+UNOC:3'")).toMatchObject({ code: 'bad-una' });
  });
});

describe('anything at all', () => {
  it('never throws and never fails for an internal reason, whatever segments arrive in whatever order', () => {
    const token = fc.constantFrom(
      "UNA:+.? '", "UNB+UNOC:3+A+B+240101:0000+1'", "UNH+1+DESADV:D:96A:UN'", "UNT+5+1'", "UNZ+1+1'", "BGM+351+X+9'",
      "CPS+1'", "CPS+2+1'", "CPS+1+2'", "PAC+1++201'", "GIN+BJ+354107380000001051'", "GIN+BJ+1:99999999999999999999'",
      "LIN+1++5410738000152:SRV'", "QTY+12:5'", "QTY+12:x'", "PIA+5+9780738507330'", "DTM+36:20241399:102'",
      "RFF+ON:1'", "NAD+SU+1::9'", "MEA+PD+AAB+KGM:1,5'", "CNT+2:9'", '?', "'", '+', ':', '\r\n', 'XYZ', '\u0000',
    ); // prettier-ignore
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const result = read(tokens.join(''));
        if (!result.ok) expect(result.errors[0]?.code).not.toBe('internal');
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { EdifactSeparators } from './separators';
import { DEFAULT_SEPARATORS, readUna, separatorsProblem, unaOf } from './separators';
import { MAX_SEGMENT_LENGTH, openSegmentReader, tokenize } from './tokenizer';

/** ISO 9735-1 tokenising: UNA or defaults, release character, line numbers, and refusals as values. */
function segments(text: string) {
  const result = tokenize(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.segments;
}

function failure(text: string) {
  const result = tokenize(text);
  if (result.ok) throw new Error('expected a tokenizer error');
  return result.error;
}

describe('tokenize', () => {
  it('uses the level A defaults without a UNA and splits elements and components', () => {
    const [unb, bgm] = segments("UNB+UNOC:3+SENDER:14'BGM+351+DES587441+9'");
    expect(unb).toMatchObject({
      tag: 'UNB',
      elements: [
        ['UNOC', '3'],
        ['SENDER', '14'],
      ],
      line: 1,
      position: 1,
    });
    expect(bgm).toMatchObject({ tag: 'BGM', elements: [['351'], ['DES587441'], ['9']], position: 2 });
    expect(tokenize("UNH+1'")).toMatchObject({ ok: true, separators: DEFAULT_SEPARATORS });
  });

  it('strips a UTF-8 byte order mark and numbers lines across CR LF, LF and blank lines', () => {
    const found = segments("\uFEFFUNB+UNOB:1'\r\nUNH+1+DESADV:D:96A:UN'\n\n  BGM+351+X'\r\n");
    expect(found.map((s) => [s.tag, s.line])).toEqual([
      ['UNB', 1],
      ['UNH', 2],
      ['BGM', 4],
    ]);
  });

  it('reads the separators a UNA declares, including a decimal comma and another release character', () => {
    const result = tokenize('UNA|^,\\*~UNB^UNOC|4~QTY^12|2,5|PCE~FTX^a\\^b\\|c\\~d\\\\e\\*f~');
    expect(result).toMatchObject({
      ok: true,
      separators: { component: '|', element: '^', decimal: ',', release: '\\', repetition: '*', segment: '~' },
    });
    const [, qty, ftx] = segments('UNA|^,\\*~UNB^UNOC|4~QTY^12|2,5|PCE~FTX^a\\^b\\|c\\~d\\\\e\\*f~');
    expect(qty?.elements).toEqual([['12', '2,5', 'PCE']]);
    expect(ftx?.elements).toEqual([['a^b|c~d\\e*f']]);
  });

  it("releases the default service characters: ?+ ?: ?' and ??", () => {
    const [, imd] = segments("UNA:+.? 'UNH+1'IMD+F++:::A?+B?:C?'D??E'");
    expect(imd?.elements).toEqual([['F'], [''], ['', '', '', "A+B:C'D?E"]]);
  });

  it('has no release character when the UNA gives a space, so ? is data', () => {
    const [, rff] = segments("UNA:+.  'UNH+1'RFF+ON:WHAT?'");
    expect(rff?.elements).toEqual([['ON', 'WHAT?']]);
  });

  it('keeps only the first repetition of a repeated element (syntax version 4) and counts the rest', () => {
    const opened = openSegmentReader("UNA:+.?*'UNH+1'RFF+ON:A*ON:B+X'");
    if (!opened.ok) throw new Error(opened.error.message);
    opened.reader.next();
    const step = opened.reader.next();
    expect(step).toMatchObject({ kind: 'segment', segment: { tag: 'RFF', elements: [['ON', 'A'], ['X']] } });
    expect(opened.reader.droppedRepetitions()).toBe(1);
  });

  it('recognises syntax level B information separators without a UNA', () => {
    const found = segments('UNB\u001dUNOB\u001f1\u001cUNH\u001d1\u001c');
    expect(found.map((s) => s.elements)).toEqual([[['UNOB', '1']], [['1']]]);
  });

  it('accepts LF as the segment terminator and drops the CR of CR LF', () => {
    const found = segments('UNA:+.? \nUNB+UNOC:3\r\nUNH+1\r\n');
    expect(found.map((s) => [s.tag, s.elements, s.line])).toEqual([
      ['UNB', [['UNOC', '3']], 2],
      ['UNH', [['1']], 3],
    ]);
  });

  it('keeps a line count inside data that holds a released line break', () => {
    const [, ftx, next] = segments("UNH+1'\nFTX+AAA+++a?\nb'\nCNT+2:1'");
    expect(ftx?.elements[3]).toEqual(['a\nb']);
    expect(next?.line).toBe(4);
  });

  it('flags a last segment that has no terminator instead of inventing one', () => {
    const found = segments("UNB+UNOC:3'UNZ+1+1");
    expect(found[1]).toMatchObject({ tag: 'UNZ', unterminated: true });
  });
});

describe('tokenize refusals (errors are values)', () => {
  it('names an X12 file, an empty file and other text', () => {
    expect(failure('ISA*00*          *00*')).toMatchObject({
      code: 'not-edifact',
      message: expect.stringContaining('X12') as unknown,
    });
    expect(failure('')).toMatchObject({ code: 'not-edifact', message: expect.stringContaining('empty') as unknown });
    expect(failure('hello world')).toMatchObject({
      code: 'not-edifact',
      message: expect.stringContaining('"hello world"') as unknown,
    });
  });

  it('calls binary data binary, with its line', () => {
    expect(failure('\u0000\u0001\u0002garbage')).toMatchObject({ code: 'binary', line: 1 });
    expect(failure("UNB+UNOC:3'\nUNH+1'\nBGM+\u0000'")).toMatchObject({ code: 'binary', line: 3 });
  });

  it('refuses a UNA with duplicate separators, a bad decimal mark, a letter or a short advice', () => {
    expect(failure("UNA::.? 'UNB'")).toMatchObject({
      code: 'bad-una',
      message: expect.stringContaining('both') as unknown,
    });
    expect(failure("UNA:+;? 'UNB'")).toMatchObject({
      code: 'bad-una',
      message: expect.stringContaining('decimal') as unknown,
    });
    expect(failure("UNAX+.? 'UNB'")).toMatchObject({
      code: 'bad-una',
      message: expect.stringContaining('letter') as unknown,
    });
    expect(failure('UNA:+')).toMatchObject({
      code: 'bad-una',
      message: expect.stringContaining('cut short') as unknown,
    });
  });

  it('refuses a segment whose tag is not three capitals, pointing at a missing terminator', () => {
    expect(failure("UNB+UNOC:3'unh+1'")).toMatchObject({ code: 'bad-segment', line: 1 });
    expect(failure("UNB+UNOC:3'+UNH+1'")).toMatchObject({
      code: 'bad-segment',
      message: expect.stringContaining('terminator') as unknown,
    });
  });

  it('gives up on a segment longer than any DESADV segment, quickly', () => {
    const error = failure(`UNB+${'A'.repeat(MAX_SEGMENT_LENGTH + 10)}`);
    expect(error).toMatchObject({ code: 'bad-segment', message: expect.stringContaining('terminator') as unknown });
  });

  it('refuses a file that ends on a release character', () => {
    expect(failure("UNB+UNOC:3'UNH+1?")).toMatchObject({ code: 'truncated' });
  });
});

describe('separators', () => {
  const legal: EdifactSeparators = {
    component: '|',
    element: '^',
    decimal: ',',
    release: '\\',
    repetition: '*',
    segment: '~',
  };

  it('writes and reads back a UNA for any legal set', () => {
    expect(unaOf(DEFAULT_SEPARATORS)).toBe("UNA:+.? '");
    expect(readUna(unaOf(legal), 0)).toEqual({ ok: true, separators: legal });
    expect(separatorsProblem({ ...legal, release: null, repetition: null })).toBeNull();
  });

  it('says why a set cannot work', () => {
    expect(separatorsProblem({ ...legal, element: '|' })).toContain(
      'both the component separator and the data element separator',
    );
    expect(separatorsProblem({ ...legal, component: ',' })).toContain('decimal mark');
    expect(separatorsProblem({ ...legal, segment: '7' })).toContain('letter, digit or space');
    expect(separatorsProblem({ ...legal, component: '\n' })).toContain('letter, digit or space');
    expect(separatorsProblem({ ...legal, segment: '\n' })).toBeNull();
  });
});

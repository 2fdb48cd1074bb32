import { describe, expect, it } from 'vitest';
import { readIsa } from './delimiters';
import { tokenizeX12, type X12Tokens } from './tokenizer';

/**
 * Tokenizer unit tests (issue 4, item 6): delimiters come from the ISA, whatever they are; whitespace between
 * segments is not data; every segment knows its line. Inputs are built here, no files.
 */
function isa(element: string, component: string, version = '00401', isa11 = 'U'): string {
  const fields = ['00', '          ', '00', '          ', 'ZZ', 'SENDER         ', 'ZZ', 'RECEIVER       ']
    .concat(['240101', '1200', isa11, version, '000000001', '0', 'P', component])
    .join(element);
  return `ISA${element}${fields}`;
}

function ok(tokens: X12Tokens): Extract<X12Tokens, { ok: true }> {
  if (!tokens.ok) throw new Error(`expected tokens, got ${tokens.message}`);
  return tokens;
}

function tags(text: string): string[] {
  return ok(tokenizeX12(text)).segments.map((segment) => segment.tag);
}

describe('readIsa', () => {
  it('takes the element separator after "ISA", ISA16 and the terminator after it', () => {
    const reading = readIsa(`${isa('*', '>')}~GS*SH~`, 0);
    expect(reading).toMatchObject({ ok: true, delimiters: { element: '*', component: '>', segment: '~' } });
    if (reading.ok) expect(reading.elements).toHaveLength(17);
  });

  it('reads a multi-byte terminator as one character (U+2026, fixture #4)', () => {
    const reading = readIsa(`${isa('*', ':')}\u2026\r\nGS`, 0);
    expect(reading).toMatchObject({ ok: true, delimiters: { segment: '\u2026' } });
  });

  it('treats a line break after ISA16 as "segments end at line breaks" (fixture #8)', () => {
    expect(readIsa(`${isa('*', '>')}\r\nGS*SH`, 0)).toMatchObject({ ok: true, delimiters: { segment: '\n' } });
  });

  it('records ISA11 as the repetition separator from 00402 on, and not before', () => {
    expect(readIsa(`${isa('*', '>', '00406', '-')}~`, 0)).toMatchObject({ delimiters: { repetition: '-' } });
    expect(readIsa(`${isa('*', '>', '00401', 'U')}~`, 0)).not.toHaveProperty('delimiters.repetition');
  });

  it('refuses a truncated ISA and one whose terminator is missing', () => {
    expect(readIsa('ISA*00*          *00*', 0)).toMatchObject({ ok: false, code: 'x12-isa-truncated' });
    expect(readIsa(`${isa('*', '>')}GS*SH*1~`, 0)).toMatchObject({ ok: false, code: 'x12-isa-no-terminator' });
    expect(readIsa(isa('*', '>'), 0)).toMatchObject({ ok: false, code: 'x12-isa-no-terminator' });
    expect(readIsa(`ISA*00*    \n*00*`, 0)).toMatchObject({ ok: false, code: 'x12-isa-truncated' });
  });
});

describe('tokenizeX12', () => {
  it('splits on the declared delimiters, even unusual ones (fixture #2: ~ ` *)', () => {
    const text = `${isa('~', '`')}*\r\n  GS~SH~1*\r\n    ST~856~0001*\r\n      BSN~00~123456~20010420~1421*\r\n`;
    const tokens = ok(tokenizeX12(text));
    expect(tokens.segments.map((segment) => segment.tag)).toEqual(['ISA', 'GS', 'ST', 'BSN']);
    expect(tokens.segments[3]?.elements).toEqual(['BSN', '00', '123456', '20010420', '1421']);
  });

  it('strips a UTF-8 BOM and tracks the 1-based line of every segment', () => {
    const text = `\uFEFF${isa('*', '>')}~\nGS*SH~\n\n  ST*856*1~SE*2*1~\r\nGE*1*1~`;
    const tokens = ok(tokenizeX12(text));
    expect(tokens.segments.map((segment) => [segment.tag, segment.line, segment.position])).toEqual([
      ['ISA', 1, 1],
      ['GS', 2, 2],
      ['ST', 4, 3],
      ['SE', 4, 4],
      ['GE', 5, 5],
    ]);
  });

  it('reads newline-terminated files with CRLF and no final newline', () => {
    expect(tags(`${isa('*', '>')}\r\nGS*SH\r\nST*856*1\r\nSE*2*1\r\nGE*1*1\r\nIEA*1*1`)).toEqual([
      'ISA',
      'GS',
      'ST',
      'SE',
      'GE',
      'IEA',
    ]);
  });

  it('reads a file whose lines end in a lone CR', () => {
    expect(tags(`${isa('*', '>')}\rGS*SH\rST*856*1\rSE*2*1\r`)).toEqual(['ISA', 'GS', 'ST', 'SE']);
  });

  it('refuses an ISA that lost its terminator before a line break', () => {
    expect(tokenizeX12(`${isa('*', '>')}\nGS*SH*A*B~\nST*856*1~`)).toMatchObject({
      ok: false,
      code: 'x12-isa-no-terminator',
    });
  });

  it('reads a multi-byte terminator and keeps spaces inside values', () => {
    const text = `${isa('*', ':')}\u2026\r\nLIN*00030*BP*000 260 056 524\u2026\r\nSN1**1596*EA\u2026`;
    const tokens = ok(tokenizeX12(text));
    expect(tokens.segments[1]?.elements).toEqual(['LIN', '00030', 'BP', '000 260 056 524']);
    expect(tokens.segments[2]?.line).toBe(3);
  });

  it('does not split on the repetition separator (fixture #7: ISA11 "-", REF*BM*999999-001)', () => {
    const tokens = ok(tokenizeX12(`${isa('*', '>', '00406', '-')}~REF*BM*999999-001~`));
    expect(tokens.segments[1]?.elements).toEqual(['REF', 'BM', '999999-001']);
  });

  it('reads a file that starts at ST with no envelope, inferring the delimiters', () => {
    const tokens = ok(tokenizeX12('ST*856*368090001~\nBSN*00*05755986~\nSE*3*368090001~\n'));
    expect(tokens.enveloped).toBe(false);
    expect(tokens.segments.map((segment) => segment.tag)).toEqual(['ST', 'BSN', 'SE']);
  });

  it('switches delimiters at a second interchange', () => {
    const text = `${isa('*', '>')}~IEA*1*1~${isa('|', '^')}!IEA|1|1!`;
    const tokens = ok(tokenizeX12(text));
    expect(tokens.segments.map((segment) => segment.elements)).toContainEqual(['IEA', '1', '1']);
    expect(tokens.segments[3]?.delimiters.element).toBe('|');
  });

  it('rejects what is not X12, naming what it is', () => {
    expect(tokenizeX12("UNA:+.? 'UNB+UNOC:3")).toMatchObject({ ok: false, code: 'x12-not-x12' });
    expect(tokenizeX12("UNB+UNOC:3+X'")).toMatchObject({ message: expect.stringContaining('EDIFACT') as unknown });
    expect(tokenizeX12('GS*SH*1~ST*856*1~')).toMatchObject({ message: expect.stringContaining('no ISA') as unknown });
    expect(tokenizeX12('\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000')).toMatchObject({
      message: expect.stringContaining('binary') as unknown,
    });
    expect(tokenizeX12('')).toMatchObject({ ok: false });
    expect(tokenizeX12('   \r\n ')).toMatchObject({ ok: false });
  });

  it('rejects a damaged segment with its line', () => {
    const result = tokenizeX12(`${isa('*', '>')}~\nGS*SH~\n\u0000\u0007garbage~`);
    expect(result).toMatchObject({ ok: false, code: 'x12-bad-segment', line: 3 });
    expect(tokenizeX12(`${isa('*', '>')}~\nlin*1*UP*1~`)).toMatchObject({ ok: false, line: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { scannerKeys, type FakeScan } from './fake-scanner-keys';
import { FRENCH, GERMAN, US, type KeyboardLayout } from './keyboard-layouts';
import { learnScannerProfile, type LearnResult } from './learn-scanner-profile';
import { TEST_LABEL_DATA } from './test-label';

const AT = new Date('2025-03-04T05:06:07.000Z');

function learn(scan: Partial<FakeScan>): LearnResult {
  return learnScannerProfile(scannerKeys({ data: TEST_LABEL_DATA, aim: ']C1', ...scan }), AT);
}

function learned(scan: Partial<FakeScan>) {
  const result = learn(scan);
  if (!result.ok) throw new Error(`expected a profile, got ${result.problem}: ${result.message}`);
  return result;
}

function problem(scan: Partial<FakeScan> | { keys: Parameters<typeof learnScannerProfile>[0] }) {
  const result = 'keys' in scan ? learnScannerProfile(scan.keys, AT) : learn(scan);
  if (result.ok) throw new Error('expected learning to fail');
  return result;
}

describe('learning how a scanner types GS', () => {
  it.each([
    ['Ctrl+]', 'ctrl-bracket', { kind: 'ctrl-bracket' }],
    ['a key that is ASCII 29 itself', 'ascii-29', { kind: 'ascii-29' }],
    ['Alt+0029 on the numeric keypad', 'alt-0029', { kind: 'alt-0029' }],
    ['a function key', { functionKey: 'F8' }, { kind: 'function-key', key: 'F8' }],
    ['a substitute character', { substitute: '~' }, { kind: 'substitute', char: '~' }],
  ] as const)('learns GS typed as %s', (_name, gs, expected) => {
    const { profile, findings } = learned({ gs });
    expect(profile.gs).toEqual(expected);
    expect(findings.filter((f) => f.severity === 'fix')).toEqual([]);
  });

  it('says plainly when the scanner drops GS, and how to fix the scanner', () => {
    const { profile, findings } = learned({ gs: 'lost' });
    expect(profile.gs).toEqual({ kind: 'lost' });
    const fix = findings.find((f) => f.severity === 'fix')?.text ?? '';
    expect(fix).toContain('drops the GS separator');
    expect(fix).toContain('cannot be read correctly');
    expect(fix).toContain('transmit FNC1 as GS');
  });

  it('refuses a substitute that GS1 data can contain, or several keys for one GS', () => {
    expect(problem({ gs: { substitute: '%' } }).message).toContain('"%" can be part of GS1 data');
    const keys = scannerKeys({ data: TEST_LABEL_DATA.replace('\u001d', '<GS>') });
    expect(problem({ keys }).message).toContain('several keys (<GS>)');
  });

  it('ignores the GS some scanners send for the leading FNC1, whichever way GS is typed', () => {
    const { profile, findings } = learned({ gs: { functionKey: 'F9' }, data: `\u001d${TEST_LABEL_DATA}` });
    expect(profile).toMatchObject({ prefix: '', aimId: ']C1', gs: { kind: 'function-key', key: 'F9' } });
    expect(findings.map((f) => f.text).join()).toContain('leading FNC1');
  });
});

describe('learning prefix, suffix, terminator and AIM identifiers', () => {
  it('finds nothing extra on a plain scanner', () => {
    expect(learned({}).profile).toEqual({
      prefix: '',
      suffix: '',
      terminator: 'Enter',
      gs: { kind: 'ctrl-bracket' },
      aimId: ']C1',
      maxGapMs: 4,
      maxInterKeyMs: 35,
      learnedAt: '2025-03-04T05:06:07.000Z',
    });
  });

  it('separates prefix, AIM identifier, suffix and a Tab terminator', () => {
    const result = learned({ prefix: '#A', suffix: '*', terminator: 'Tab', gs: { functionKey: 'F8' } });
    expect(result.profile).toMatchObject({ prefix: '#A', aimId: ']C1', suffix: '*', terminator: 'Tab' });
    expect(result.label).toBe('the GS1-128 test label');
    expect(result.arrived).toBe('#A]C1010950600013435210TEST-Yz/7‹F8›21SETUP42*‹Tab›');
  });

  it('knows the DataMatrix from its ]d2', () => {
    expect(learned({ aim: ']d2' })).toMatchObject({
      profile: { aimId: ']d2' },
      label: 'the GS1 DataMatrix test label',
    });
  });

  it('warns that without AIM identifiers plain Code 128 cannot be told apart', () => {
    const { profile, findings } = learned({ aim: '', prefix: '$' });
    expect(profile).toMatchObject({ prefix: '$', aimId: null });
    expect(findings.some((f) => f.severity === 'warn' && f.text.includes('AIM'))).toBe(true);
  });

  it('accepts a scanner with no terminator, with a warning', () => {
    const { profile, findings } = learned({ terminator: null });
    expect(profile.terminator).toBe('none');
    expect(findings.map((f) => f.text).join()).toContain('no Enter or Tab');
  });

  it('ignores control chords around the data (STX/ETX as Ctrl+B/Ctrl+C) and says so', () => {
    const keys = scannerKeys({ data: TEST_LABEL_DATA, aim: ']C1' });
    const chord = (key: string, at: number) =>
      [
        {
          type: 'down',
          key,
          code: `Key${key.toUpperCase()}`,
          ctrl: true,
          alt: false,
          shift: false,
          meta: false,
          altGraph: false,
          at,
        },
        {
          type: 'up',
          key,
          code: `Key${key.toUpperCase()}`,
          ctrl: true,
          alt: false,
          shift: false,
          meta: false,
          altGraph: false,
          at,
        },
      ] as const;
    const result = learnScannerProfile(
      [...chord('b', 999), ...keys.slice(0, -2), ...chord('c', 1400), ...keys.slice(-2)],
      AT,
    );
    expect(result).toMatchObject({ ok: true, profile: { prefix: '', suffix: '' } });
    expect(result.ok && result.findings.map((f) => f.text).join()).toContain('‹Ctrl+B› ‹Ctrl+C›');
  });

  it('learns from the first scan when the label is scanned twice in a row', () => {
    const twice = [
      ...scannerKeys({ data: TEST_LABEL_DATA, prefix: '#' }),
      ...scannerKeys({ data: TEST_LABEL_DATA, prefix: '#', startAt: 1300 }),
    ];
    expect(learnScannerProfile(twice, AT)).toMatchObject({
      ok: true,
      profile: { prefix: '#', suffix: '', terminator: 'Enter', maxGapMs: 4 },
    });
  });

  it('refuses two end keys (Tab then Enter)', () => {
    const keys = scannerKeys({ data: TEST_LABEL_DATA, suffix: '', terminator: 'Tab' });
    const enter = scannerKeys({ data: '', terminator: 'Enter', startAt: 1400 });
    expect(problem({ keys: [...keys, ...enter] }).message).toContain('sends ‹Tab›‹Enter› at the end of a scan');
  });

  it('refuses keys in the prefix that the capture would take for typing', () => {
    const keys = scannerKeys({ data: TEST_LABEL_DATA });
    const first = keys[0];
    if (!first) throw new Error('no keys');
    const escape = { ...first, type: 'down', key: 'Escape', code: 'Escape' } as const;
    expect(problem({ keys: [escape, ...keys] }).message).toContain('sends ‹Escape› before');
  });
});

describe('learning timing', () => {
  it('suggests the default gap for a fast scanner and more for a slower one, within reason', () => {
    expect(learned({ msPerKey: 2 }).profile).toMatchObject({ maxGapMs: 2, maxInterKeyMs: 35 });
    expect(learned({ msPerKey: 30 }).profile).toMatchObject({ maxGapMs: 30, maxInterKeyMs: 50 });
    const slow = learned({ msPerKey: 70 });
    expect(slow.profile.maxInterKeyMs).toBe(60);
    expect(slow.findings.some((f) => f.severity === 'fix' && f.text.includes('types slowly'))).toBe(true);
  });
});

describe('when learning cannot work', () => {
  it('says nothing arrived', () => {
    const nothing = problem({ keys: [] });
    expect(nothing.problem).toBe('nothing');
    expect(nothing.message).toContain('Nothing arrived');
  });

  it('names the wrong label when another label is scanned', () => {
    const other = problem({ data: '00376104250021234569', aim: ']C1' });
    expect(other.problem).toBe('wrong-label');
    expect(other.message).toContain('not the Dockside test label');
    expect(other.message).toContain('the scanner sent "]C100376104250021234569"');
  });

  it.each<[string, KeyboardLayout, KeyboardLayout, string]>([
    ['a US scanner on a German PC', US, GERMAN, 'US English keyboard, but this PC uses German (QWERTZ)'],
    ['a German scanner on a US PC', GERMAN, US, 'German (QWERTZ) keyboard, but this PC uses US English'],
    ['a US scanner on a French PC', US, FRENCH, 'US English keyboard, but this PC uses French (AZERTY)'],
  ])('detects keyboard-layout mangling: %s', (_name, scannerLayout, pcLayout, words) => {
    const result = problem({ scannerLayout, pcLayout });
    expect(result.problem).toBe('keyboard-layout');
    expect(result.message).toContain(words);
    expect(result.message).toContain("Set the scanner's keyboard language");
  });

  it('detects a layout it has no table for from the physical keys', () => {
    const nordic: KeyboardLayout = { name: 'Nordic', keys: { ...US.keys, Minus: ['+', '?'], Slash: ['-', '_'] } };
    const result = problem({ pcLayout: nordic });
    expect(result.problem).toBe('keyboard-layout');
    expect(result.message).toContain(`the label's "-" arrived as "+"`);
    expect(result.message).toContain('another keyboard layout');
  });

  it('detects Caps Lock', () => {
    const caps = problem({ capsLock: true });
    expect(caps.problem).toBe('caps-lock');
    expect(caps.message).toContain('Caps Lock');
  });

  it('tells typing from scanning', () => {
    expect(problem({ data: 'hello', aim: '', msPerKey: 150 }).problem).toBe('typed');
  });

  it('says when the right label arrived with its lot changed', () => {
    const garbled = problem({ data: TEST_LABEL_DATA.replace('TEST-Yz/7', 'TEST-Yz.7') });
    expect(garbled.problem).toBe('garbled');
    expect(garbled.message).toContain('arrived as "TEST-Yz.7"');
  });
});

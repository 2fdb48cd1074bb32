import { describe, expect, it } from 'vitest';
import { DEFAULT_WEDGE_BURST_OPTIONS, GS, WedgeBurst, type WedgeBurstOptions, type WedgeOutcome } from './wedge-burst';

type Timeline = readonly (readonly [key: string, at: number])[];

/** Keys `gap` ms apart starting at `start`; named keys are written `{Enter}`. */
function keys(text: string, start: number, gap: number): Timeline {
  const out: [string, number][] = [];
  for (const token of text.match(/\{\w+\}|./gsu) ?? []) {
    out.push([token.startsWith('{') && token.length > 1 ? token.slice(1, -1) : token, start + out.length * gap]);
  }
  return out;
}

/**
 * Plays a timeline the way the adapter does and records what a focused text field and the app would see:
 * released text and passed keys land in `field` (named keys as `{Name}`), scans in `scans`. Ends with a tick
 * long after the last key, as the adapter's timer would.
 */
function play(timeline: Timeline, options: Partial<WedgeBurstOptions> = {}) {
  const burst = new WedgeBurst(options);
  let field = '';
  const scans: string[] = [];
  const verdicts: string[] = [];
  const apply = (o: WedgeOutcome | null) => {
    if (o?.kind === 'scan') scans.push(o.raw);
    if (o?.kind === 'release') field += o.text;
  };
  for (const [key, at] of timeline) {
    const step = burst.feed({ key, at });
    apply(step.settled);
    verdicts.push(step.key);
    if (step.key === 'pass') field += key.length === 1 ? key : `{${key}}`;
  }
  apply(burst.tick((timeline.at(-1)?.[1] ?? 0) + 10_000));
  return { field, scans, verdicts, pending: burst.pending };
}

const SSCC = '00376104250021234569';

describe('WedgeBurst: telling a scanner from a person', () => {
  it('reads a fast burst ending in Enter as one scan, holding every key and swallowing the Enter', () => {
    const r = play(keys(`${SSCC}{Enter}`, 1000, 4));
    expect(r.scans).toEqual([SSCC]);
    expect(r.field).toBe('');
    expect(r.verdicts).toEqual([...Array<string>(SSCC.length).fill('hold'), 'swallow']);
    expect(r.pending).toBe(false);
  });

  it('gives slow typing back in order, nothing lost, nothing duplicated', () => {
    const r = play(keys('Pallet 12, bay 3', 0, 120));
    expect(r.field).toBe('Pallet 12, bay 3');
    expect(r.scans).toEqual([]);
  });

  it('releases each typed key as soon as the gap proves it typed, via tick', () => {
    const burst = new WedgeBurst();
    expect(burst.feed({ key: 'a', at: 100 })).toEqual({ settled: null, key: 'hold' });
    expect(burst.deadline).toBe(135);
    expect(burst.tick(135)).toBeNull(); // a gap of exactly maxInterKeyMs still belongs to a burst
    expect(burst.tick(136)).toEqual({ kind: 'release', text: 'a' });
    expect(burst.deadline).toBeNull();
    expect(burst.tick(500)).toBeNull();
  });

  it('releases the held key from feed when the next key comes late, before holding that next key', () => {
    const burst = new WedgeBurst();
    burst.feed({ key: 'a', at: 0 });
    expect(burst.feed({ key: 'b', at: 200 })).toEqual({ settled: { kind: 'release', text: 'a' }, key: 'hold' });
  });

  it('scans a burst that arrives in the middle of typing, and keeps the typing around it', () => {
    const r = play([...keys('Lot ', 0, 90), ...keys(`${SSCC}{Enter}`, 500, 5), ...keys('ok', 1000, 110)]);
    expect(r.scans).toEqual([SSCC]);
    expect(r.field).toBe('Lot ok');
  });

  it('releases a typed key right before a burst in the same step that holds the burst’s first key', () => {
    const r = play([['x', 0], ...keys(`${SSCC}{Enter}`, 36, 5)]);
    expect(r.field).toBe('x');
    expect(r.scans).toEqual([SSCC]);
    expect(r.verdicts.slice(0, 2)).toEqual(['hold', 'hold']);
  });

  it('lets Enter pressed alone pass untouched', () => {
    const r = play([['Enter', 50]]);
    expect(r.verdicts).toEqual(['pass']);
    expect(r.field).toBe('{Enter}');
  });

  it('lets a slow Enter after typing pass, after the typing is given back', () => {
    // The timer has not fired (no tick between), so feed itself must notice the gap.
    const r = play(keys('42{Enter}', 0, 80));
    expect(r.field).toBe('42{Enter}');
    expect(r.verdicts).toEqual(['hold', 'hold', 'pass']);
  });

  it('gives back a fast run shorter than minLength before a terminator, then lets the terminator pass', () => {
    const r = play(keys('123{Enter}', 0, 5));
    expect(r.scans).toEqual([]);
    expect(r.field).toBe('123{Enter}');
    expect(r.verdicts).toEqual(['hold', 'hold', 'hold', 'pass']);
    expect(play(keys('1234{Enter}', 0, 5)).scans).toEqual(['1234']);
  });

  it('treats a fast run that ends without a terminator as typing', () => {
    const r = play(keys(SSCC, 0, 5));
    expect(r.scans).toEqual([]);
    expect(r.field).toBe(SSCC);
  });

  it('scans an unterminated fast run when acceptUnterminated is set, but not a short one', () => {
    expect(play(keys(SSCC, 0, 5), { acceptUnterminated: true }).scans).toEqual([SSCC]);
    expect(play(keys('ab', 0, 5), { acceptUnterminated: true }).field).toBe('ab');
  });

  it('ends bursts with Tab only when Tab is a terminator', () => {
    const withTab = play(keys(`${SSCC}{Tab}`, 0, 5), { terminators: ['Enter', 'Tab'] });
    expect(withTab.scans).toEqual([SSCC]);
    expect(withTab.verdicts.at(-1)).toBe('swallow');
    expect(play(keys(`${SSCC}{Enter}`, 0, 5), { terminators: ['Enter', 'Tab'] }).scans).toEqual([SSCC]);

    const enterOnly = play(keys(`${SSCC}{Tab}`, 0, 5));
    expect(enterOnly.scans).toEqual([]);
    expect(enterOnly.field).toBe(`${SSCC}{Tab}`);

    const tabOnly = play(keys(`${SSCC}{Enter}`, 0, 5), { terminators: ['Tab'] });
    expect(tabOnly.field).toBe(`${SSCC}{Enter}`);
  });

  it('strips a configured prefix and suffix when present, and only then', () => {
    const options = { prefix: '#', suffix: '!!' };
    expect(play(keys(`#${SSCC}!!{Enter}`, 0, 3), options).scans).toEqual([SSCC]);
    expect(play(keys(`${SSCC}{Enter}`, 0, 3), options).scans).toEqual([SSCC]);
    expect(play(keys(`#${SSCC}{Enter}`, 0, 3), options).scans).toEqual([SSCC]);
    expect(play(keys(`]C1${SSCC}{Enter}`, 0, 3), { prefix: ']C1' }).scans).toEqual([SSCC]);
    // minLength counts what the scanner sent, so a prefix-only burst is still a (empty) scan, never typing.
    expect(play(keys('#ab!{Enter}', 0, 3), { prefix: '#ab!' }).scans).toEqual(['']);
  });

  it('maps the configured GS substitute to ASCII 29 in scans, never in typing', () => {
    const options = { gsSubstitute: '~' };
    expect(play(keys('0109501101530003~10AB-1{Enter}', 0, 4), options).scans).toEqual([`0109501101530003${GS}10AB-1`]);
    expect(play(keys('a~b', 0, 100), options).field).toBe('a~b');
    expect(play(keys(`${SSCC}{Enter}`, 0, 4)).scans).toEqual([SSCC]);
  });

  it('keeps a burst together under timing jitter up to maxInterKeyMs, and splits it past that', () => {
    const gaps = [1, 12, 0, 35, 3, 28, 7, 2, 19, 35, 1, 4];
    let at = 0;
    const jittery = Array.from('0037610425002', (key, i): [string, number] => [key, (at += gaps[i] ?? 3)]);
    jittery.push(['Enter', at + 30]);
    expect(play(jittery).scans).toEqual(['0037610425002']);

    const split = play([...keys('0037', 0, 5), ...keys('6104{Enter}', 15 + 36, 5)]);
    expect(split.field).toBe('0037');
    expect(split.scans).toEqual(['6104']);
  });

  it('reads a key stamped before its predecessor as a zero gap, not a long one', () => {
    const r = play([
      ['0', 100],
      ['0', 130],
      ['3', 90],
      ['7', 131],
      ['Enter', 133],
    ]);
    expect(r.scans).toEqual(['0037']);
  });

  it('lets a lone Space pass natively but holds Space inside a run', () => {
    expect(play([[' ', 0]]).verdicts).toEqual(['pass']);
    const r = play(keys('AB 12{Enter}', 0, 4));
    expect(r.scans).toEqual(['AB 12']);
    expect(r.verdicts[2]).toBe('hold');
  });

  it('gives the run back before a key only people press, so Backspace edits what was typed', () => {
    const r = play([...keys('ab', 0, 20), ['Backspace', 50]]);
    expect(r.verdicts).toEqual(['hold', 'hold', 'pass']);
    expect(r.field).toBe('ab{Backspace}');
  });

  it('passes named keys straight through when nothing is held', () => {
    expect(play([['ArrowDown', 0]]).verdicts).toEqual(['pass']);
    expect(play([['Tab', 0]]).verdicts).toEqual(['pass']);
  });

  it('flushes whatever is held as typing, on demand', () => {
    const burst = new WedgeBurst();
    expect(burst.flush()).toBeNull();
    burst.feed({ key: '4', at: 0 });
    burst.feed({ key: '2', at: 3 });
    expect(burst.flush()).toEqual({ kind: 'release', text: '42' });
    expect(burst.pending).toBe(false);
  });

  it('holds characters outside the BMP as one key', () => {
    const r = play(keys('𝟘𝟙𝟚𝟛{Enter}', 0, 4));
    expect(r.scans).toEqual(['𝟘𝟙𝟚𝟛']);
  });

  it('reads back well after a scan with no state left over', () => {
    const r = play([...keys(`${SSCC}{Enter}`, 0, 4), ...keys('7{Enter}', 200, 150)]);
    expect(r.scans).toEqual([SSCC]);
    expect(r.field).toBe('7{Enter}');
  });

  it('never loses, duplicates or reorders typing across randomised human timelines', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'abcdefghij0123456789 -/.';
    for (let round = 0; round < 200; round++) {
      let at = random() * 1000;
      let text = '';
      const timeline: [string, number][] = [];
      for (let i = 0; i < 1 + Math.floor(random() * 30); i++) {
        const key = alphabet[Math.floor(random() * alphabet.length)] ?? 'a';
        timeline.push([key, at]);
        text += key;
        at += 36 + random() * 300; // people: always slower than maxInterKeyMs
      }
      const r = play(timeline);
      expect(r.field).toBe(text);
      expect(r.scans).toEqual([]);
    }
  });

  it('uses the documented defaults', () => {
    expect(new WedgeBurst().options).toEqual({
      maxInterKeyMs: 35,
      minLength: 4,
      terminators: ['Enter'],
      prefix: '',
      suffix: '',
      gsSubstitute: null,
      acceptUnterminated: false,
    });
    expect(DEFAULT_WEDGE_BURST_OPTIONS.maxInterKeyMs).toBe(35);
  });

  it('honours a custom maxInterKeyMs and minLength', () => {
    expect(play(keys('12{Enter}', 0, 60), { maxInterKeyMs: 80, minLength: 2 }).scans).toEqual(['12']);
    expect(play(keys('12{Enter}', 0, 60)).field).toBe('12{Enter}');
  });

  it('rejects settings that would misclassify every key', () => {
    expect(() => new WedgeBurst({ maxInterKeyMs: 0 })).toThrow(RangeError);
    expect(() => new WedgeBurst({ maxInterKeyMs: Number.NaN })).toThrow(RangeError);
    expect(() => new WedgeBurst({ minLength: 0 })).toThrow(RangeError);
    expect(() => new WedgeBurst({ minLength: 2.5 })).toThrow(RangeError);
    expect(() => new WedgeBurst({ terminators: [] })).toThrow(/nothing could ever be a scan/);
    expect(() => new WedgeBurst({ terminators: ['Escape' as 'Enter'] })).toThrow(RangeError);
    expect(() => new WedgeBurst({ gsSubstitute: '~~' })).toThrow(RangeError);
    expect(() => new WedgeBurst({ gsSubstitute: '' })).toThrow(RangeError);
    expect(new WedgeBurst({ terminators: [], acceptUnterminated: true }).options.terminators).toEqual([]);
  });
});

describe('WedgeBurst.touch: keys of a burst that type nothing', () => {
  it('keeps the run alive from a key that types no character, judged on its timestamp', () => {
    const burst = new WedgeBurst();
    burst.feed({ key: '1', at: 0 });
    expect(burst.touch(30)).toBe(true);
    expect(burst.touch(60)).toBe(true);
    expect(burst.tick(90)).toBeNull();
    expect(burst.deadline).toBe(95);
  });

  it('never revives a run that has already expired, and does nothing when nothing is held', () => {
    const burst = new WedgeBurst();
    expect(burst.touch(0)).toBe(false);
    burst.feed({ key: '1', at: 0 });
    expect(burst.touch(36)).toBe(false);
    expect(burst.tick(36)).toEqual({ kind: 'release', text: '1' });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installKeyboardWedge } from './keyboard-wedge';
import { FakeInputEvent, FakeKeyboardEvent, FakePage } from './fake-wedge-page';

const SSCC = '00376104250021234569';

describe('installKeyboardWedge', () => {
  let page: FakePage;
  let scans: string[];
  let uninstall: () => void;

  beforeEach(() => {
    vi.stubGlobal('KeyboardEvent', FakeKeyboardEvent);
    vi.stubGlobal('InputEvent', FakeInputEvent);
    page = new FakePage();
    page.now = 10_000;
    scans = [];
    uninstall = installKeyboardWedge(page.window as unknown as Window, {}, (raw) => scans.push(raw));
  });
  afterEach(() => {
    uninstall();
    vi.unstubAllGlobals();
  });

  it('keeps a burst out of a focused input: every key prevented, one scan, no submit', () => {
    page.input.focus();
    const states = page.type(`${SSCC}{Enter}`, 5);
    page.advance(1000);
    expect(states.every((s) => s.prevented && s.stopped)).toBe(true);
    expect(scans).toEqual([SSCC]);
    expect(page.input.value).toBe('');
    expect(page.input.inputEvents).toEqual([]);
    expect(page.submits).toEqual([]);
    expect(page.execCalls).toEqual([]);
  });

  it('puts slow typing back into the focused input through execCommand, in order', () => {
    page.input.focus();
    const states = page.type('Lot 7', 120);
    expect(page.input.value).toBe('Lot 7');
    expect(page.execCalls).toEqual(['L', 'o', 't', '7']); // the space was never held: it typed natively
    expect(states.map((s) => s.prevented)).toEqual([true, true, true, false, true]);
    expect(page.input.inputEvents).toEqual(['L', 'o', 't', '7']);
    expect(scans).toEqual([]);
  });

  it('releases a typed key within about maxInterKeyMs, not later', () => {
    page.input.focus();
    page.keydown('7');
    page.advance(35);
    expect(page.input.value).toBe('');
    page.advance(1);
    expect(page.input.value).toBe('7');
  });

  it('lets Enter alone through, so forms still submit', () => {
    page.input.focus();
    expect(page.keydown('Enter').prevented).toBe(false);
    expect(page.submits).toHaveLength(1);
  });

  it('gives a short fast run back before a quick Enter, which then submits with the text in place', () => {
    page.input.focus();
    const states = page.type('12{Enter}', 10);
    expect(states.map((s) => s.prevented)).toEqual([true, true, false]);
    expect(page.input.value).toBe('12');
    expect(page.submits).toHaveLength(1);
    expect(scans).toEqual([]);
  });

  it('scans a burst that follows typing and keeps the typing', () => {
    page.input.focus();
    page.type('ab', 100);
    page.type(`${SSCC}{Enter}`, 4);
    page.advance(500);
    expect(page.input.value).toBe('ab');
    expect(scans).toEqual([SSCC]);
  });

  it('leaves shortcuts untouched and does not let them break a burst', () => {
    page.input.focus();
    const copy = page.keydown('c', { ctrlKey: true });
    expect(copy).toEqual({ prevented: false, stopped: false });
    page.advance(200);

    page.type('0037', 4);
    expect(page.keydown('Shift')).toEqual({ prevented: false, stopped: false });
    page.advance(3);
    page.type('6104{Enter}', 4);
    expect(scans).toEqual(['00376104']);
    expect(page.input.value).toBe('');
  });

  it('keeps a burst whose keys are handled late together, judging gaps by their own timestamps', () => {
    page.input.focus();
    page.advance(500);
    // Stamped 3 ms apart by the OS at t=100…, handled from t=500 on, 10 ms apart (a busy page).
    const raw = '00395060000000123';
    for (const [i, char] of Array.from(raw).entries()) {
      expect(page.keydown(char, { at: 100 + 3 * i }).prevented).toBe(true);
      page.advance(10);
    }
    page.keydown('Enter', { at: 100 + 3 * raw.length });
    expect(scans).toEqual([raw]);
    expect(page.input.value).toBe('');
  });

  it('waits longer for the rest of a run only a scanner could type, so a stalled burst stays whole', () => {
    page.input.focus();
    // Stamped by the OS 3 ms apart; the first six are handled at once, then the machine stalls for 100 ms
    // of real time before the rest, still stamped 3 ms apart, are handled.
    const raw = '003950600000001234';
    const stampedAt = (i: number): number => 1000 + 3 * i;
    page.advance(1000);
    for (const [i, char] of Array.from(raw).entries()) {
      if (i === 6) page.advance(100);
      page.keydown(char, { at: stampedAt(i) });
      page.advance(1);
    }
    page.keydown('Enter', { at: stampedAt(raw.length) });
    expect(scans).toEqual([raw]);
    expect(page.input.value).toBe('');
  });

  it('turns the keys wedges send for GS into GS inside a burst, and leaves them alone outside one', () => {
    page.input.focus();
    expect(page.keydown(']', { ctrlKey: true, code: 'BracketRight' }).prevented).toBe(false);
    page.advance(200);
    page.type('10AB', 4);
    expect(page.keydown(']', { ctrlKey: true, code: 'BracketRight' }).prevented).toBe(true);
    page.advance(4);
    page.type('21X', 4);
    for (const d of '0029') {
      page.keydown(d, { altKey: true, code: `Numpad${d}` });
      page.advance(2);
    }
    page.keyup('Alt');
    page.advance(4);
    page.type('17270131{Enter}', 4);
    expect(scans).toEqual(['10AB\u001d21X\u001d17270131']);
    expect(page.input.value).toBe('');
  });

  it('keeps a burst whole while a GS typed as Alt+0029 is handled slowly on a starved machine', () => {
    page.input.focus();
    // The scanner stamps every key 2 ms apart, but the page handles each Alt-code key 60 ms after the last:
    // longer than the release timer's patience for the whole Alt sequence, shorter than it for each key.
    page.advance(1000);
    let stamp = 1000;
    const key = (k: string, mods: Parameters<FakePage['keydown']>[1] = {}): void => {
      stamp += 2;
      page.keydown(k, { ...mods, at: stamp });
    };
    for (const c of '10AB') {
      key(c);
      page.advance(1);
    }
    key('Alt', { altKey: true, code: 'AltLeft' });
    for (const d of '0029') {
      page.advance(60);
      key(d, { altKey: true, code: `Numpad${d}` });
    }
    page.advance(60);
    stamp += 2;
    page.keyup('Alt', stamp);
    for (const c of '21X') {
      page.advance(1);
      key(c);
    }
    key('Enter');
    expect(scans).toEqual(['10AB\u001d21X']);
    expect(page.input.value).toBe('');
  });

  it('holds AltGr characters like any other character', () => {
    page.input.focus();
    expect(page.keydown('@', { ctrlKey: true, altKey: true, altGraph: true }).prevented).toBe(true);
    page.advance(100);
    expect(page.input.value).toBe('@');
  });

  it('gives held keys back before Backspace acts, so it deletes what was typed', () => {
    page.input.focus();
    page.type('ab', 10);
    expect(page.keydown('Backspace').prevented).toBe(false);
    expect(page.input.value).toBe('a');
  });

  it('treats auto-repeat and IME keys as typing: flushes what is held and lets them act natively', () => {
    page.input.focus();
    page.keydown('x');
    page.advance(5);
    expect(page.keydown('x', { repeat: true }).prevented).toBe(false);
    expect(page.input.value).toBe('xx');
    page.advance(5);
    page.keydown('y');
    expect(page.keydown('Process', { isComposing: true }).prevented).toBe(false);
    expect(page.input.value).toBe('xxy');
  });

  it('gives each run back to the field it was typed in', () => {
    page.input.focus();
    page.keydown('a');
    page.advance(5);
    page.keydown('Backspace'); // settles the run from the keydown path, not the timer
    page.other.focus();
    page.type('b', 100);
    expect(page.input.value).toBe('');
    expect(page.other.value).toBe('b');
  });

  it('releases first when a key arrives before the overdue timer (busy main thread)', () => {
    page.input.focus();
    page.keydown('a');
    page.now += 200; // the clock moves, the timer has not run yet
    expect(page.keydown('b').prevented).toBe(true);
    expect(page.input.value).toBe('a');
    page.advance(100);
    expect(page.input.value).toBe('ab');
  });

  it('puts text back with setRangeText and an input event when focus moved away mid-run', () => {
    page.input.focus();
    page.input.value = 'AB';
    page.input.selectionStart = page.input.selectionEnd = 1;
    page.keydown('x');
    page.body.focus();
    page.advance(100);
    expect(page.input.value).toBe('AxB');
    expect(page.input.inputEvents).toEqual(['x']);
    expect(page.execCalls).toEqual([]);
  });

  it('falls back to the value setter for inputs without a selection API', () => {
    page.input.type = 'number';
    page.input.value = '1';
    page.input.focus();
    page.keydown('2');
    page.body.focus();
    page.advance(100);
    expect(page.input.value).toBe('12');
    expect(page.input.inputEvents).toEqual(['2']);
  });

  it('replays released keys as keydowns when nothing editable had focus, without catching them again', () => {
    const seen: string[] = [];
    page.body.addEventListener('keydown', (e) => seen.push((e as KeyboardEvent).key));
    page.type('d', 100);
    expect(seen).toEqual(['d']);
    page.type(`${SSCC}{Enter}`, 3);
    expect(seen).toEqual(['d']);
    expect(scans).toEqual([SSCC]);
  });

  it('uses the options it is given', () => {
    uninstall();
    uninstall = installKeyboardWedge(page.window as unknown as Window, { terminators: ['Tab'], prefix: '#' }, (raw) =>
      scans.push(raw),
    );
    page.input.focus();
    const states = page.type(`#${SSCC}{Tab}`, 5);
    expect(states.at(-1)?.prevented).toBe(true);
    expect(scans).toEqual([SSCC]);
  });

  it('uninstalls: stops listening, cancels its timer and gives back what it held', () => {
    page.input.focus();
    page.keydown('q');
    uninstall();
    expect(page.input.value).toBe('q');
    expect(page.listening).toBe(0);
    page.advance(1000);
    expect(page.input.value).toBe('q');
    expect(page.keydown('r').prevented).toBe(false);
    expect(page.input.value).toBe('qr');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installKeyboardWedge } from './keyboard-wedge';

/*
 * No DOM here (vitest runs in node), so a hand-made window: a manual clock and timers, a document whose
 * execCommand types into the focused fake input, and keydowns whose default action (typing a character,
 * Enter submitting) happens only if nobody called preventDefault, as in Chromium.
 */

class FakeElement extends EventTarget {
  readonly nodeType = 1;
  isContentEditable = false;
  constructor(
    readonly tagName: string,
    private readonly page: FakePage,
  ) {
    super();
  }
  focus(): void {
    this.page.document.activeElement = this;
  }
  override dispatchEvent(event: Event): boolean {
    // Untrusted keydowns travel through the window's capture listeners first, as in the DOM.
    if (event.type === 'keydown') this.page.runCapture(event as KeyboardEvent);
    return super.dispatchEvent(event);
  }
}

class FakeInput extends FakeElement {
  type = 'text';
  value = '';
  readOnly = false;
  disabled = false;
  selectionStart: number | null = 0;
  selectionEnd: number | null = 0;
  readonly inputEvents: string[] = [];
  constructor(page: FakePage) {
    super('INPUT', page);
    this.addEventListener('input', (e) => this.inputEvents.push((e as InputEvent).data ?? ''));
  }
  /** What typing (or execCommand insertText) does: replace the selection, caret after. */
  typeText(text: string): void {
    const start = this.selectionStart ?? this.value.length;
    this.value = this.value.slice(0, start) + text + this.value.slice(this.selectionEnd ?? start);
    this.selectionStart = this.selectionEnd = start + text.length;
  }
  setRangeText(text: string, start: number, end: number): void {
    if (this.type === 'number') throw new DOMException('not supported', 'InvalidStateError');
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
    this.selectionStart = this.selectionEnd = start + text.length;
  }
}

interface Mods {
  code?: string;
  /** The event's own timestamp when it differs from when it is handled (a key delivered late). */
  at?: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  altGraph?: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

class FakePage {
  now = 0;
  readonly submits: number[] = [];
  readonly execCalls: string[] = [];
  private readonly timers = new Map<number, { at: number; fn: () => void }>();
  private nextTimer = 1;
  private readonly captureListeners = new Set<(e: KeyboardEvent) => void>();
  private readonly keyupListeners = new Set<(e: KeyboardEvent) => void>();
  readonly body = new FakeElement('BODY', this);
  readonly input = new FakeInput(this);
  readonly other = new FakeInput(this);
  readonly document = {
    activeElement: this.body as FakeElement | null,
    execCommand: (command: string, _ui: boolean, text: string): boolean => {
      this.execCalls.push(text);
      const active = this.document.activeElement;
      if (command !== 'insertText' || !(active instanceof FakeInput)) return false;
      active.typeText(text);
      active.dispatchEvent(new InputEvent('input', { data: text }));
      return true;
    },
  };
  readonly window = {
    document: this.document,
    performance: { now: () => this.now },
    setTimeout: (fn: () => void, ms: number) => {
      const id = this.nextTimer++;
      this.timers.set(id, { at: this.now + ms, fn });
      return id;
    },
    clearTimeout: (id: number) => this.timers.delete(id),
    addEventListener: (type: string, fn: (e: KeyboardEvent) => void, opts: { capture: boolean }) => {
      if (type === 'keydown' && opts.capture) this.captureListeners.add(fn);
      if (type === 'keyup' && opts.capture) this.keyupListeners.add(fn);
    },
    removeEventListener: (type: string, fn: (e: KeyboardEvent) => void, opts: { capture: boolean }) => {
      if (type === 'keydown' && opts.capture) this.captureListeners.delete(fn);
      if (type === 'keyup' && opts.capture) this.keyupListeners.delete(fn);
    },
  };

  get listening(): number {
    return this.captureListeners.size;
  }

  runCapture(e: KeyboardEvent): void {
    for (const fn of this.captureListeners) fn(e);
  }

  /** Moves the clock, firing due timers in order (each sees the clock at its own due time). */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (due === undefined) break;
      this.timers.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      due[1].fn();
    }
    this.now = end;
  }

  /** A trusted keydown at the current time on the focused element, then its default action unless prevented. */
  keydown(key: string, mods: Mods = {}) {
    const target = this.document.activeElement ?? this.body;
    const state = { prevented: false, stopped: false };
    const event = {
      type: 'keydown',
      key,
      code: mods.code ?? '',
      timeStamp: mods.at ?? this.now,
      target,
      repeat: mods.repeat ?? false,
      isComposing: mods.isComposing ?? false,
      ctrlKey: mods.ctrlKey ?? false,
      altKey: mods.altKey ?? false,
      metaKey: mods.metaKey ?? false,
      getModifierState: (name: string) => name === 'AltGraph' && mods.altGraph === true,
      composedPath: () => [target],
      preventDefault: () => (state.prevented = true),
      stopImmediatePropagation: () => (state.stopped = true),
    };
    this.runCapture(event as unknown as KeyboardEvent);
    if (!state.prevented && target instanceof FakeInput) {
      if (key === 'Enter') this.submits.push(this.now);
      else if (key === 'Backspace') target.value = target.value.slice(0, -1);
      // With Ctrl or Alt held a key types nothing itself (Alt codes are composed by the OS on Alt release).
      else if (key.length === 1 && !mods.ctrlKey && !mods.altKey) target.typeText(key);
    }
    return state;
  }

  /** A trusted keyup (only the wedge's GS translation listens to these). */
  keyup(key: string): void {
    const target = this.document.activeElement ?? this.body;
    const event = {
      type: 'keyup',
      key,
      code: '',
      timeStamp: this.now,
      target,
      repeat: false,
      isComposing: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      getModifierState: () => false,
      composedPath: () => [target],
      preventDefault: () => undefined,
      stopImmediatePropagation: () => undefined,
    };
    for (const fn of this.keyupListeners) fn(event as unknown as KeyboardEvent);
  }

  /** Types `text` one key every `gap` ms (named keys as `{Enter}`), then lets the clock run `gap` more. */
  type(text: string, gap: number) {
    const states = [];
    for (const token of text.match(/\{\w+\}|./gsu) ?? []) {
      states.push(this.keydown(token.length > 1 ? token.slice(1, -1) : token));
      this.advance(gap);
    }
    return states;
  }
}

class FakeKeyboardEvent extends Event {
  readonly key: string;
  constructor(type: string, init: KeyboardEventInit) {
    super(type, init);
    this.key = init.key ?? '';
  }
}
class FakeInputEvent extends Event {
  readonly data: string | null;
  constructor(type: string, init: InputEventInit) {
    super(type, init);
    this.data = init.data ?? null;
  }
}

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

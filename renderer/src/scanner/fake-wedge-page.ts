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

export class FakePage {
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
  keyup(key: string, at: number = this.now): void {
    const target = this.document.activeElement ?? this.body;
    const event = {
      type: 'keyup',
      key,
      code: '',
      timeStamp: at,
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

export class FakeKeyboardEvent extends Event {
  readonly key: string;
  constructor(type: string, init: KeyboardEventInit) {
    super(type, init);
    this.key = init.key ?? '';
  }
}
export class FakeInputEvent extends Event {
  readonly data: string | null;
  constructor(type: string, init: InputEventInit) {
    super(type, init);
    this.data = init.data ?? null;
  }
}

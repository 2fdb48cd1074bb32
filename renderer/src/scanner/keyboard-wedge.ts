import { GsKeyTranslator, type GsKeyOptions } from './gs-keys';
import { MODIFIER_KEYS, rawKeyOf, type RawKey } from './raw-keys';
import { GS, WedgeBurst, type WedgeBurstOptions, type WedgeOutcome, type WedgeStep } from './wedge-burst';

/**
 * Keyboard-wedge capture for the whole window: the DOM side of wedge-burst.ts.
 *
 * Listens to keydown in the capture phase on the window, so it runs before any element (and React's root
 * listener) sees the key, wherever the focus is. A held key is preventDefault()ed on keydown; in Chromium that
 * also cancels the keypress and the text insertion (no beforeinput/input), and for Enter the implicit form
 * submission, so a burst never reaches a field. Keys the classifier releases as typing are put back where
 * they were typed: execCommand('insertText') in a focused field behaves like typing (undo stack, maxlength,
 * beforeinput/input events React's onChange sees).
 *
 * Left alone entirely: modifier keys on their own (a wedge presses Shift for capitals), Ctrl/Alt/Meta chords
 * (shortcuts; AltGr characters still count as characters), function keys, Dead/Unidentified keys. None of
 * these ends a burst. Inside a burst, the keys wedges type for GS (Ctrl+], Alt+0029, a configured function
 * key; see gs-keys.ts) become GS in the scan; outside one they are left to the page.
 * Keyup events pass through untouched.
 */
export type KeyboardWedgeOptions = Partial<WedgeBurstOptions> & { readonly gsKeys?: Partial<GsKeyOptions> };

/**
 * The installed capture. Calling it uninstalls it (as before handles existed). `configure` swaps the options
 * live, so the capture installed before the first render keeps every boot scan and still takes the station's
 * stored scanner profile once the database is open; it throws on invalid options and changes nothing then.
 * `record` is for the scanner setup screen: until the returned function is called, every key event goes to
 * `onKey` instead of being classified, and is kept from the page (Escape excepted, so the screen can cancel).
 */
export interface KeyboardWedge {
  (): void;
  configure(options: KeyboardWedgeOptions): void;
  record(onKey: (key: RawKey) => void): () => void;
}

export function installKeyboardWedge(
  target: Window,
  options: KeyboardWedgeOptions,
  onScan: (raw: string) => void,
): KeyboardWedge {
  let current = options;
  let [burst, gsKeys] = build(current);
  /** Options waiting for the held run to settle: a run is judged by the options it started under. */
  let nextOptions: KeyboardWedgeOptions | null = null;
  let recorder: ((key: RawKey) => void) | null = null;
  const doc = target.document;
  /** Where the held run was typed: released text goes back there even if focus has moved since. */
  let origin: EventTarget | null = null;
  let timer: number | undefined;
  /** Set while we dispatch keys we give back, so our own listener lets them through. */
  let replaying = false;

  const onKeyDown = (e: KeyboardEvent): void => {
    if (replaying) return;
    if (recorder !== null) {
      record(recorder, e);
      return;
    }
    const gs = gsKeys.keydown(e);
    // Alt-code digits are only observed (the OS composes the character on Alt release, for people too), and
    // modifiers are left alone; inside a burst both still count as its keys, so the run waits for the rest.
    if (gs === 'part' || (gs === 'none' && MODIFIER_KEYS.has(e.key))) {
      if (burst.touch(timeOf(e))) schedule();
      if (gs === 'part') return;
    }
    if (gs === 'gs') {
      if (burst.pending) onKey(e, GS);
      return;
    }
    if (leftAlone(e)) return;
    onKey(e, e.key);
  };

  const onKeyUp = (e: KeyboardEvent): void => {
    if (replaying) return;
    if (recorder !== null) record(recorder, e);
    else if (gsKeys.keyup(e) === 'gs' && burst.pending) onKey(e, GS);
  };

  const record = (to: (key: RawKey) => void, e: KeyboardEvent): void => {
    if (!MODIFIER_KEYS.has(e.key) && e.key !== 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    to(rawKeyOf(e, target.performance.now()));
  };

  const onKey = (e: KeyboardEvent, key: string): void => {
    // A wedge never auto-repeats, and IME input is typing by definition: give back what is held, then let
    // the key act normally. Auto-repeat (~30 ms apart) would otherwise pass for a burst.
    const step: WedgeStep =
      e.repeat || e.isComposing || e.key === 'Process'
        ? { settled: burst.flush(), key: 'pass' }
        : burst.feed({ key, at: timeOf(e) });
    if (step.key !== 'pass') {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    const settledFrom = origin;
    if (step.settled !== null) origin = null;
    if (step.key === 'hold') origin ??= originOf(e);
    schedule();
    // Last, because it runs app code: our state and this key's suppression are already settled.
    deliver(step.settled, settledFrom);
  };

  // Human typing must not lag: release held keys as soon as the gap proves they were typed.
  const schedule = (): void => {
    if (timer !== undefined) target.clearTimeout(timer);
    timer = undefined;
    if (nextOptions !== null && !burst.pending) {
      current = nextOptions;
      nextOptions = null;
      [burst, gsKeys] = build(current);
    }
    const deadline = burst.deadline;
    if (deadline === null) return;
    // Wait at least maxInterKeyMs of real time after handling the latest key, even when its timestamp is
    // older: keys stamped milliseconds apart can be handled later than that (a busy page, a burst still
    // being delivered), and the rest of the burst must get its chance before the run is given back as
    // typing. Gaps are still judged on the keys' own timestamps. +1: strictly longer than maxInterKeyMs.
    // A run no person could have typed waits longer still: a scanner's keys stalled on a starved machine
    // would otherwise be given back as typing mid-burst; people are never kept waiting by it.
    const patience = burst.options.maxInterKeyMs * (burst.looksLikeBurst ? BURST_PATIENCE_FACTOR : 1);
    const wait = Math.max(deadline - target.performance.now(), patience);
    timer = target.setTimeout(onTimer, wait + 1);
  };

  // Chromium's scheduler runs pending input ahead of timers, so burst keys delayed by a busy main thread are
  // fed first (with their original timeStamps) and this does not release them early.
  const onTimer = (): void => {
    timer = undefined;
    const from = origin;
    const outcome = burst.tick(target.performance.now());
    if (outcome !== null) origin = null;
    schedule();
    deliver(outcome, from);
  };

  const deliver = (outcome: WedgeOutcome | null, from: EventTarget | null): void => {
    if (outcome === null) return;
    if (outcome.kind === 'scan') onScan(outcome.raw);
    else giveBack(from, outcome.text);
  };

  const giveBack = (from: EventTarget | null, text: string): void => {
    const el = asElement(from);
    if (el !== null && isTextControl(el)) {
      if (!(isFocused(doc, el) && insertText(doc, text))) insertUnfocused(el, text);
    } else if (el?.isContentEditable === true) {
      if (!isFocused(doc, el)) el.focus({ preventScroll: true });
      if (!insertText(doc, text)) replayKeys(el, text);
    } else {
      // Nothing editable had focus: no text to put back, but app key handlers (shortcuts) still get the
      // keys, as untrusted keydowns without native effects.
      replayKeys(from ?? doc, text);
    }
  };

  const replayKeys = (to: EventTarget, text: string): void => {
    replaying = true;
    try {
      for (const key of text) {
        to.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
      }
    } finally {
      replaying = false;
    }
  };

  const timeOf = (e: KeyboardEvent): number => (e.timeStamp > 0 ? e.timeStamp : target.performance.now());

  /** Whatever is held at this moment was typed: give it back rather than lose it. */
  const flushHeld = (): void => {
    if (timer !== undefined) target.clearTimeout(timer);
    timer = undefined;
    const from = origin;
    origin = null;
    deliver(burst.flush(), from);
  };

  target.addEventListener('keydown', onKeyDown, { capture: true });
  target.addEventListener('keyup', onKeyUp, { capture: true });
  const uninstall = (): void => {
    target.removeEventListener('keydown', onKeyDown, { capture: true });
    target.removeEventListener('keyup', onKeyUp, { capture: true });
    recorder = null;
    flushHeld();
  };
  return Object.assign(uninstall, {
    configure(next: KeyboardWedgeOptions): void {
      build(next); // validate now, so a bad profile fails its caller instead of the next scan
      nextOptions = next;
      schedule();
    },
    record(onKey: (key: RawKey) => void): () => void {
      flushHeld();
      recorder = onKey;
      // Fresh state: a half-typed Alt code from before must not complete during recording or after it.
      current = nextOptions ?? current;
      nextOptions = null;
      [burst, gsKeys] = build(current);
      const stop = (): void => {
        if (recorder === onKey) recorder = null;
      };
      return stop;
    },
  });
}

function build(options: KeyboardWedgeOptions): [WedgeBurst, GsKeyTranslator] {
  const { gsKeys, ...burstOptions } = options;
  return [new WedgeBurst(burstOptions), new GsKeyTranslator(gsKeys)];
}

/** How much longer (× maxInterKeyMs) a run that only a scanner could type waits for its next key. */
const BURST_PATIENCE_FACTOR = 4;

function leftAlone(e: KeyboardEvent): boolean {
  if (MODIFIER_KEYS.has(e.key) || e.key === 'Dead' || e.key === 'Unidentified' || /^F\d{1,2}$/.test(e.key)) {
    return true;
  }
  // Windows reports AltGr as Ctrl+Alt; those keys type characters (e.g. '@' on German layouts) and must be held.
  return (e.ctrlKey || e.altKey || e.metaKey) && !e.getModifierState('AltGraph');
}

/** The element that really has focus, inside shadow roots too (event.target is retargeted to the host). */
function originOf(e: KeyboardEvent): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

/** Duck-typed so it works across realms and with test doubles. */
function asElement(t: EventTarget | null): HTMLElement | null {
  return t !== null && (t as Partial<Node>).nodeType === 1 ? (t as HTMLElement) : null;
}

/** Input types whose value is typed text; date, color, range, checkbox… cannot take text back. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

function isTextControl(el: HTMLElement): el is HTMLInputElement | HTMLTextAreaElement {
  if (el.tagName === 'TEXTAREA') {
    const area = el as HTMLTextAreaElement;
    return !area.readOnly && !area.disabled;
  }
  if (el.tagName !== 'INPUT') return false;
  const input = el as HTMLInputElement;
  return TEXT_INPUT_TYPES.has(input.type) && !input.readOnly && !input.disabled;
}

function isFocused(doc: Document, el: Element): boolean {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === el;
}

/** Types `text` at the caret of the focused field; false if the browser refused. */
function insertText(doc: Document, text: string): boolean {
  // Deprecated but still the only API that inserts text as if typed (undo, maxlength, real input events).
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return doc.execCommand('insertText', false, text);
}

/** Focus moved away mid-run (a click within a few ms): put the text at the field's own caret anyway. */
function insertUnfocused(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const end = el.value.length;
  try {
    el.setRangeText(text, el.selectionStart ?? end, el.selectionEnd ?? end, 'end');
  } catch {
    // type=number/email have no selection API. Go through the prototype's setter: React tracks `value` on the
    // instance and would otherwise take the new value for its own and skip onChange.
    Reflect.set(Object.getPrototypeOf(el) as object, 'value', el.value + text, el);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

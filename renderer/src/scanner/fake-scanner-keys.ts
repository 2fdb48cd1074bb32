import { charOf, keyFor, US, type KeyboardLayout } from './keyboard-layouts';
import type { RawKey } from './raw-keys';

/*
 * Test helper: the key events a keyboard-wedge scanner produces for one scan, as the browser reports them
 * (keydown/keyup, Shift around capitals, Alt codes completed on Alt release, KeyboardEvent.code by US
 * position), so learning is tested on the same shape of input the setup screen records.
 */
export type FakeGs =
  | 'ctrl-bracket'
  | 'ascii-29'
  | 'alt-0029'
  | 'lost'
  | { readonly functionKey: string }
  | { readonly substitute: string };

export interface FakeScan {
  /** The data with GS (ASCII 29) where the symbol has FNC1. */
  readonly data: string;
  readonly gs?: FakeGs;
  readonly prefix?: string;
  readonly aim?: string;
  readonly suffix?: string;
  readonly terminator?: 'Enter' | 'Tab' | null;
  readonly msPerKey?: number;
  readonly startAt?: number;
  /** The scanner's keyboard language and the PC's layout (both US unless set). */
  readonly scannerLayout?: KeyboardLayout;
  readonly pcLayout?: KeyboardLayout;
  readonly capsLock?: boolean;
}

const NO_MODS = { ctrl: false, alt: false, shift: false, meta: false, altGraph: false };

export function scannerKeys(scan: FakeScan): RawKey[] {
  const keys: RawKey[] = [];
  const ms = scan.msPerKey ?? 4;
  let at = scan.startAt ?? 1000;
  const scannerLayout = scan.scannerLayout ?? US;
  const pcLayout = scan.pcLayout ?? US;
  const push = (type: RawKey['type'], key: string, code: string, mods: Partial<typeof NO_MODS> = {}): void => {
    keys.push({ type, key, code, ...NO_MODS, ...mods, at });
  };
  const press = (key: string, code: string, mods: Partial<typeof NO_MODS> = {}): void => {
    push('down', key, code, mods);
    push('up', key, code, mods);
    at += ms;
  };
  const typeChar = (char: string): void => {
    const physical = keyFor(scannerLayout, char) ?? { code: '', shift: false };
    let key = physical.code === '' ? char : (charOf(pcLayout, physical.code, physical.shift) ?? char);
    if (scan.capsLock === true && key.toLowerCase() !== key.toUpperCase()) {
      key = key === key.toUpperCase() ? key.toLowerCase() : key.toUpperCase();
    }
    if (physical.shift) push('down', 'Shift', 'ShiftLeft', { shift: true });
    press(key, physical.code, { shift: physical.shift });
    if (physical.shift) push('up', 'Shift', 'ShiftLeft');
  };
  const typeGs = (gs: FakeGs): void => {
    if (gs === 'lost') return;
    if (gs === 'ctrl-bracket') {
      push('down', 'Control', 'ControlLeft', { ctrl: true });
      press(']', 'BracketRight', { ctrl: true });
      push('up', 'Control', 'ControlLeft');
    } else if (gs === 'ascii-29') {
      press('\u001d', '');
    } else if (gs === 'alt-0029') {
      push('down', 'Alt', 'AltLeft', { alt: true });
      for (const d of '0029') press(d, `Numpad${d}`, { alt: true });
      push('up', 'Alt', 'AltLeft');
    } else if ('functionKey' in gs) {
      press(gs.functionKey, gs.functionKey);
    } else {
      typeChar(gs.substitute);
    }
  };
  for (const char of `${scan.prefix ?? ''}${scan.aim ?? ''}`) typeChar(char);
  for (const char of scan.data) {
    if (char === '\u001d') typeGs(scan.gs ?? 'ctrl-bracket');
    else typeChar(char);
  }
  for (const char of scan.suffix ?? '') typeChar(char);
  const terminator = scan.terminator === undefined ? 'Enter' : scan.terminator;
  if (terminator !== null) press(terminator, terminator);
  return keys;
}

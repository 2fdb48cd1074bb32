import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeInputEvent, FakeKeyboardEvent, FakePage } from './fake-wedge-page';
import { installKeyboardWedge, type KeyboardWedge } from './keyboard-wedge';
import type { RawKey } from './raw-keys';

const SSCC = '00376104250021234569';

describe('the installed wedge, reconfigured and recording', () => {
  let page: FakePage;
  let scans: string[];
  let wedge: KeyboardWedge;

  beforeEach(() => {
    vi.stubGlobal('KeyboardEvent', FakeKeyboardEvent);
    vi.stubGlobal('InputEvent', FakeInputEvent);
    page = new FakePage();
    page.now = 10_000;
    scans = [];
    wedge = installKeyboardWedge(page.window as unknown as Window, {}, (raw) => scans.push(raw));
  });
  afterEach(() => {
    wedge();
    vi.unstubAllGlobals();
  });

  it('takes new options live: a prefix learned later is stripped from the next scan', () => {
    page.type(`#${SSCC}{Enter}`, 4);
    wedge.configure({ prefix: '#' });
    page.type(`#${SSCC}{Enter}`, 4);
    expect(scans).toEqual([`#${SSCC}`, SSCC]);
  });

  it('lets a scan in progress finish under the options it started with', () => {
    page.type(`#${SSCC.slice(0, 6)}`, 4);
    wedge.configure({ prefix: '#', terminators: ['Tab'] });
    page.type(`${SSCC.slice(6)}{Enter}`, 4);
    page.type(`#${SSCC}{Tab}`, 4);
    expect(scans).toEqual([`#${SSCC}`, SSCC]);
  });

  it('refuses invalid options and keeps the ones it has', () => {
    expect(() => {
      wedge.configure({ maxInterKeyMs: -1 });
    }).toThrow(RangeError);
    page.type(`${SSCC}{Enter}`, 4);
    expect(scans).toEqual([SSCC]);
  });

  it('records raw keys instead of scanning, keeps them from the page, and lets Escape through', () => {
    const recorded: RawKey[] = [];
    page.input.focus();
    const stop = wedge.record((k) => recorded.push(k));
    const states = page.type(`]C1${SSCC}{Enter}`, 4);
    page.keydown('F8', { code: 'F8' });
    page.keydown(']', { code: 'BracketRight', ctrlKey: true });
    const escape = page.keydown('Escape');
    page.advance(1000);
    expect(scans).toEqual([]);
    expect(page.input.value).toBe('');
    expect(page.submits).toEqual([]);
    expect(states.every((s) => s.prevented)).toBe(true);
    expect(escape.prevented).toBe(false);
    expect(recorded.filter((k) => k.type === 'down').map((k) => k.key)).toEqual([
      ...Array.from(`]C1${SSCC}`),
      'Enter',
      'F8',
      ']',
      'Escape',
    ]);
    expect(recorded.find((k) => k.key === ']' && k.ctrl)).toMatchObject({ code: 'BracketRight' });

    stop();
    page.type(`${SSCC}{Enter}`, 4);
    expect(scans).toEqual([SSCC]);
  });

  it('gives back typing held when recording starts, so it is not lost', () => {
    page.input.focus();
    page.keydown('7');
    wedge.record(() => undefined);
    expect(page.input.value).toBe('7');
  });

  it('stops recording when uninstalled', () => {
    const recorded: RawKey[] = [];
    wedge.record((k) => recorded.push(k));
    wedge();
    page.keydown('1');
    expect(recorded).toEqual([]);
  });
});

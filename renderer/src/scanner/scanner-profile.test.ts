import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scannerKeys, type FakeScan } from './fake-scanner-keys';
import { FakeInputEvent, FakeKeyboardEvent, FakePage } from './fake-wedge-page';
import { installKeyboardWedge, type KeyboardWedge } from './keyboard-wedge';
import { learnScannerProfile } from './learn-scanner-profile';
import type { RawKey } from './raw-keys';
import { readScannerProfile, wedgeOptionsOf, type ScannerProfile } from './scanner-profile';
import { TEST_LABEL_DATA } from './test-label';
import { WedgeBurst } from './wedge-burst';

const PROFILE: ScannerProfile = {
  prefix: '#',
  suffix: '*',
  terminator: 'Enter',
  gs: { kind: 'function-key', key: 'F8' },
  aimId: ']C1',
  maxGapMs: 6,
  maxInterKeyMs: 35,
  learnedAt: '2025-03-04T05:06:07.000Z',
};

describe('a scanner profile as capture options', () => {
  it('maps prefix, suffix, terminator, timing and a function-key GS', () => {
    expect(wedgeOptionsOf(PROFILE)).toEqual({
      maxInterKeyMs: 35,
      minLength: 4,
      prefix: '#',
      suffix: '*',
      terminators: ['Enter'],
      acceptUnterminated: false,
      gsSubstitute: null,
      gsKeys: { ctrlBracket: true, altCode: true, functionKey: 'F8' },
    });
  });

  it('maps a substitute GS, a Tab terminator and no terminator', () => {
    const sub = wedgeOptionsOf({ ...PROFILE, gs: { kind: 'substitute', char: '~' }, terminator: 'Tab' });
    expect(sub).toMatchObject({ gsSubstitute: '~', terminators: ['Tab'], gsKeys: { functionKey: null } });
    const open = wedgeOptionsOf({ ...PROFILE, terminator: 'none' });
    expect(open).toMatchObject({ terminators: [], acceptUnterminated: true });
  });

  it.each(['ctrl-bracket', 'ascii-29', 'alt-0029', 'lost'] as const)('gives valid options for GS %s', (kind) => {
    const { gsKeys, ...burst } = wedgeOptionsOf({ ...PROFILE, gs: { kind } });
    expect(() => new WedgeBurst(burst)).not.toThrow();
    expect(gsKeys).toEqual({ ctrlBracket: true, altCode: true, functionKey: null });
  });
});

describe('reading a stored profile', () => {
  it('reads back what was stored', () => {
    expect(readScannerProfile(JSON.parse(JSON.stringify(PROFILE)))).toEqual(PROFILE);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'Enter'],
    ['a bad terminator', { ...PROFILE, terminator: 'Space' }],
    ['an unknown GS method', { ...PROFILE, gs: { kind: 'telepathy' } }],
    ['a function key that is not one', { ...PROFILE, gs: { kind: 'function-key', key: 'Enter' } }],
    ['a substitute of two characters', { ...PROFILE, gs: { kind: 'substitute', char: '~~' } }],
    ['a malformed AIM identifier', { ...PROFILE, aimId: 'C1' }],
    ['a zero gap', { ...PROFILE, maxInterKeyMs: 0 }],
  ])('reads %s as no profile', (_name, value) => {
    expect(readScannerProfile(value)).toBeNull();
  });
});

/** Plays recorded keys into the fake page at their own times, as the OS would deliver them. */
function play(page: FakePage, keys: readonly RawKey[]): void {
  for (const k of keys) {
    if (k.at > page.now) page.advance(k.at - page.now);
    if (k.type === 'up') page.keyup(k.key);
    else page.keydown(k.key, { code: k.code, ctrlKey: k.ctrl, altKey: k.alt, at: k.at });
  }
  page.advance(500);
}

describe('learning, then capturing with what was learned', () => {
  let page: FakePage;
  let scans: string[];
  let wedge: KeyboardWedge;

  beforeEach(() => {
    vi.stubGlobal('KeyboardEvent', FakeKeyboardEvent);
    vi.stubGlobal('InputEvent', FakeInputEvent);
    page = new FakePage();
    page.now = 500;
    scans = [];
    wedge = installKeyboardWedge(page.window as unknown as Window, {}, (raw) => scans.push(raw));
  });
  afterEach(() => {
    wedge();
    vi.unstubAllGlobals();
  });

  const label = '0037610425002123456930121\u001d10ABC';

  // The last column: whether the default options already read that scanner right.
  it.each<[string, Partial<FakeScan>, boolean]>([
    ['a prefix and a function-key GS', { prefix: '#', gs: { functionKey: 'F8' } }, false],
    ['a substitute GS, a suffix and Tab', { gs: { substitute: '~' }, suffix: '!', terminator: 'Tab' }, false],
    ['ASCII 29 and no terminator', { gs: 'ascii-29', terminator: null }, false],
    ['Alt+0029 and no AIM identifier', { gs: 'alt-0029', aim: '' }, true],
  ])('reads scans whole from a scanner with %s', (_name, scanner, defaultsRead) => {
    const scan = { aim: ']C1', ...scanner };
    const result = learnScannerProfile(scannerKeys({ ...scan, data: TEST_LABEL_DATA }), new Date());
    if (!result.ok) throw new Error(result.message);
    page.input.focus();
    // Without the profile the same scanner's label is misread or typed into the field.
    play(page, scannerKeys({ ...scan, data: label, startAt: page.now + 100 }));
    expect(scans.length === 1 && scans[0] === `${scan.aim}${label}`).toBe(defaultsRead);

    wedge.configure(wedgeOptionsOf(result.profile));
    scans.length = 0;
    page.input.value = '';
    play(page, scannerKeys({ ...scan, data: label, startAt: page.now + 100 }));
    expect(scans).toEqual([`${scan.aim}${label}`]);
    expect(page.input.value).toBe('');
  });
});

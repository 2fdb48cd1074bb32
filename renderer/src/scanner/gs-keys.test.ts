import { describe, expect, it } from 'vitest';
import { GsKeyTranslator, type KeyFacts } from './gs-keys';

const key = (k: string, extra: Partial<KeyFacts> = {}): KeyFacts => ({
  key: k,
  code: '',
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});

describe('GS as wedges type it', () => {
  it('reads Ctrl+] and the control character itself as GS', () => {
    const t = new GsKeyTranslator();
    expect(t.keydown(key(']', { ctrlKey: true, code: 'BracketRight' }))).toBe('gs');
    expect(t.keydown(key('+', { ctrlKey: true, code: 'BracketRight' }))).toBe('gs'); // German layout
    expect(t.keydown(key('\u001d'))).toBe('gs');
    expect(t.keydown(key(']'))).toBe('none');
    expect(t.keydown(key(']', { ctrlKey: true, altKey: true }))).toBe('none'); // AltGr
  });

  it('completes Alt+0029 on the keypad when Alt is released, and nothing else', () => {
    const t = new GsKeyTranslator();
    for (const d of '0029') expect(t.keydown(key(d, { altKey: true, code: `Numpad${d}` }))).toBe('part');
    expect(t.keyup(key('Alt'))).toBe('gs');
    for (const d of '0065') t.keydown(key(d, { altKey: true, code: `Numpad${d}` }));
    expect(t.keyup(key('Alt'))).toBe('none');
    expect(t.keyup(key('Alt'))).toBe('none');
    for (const d of '29') t.keydown(key(d, { altKey: true, code: `Numpad${d}` }));
    expect(t.keyup(key('Alt'))).toBe('gs');
  });

  it('uses a configured function key, and can be told to ignore Ctrl+] and Alt codes', () => {
    const t = new GsKeyTranslator({ functionKey: 'F8', ctrlBracket: false, altCode: false });
    expect(t.keydown(key('F8'))).toBe('gs');
    expect(t.keydown(key('F9'))).toBe('none');
    expect(t.keydown(key(']', { ctrlKey: true }))).toBe('none');
    expect(t.keydown(key('2', { altKey: true, code: 'Numpad2' }))).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { checkIpcSender } from './ipc-sender';

describe('checkIpcSender', () => {
  it('accepts the main frame of the app origin', () => {
    expect(checkIpcSender({ frame: { url: 'app://dockside/', isMainFrame: true } })).toEqual({ ok: true });
    expect(checkIpcSender({ frame: { url: 'app://dockside/receive?asn=7', isMainFrame: true } })).toEqual({
      ok: true,
    });
  });

  it('refuses a frame that is gone', () => {
    expect(checkIpcSender({ frame: null })).toEqual({ ok: false, reason: expect.stringMatching(/gone/) as string });
  });

  it('refuses a subframe even of the app origin', () => {
    const verdict = checkIpcSender({ frame: { url: 'app://dockside/', isMainFrame: false } });
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/subframe/) as string });
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:4010/',
    'app://dockside.evil/',
    'app://dockside@evil/',
    'file:///home/user/evil.html',
    'about:blank',
    'data:text/html,x',
    'chrome-error://chromewebdata/',
    '',
  ])('refuses a main frame at %s', (url) => {
    const verdict = checkIpcSender({ frame: { url, isMainFrame: true } });
    expect(verdict.ok).toBe(false);
  });

  it('names only scheme and host of a foreign sender, never its path', () => {
    const verdict = checkIpcSender({ frame: { url: 'https://evil.example/steal?token=secret', isMainFrame: true } });
    expect(verdict).toEqual({ ok: false, reason: 'the sender is not the app origin (https://evil.example)' });
  });
});

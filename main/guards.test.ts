import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardSession, guardWebContents } from './guards';
import { windowOpenPolicy } from './policy/navigation';

type Listener = (event: { url: string | undefined; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof windowOpen) => {
      windowOpen = handler;
    },
  };
  const emit = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!windowOpen) throw new Error('no window open handler');
    return windowOpen({ url });
  };
  return { contents: contents as unknown as WebContents, emit, open };
}

function guarded(allowList: readonly string[] = []) {
  const fake = fakeContents();
  const openExternal = vi.fn(() => Promise.resolve());
  const log = vi.fn<(line: string) => void>();
  guardWebContents(fake.contents, { windowOpen: windowOpenPolicy(allowList), openExternal, log });
  return { ...fake, openExternal, log };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s allows the app origin only', (name) => {
    const { emit, log } = guarded();
    expect(emit(name, 'app://dockside/setup')).toBe(false);
    expect(emit(name, 'https://evil.example/phish?token=1')).toBe(true);
    expect(emit(name, 'file:///etc/passwd')).toBe(true);
    expect(emit(name, 'app://dockside.evil/')).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/https:\/\/evil\.example$/));
    expect(log.mock.calls.flat().join('\n')).not.toContain('token=1');
  });

  it('blocks every <webview>', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies window.open and opens nothing while the allow-list is empty', () => {
    const { open, openExternal } = guarded();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://dockside/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('hands allow-listed https URLs to the OS browser and still denies the window', () => {
    const { open, openExternal } = guarded(['https://help.example.com']);
    expect(open('https://help.example.com/docs')).toEqual({ action: 'deny' });
    expect(open('http://help.example.com/docs')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://help.example.com/docs');
  });
});

describe('guardSession', () => {
  function fakeSession() {
    type RequestHandler = (c: unknown, p: string, cb: (granted: boolean) => void, d: Record<string, unknown>) => void;
    type CheckHandler = (c: unknown, p: string, origin: string, d: Record<string, unknown>) => boolean;
    const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
      setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
    };
    guardSession(session as unknown as Session, () => undefined);
    const request = (permission: string, details: Record<string, unknown>): boolean => {
      let answer: boolean | undefined;
      handlers.request?.(null, permission, (granted) => (answer = granted), details);
      if (answer === undefined) throw new Error('the request handler never answered');
      return answer;
    };
    return { handlers, request };
  }

  it('grants the camera to the app main frame and answers every request', () => {
    const { request } = fakeSession();
    const camera = { isMainFrame: true, requestingUrl: 'app://dockside/', mediaTypes: ['video'] };
    expect(request('media', camera)).toBe(true);
    expect(request('media', { ...camera, mediaTypes: ['audio'] })).toBe(false);
    expect(request('media', { ...camera, isMainFrame: false })).toBe(false);
    expect(request('media', { ...camera, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(request('geolocation', { isMainFrame: true, requestingUrl: 'app://dockside/' })).toBe(false);
    expect(request('openExternal', { isMainFrame: true, requestingUrl: 'app://dockside/' })).toBe(false);
  });

  it('answers permission checks from the same policy', () => {
    const { handlers } = fakeSession();
    expect(handlers.check?.(null, 'media', 'app://dockside', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(handlers.check?.(null, 'media', 'app://dockside', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(handlers.check?.(null, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'video' })).toBe(
      false,
    );
    expect(handlers.check?.(null, 'notifications', 'app://dockside', { isMainFrame: true })).toBe(false);
  });

  it('refuses HID, USB and serial devices', () => {
    expect(fakeSession().handlers.device?.()).toBe(false);
  });
});

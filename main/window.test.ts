import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions, secureWebPreferences } from './window';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('sets no option that weakens isolation', () => {
    const preferences = secureWebPreferences('/p.cjs') as Record<string, unknown>;
    for (const key of ['partition', 'session', 'enableBlinkFeatures', 'additionalArguments', 'plugins']) {
      expect(preferences).not.toHaveProperty(key);
    }
  });
});

describe('mainWindowOptions', () => {
  it('keeps the secure preferences and only toggles DevTools', () => {
    const options = mainWindowOptions({ preloadPath: '/p.cjs', devTools: false, iconPath: '/icon.png' });
    expect(options.webPreferences).toEqual({ ...secureWebPreferences('/p.cjs'), devTools: false });
    expect(options).toMatchObject({ show: false, icon: '/icon.png', title: 'Dockside' });
  });
});

describe('createMainWindow', () => {
  it('loads the app origin and shows the window once it is painted', async () => {
    const events = new Map<string, () => void>();
    const created: BrowserWindowConstructorOptions[] = [];
    const show = vi.fn();
    const loadURL = vi.fn(() => Promise.resolve());
    class FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        created.push(options);
      }
      once(event: string, listener: () => void) {
        events.set(event, listener);
        return this;
      }
      show = show;
      loadURL = loadURL;
    }
    createMainWindow(FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow, {
      preloadPath: '/p.cjs',
      devTools: true,
    });
    expect(created[0]?.webPreferences?.sandbox).toBe(true);
    expect(loadURL).toHaveBeenCalledWith('app://dockside/index.html');
    expect(show).not.toHaveBeenCalled();
    events.get('ready-to-show')?.();
    expect(show).toHaveBeenCalledTimes(1);
    await Promise.resolve();
  });

  it('logs a page that fails to load instead of crashing main', async () => {
    const log = vi.fn<(line: string) => void>();
    class FakeWindow {
      once() {
        return this;
      }
      show() {
        /* not reached */
      }
      loadURL() {
        return Promise.reject(new Error('ERR_FAILED (-2)'));
      }
    }
    createMainWindow(
      FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      { preloadPath: '/p.cjs', devTools: true },
      log,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toHaveBeenCalledWith('[dockside] could not load app://dockside/index.html: ERR_FAILED (-2)');
  });
});

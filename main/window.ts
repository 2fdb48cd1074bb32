import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './policy/app-origin';

/**
 * The one place webPreferences live (ARCHITECTURE.md, "Layout"). Each line restates an Electron default or
 * tightens one, on purpose: a default that changes in a future Electron must not change the station.
 * References: Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security) items
 * 2 "Do not enable Node.js integration for remote content", 3 "Enable context isolation", 4 "Enable process
 * sandboxing", 6 "Do not disable webSecurity", 8 "Do not enable allowRunningInsecureContent", 9 "Do not enable
 * experimental features", 12 "Verify WebView options" (here: no <webview> at all).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Spelling suggestions would send typed text (SSCCs, PO numbers) to the OS or a remote dictionary service.
    spellcheck: false,
    // A page that loops alert() cannot lock the operator out.
    safeDialogs: true,
  };
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly iconPath?: string;
  /** Packaged builds hide DevTools from operators; development keeps them. */
  readonly devTools: boolean;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Dockside',
    backgroundColor: '#111418',
    autoHideMenuBar: true,
    // Shown on ready-to-show, so the operator never sees a white flash or a half-painted screen.
    show: false,
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: options.devTools },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the station window on the app origin. Electron is passed in (ARCHITECTURE.md, rule 4). */
export function createMainWindow(
  BrowserWindowClass: WindowConstructor,
  options: MainWindowOptions,
  log: (line: string) => void = (line) => {
    console.error(line);
  },
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(options));
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    log(`[dockside] could not load ${APP_ENTRY_URL}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}

import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type Session } from 'electron';
import { registerBridgeHandlers } from './bridge-handlers';
import { startDemoErp } from './demo-erp/server';
import { guardSession, guardWebContents } from './guards';
import { createIpcRegistrar } from './ipc';
import { contentSecurityPolicy } from './policy/csp';
import { checkIpcSender } from './policy/ipc-sender';
import { windowOpenPolicy } from './policy/navigation';
import { createAppRequestHandler, installProtocolHandlers, registerAppSchemePrivileges } from './protocol';
import { createAsnFilePicker } from './services/asn-file-picker';
import { createErpGateway } from './services/erp-gateway';
import { runtimeInfo, startErpRuntime, type ErpRuntime } from './services/erp-runtime';
import { loadStationConfig } from './services/station-config';
import { createMainWindow } from './window';

/**
 * Composition root of the main process: lifecycle and wiring only. Every decision lives in a tested module
 * (policy/, services/, ipc.ts, guards.ts, protocol.ts, window.ts); this file is the one big importer of
 * 'electron' (ARCHITECTURE.md, "Boundaries", rule 4).
 */
const log = (line: string): void => {
  console.log(line);
};

// Both must happen before 'ready' (Electron docs: app.enableSandbox, protocol.registerSchemesAsPrivileged).
app.enableSandbox();
registerAppSchemePrivileges(protocol);

let mainWindow: BrowserWindow | null = null;
let erpRuntime: ErpRuntime | null = null;

// One Dockside per user: a second one would drain the same outbox and open the same IndexedDB. The second
// instance quits and the first comes to the front (Electron docs, app.requestSingleInstanceLock).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const windowOpen = windowOpenPolicy();
  const guardedSessions = new WeakSet<Session>();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every webContents, whatever creates it, gets the navigation, window and <webview> guards, and its
  // session the permission handlers.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { windowOpen, openExternal: (url) => shell.openExternal(url), log });
    if (!guardedSessions.has(contents.session)) {
      guardedSessions.add(contents.session);
      guardSession(contents.session, log);
    }
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  // The demo ERP writes a ledger: let it close before the process ends.
  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopping || !erpRuntime) return;
    stopping = true;
    event.preventDefault();
    erpRuntime
      .close()
      .catch((error: unknown) => {
        log(`[dockside] demo ERP did not close cleanly: ${String(error)}`);
      })
      .finally(() => {
        app.quit();
      });
  });

  app
    .whenReady()
    .then(() => start(guardedSessions))
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log(`[dockside] cannot start: ${message}`);
      dialog.showErrorBox('Dockside cannot start', message);
      app.exit(1);
    });
}

async function start(guardedSessions: WeakSet<Session>): Promise<void> {
  const appRoot = app.getAppPath();
  const userData = app.getPath('userData');

  if (!guardedSessions.has(session.defaultSession)) {
    guardedSessions.add(session.defaultSession);
    guardSession(session.defaultSession, log);
  }
  // The renderer talks only to main (IPC), never to the network: connect-src stays 'self'.
  const appHandler = createAppRequestHandler({
    rendererRoot: path.join(appRoot, 'out/renderer'),
    csp: contentSecurityPolicy({ connectSources: [] }),
    fs: { stat, readFile },
    log,
  });
  installProtocolHandlers(protocol, appHandler);

  const config = await loadStationConfig({
    env: process.env,
    userDataDir: userData,
    readFile: (file) => readFile(file, 'utf8'),
  });
  erpRuntime = await startErpRuntime({
    config,
    startDemo: startDemoErp,
    demoDataDir: path.join(userData, 'demo-erp'),
  });
  log(
    erpRuntime.erp.mode === 'demo'
      ? `[dockside] no ERP configured: running on DEMO DATA from the embedded demo ERP at ${erpRuntime.erp.baseUrl}`
      : `[dockside] ERP ${erpRuntime.erp.baseUrl} (from ${config.erpUrlSource === 'env' ? 'DOCKSIDE_ERP_URL' : 'station-config.json'})`,
  );

  const info = runtimeInfo(app.getVersion(), erpRuntime);
  registerBridgeHandlers(createIpcRegistrar(ipcMain, checkIpcSender, { log }), {
    runtimeInfo: () => info,
    erp: createErpGateway({ baseUrl: info.erp.baseUrl, log }),
    pickAsnFiles: createAsnFilePicker({
      showOpenDialog: (...args: Parameters<typeof dialog.showOpenDialog>) => dialog.showOpenDialog(...args),
      window: () => mainWindow,
      stat,
      readFile: (file) => readFile(file),
      log,
    }),
  });

  const iconPath = path.join(appRoot, 'assets/icon.png');
  mainWindow = createMainWindow(
    BrowserWindow,
    {
      preloadPath: path.join(appRoot, 'out/preload/index.cjs'),
      devTools: !app.isPackaged,
      ...(existsSync(iconPath) ? { iconPath } : {}),
    },
    log,
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/**
 * What `electron` resolves to in unit tests (vitest.config.ts alias). Main-process modules receive Electron by
 * injection; a module that reaches for the real thing at runtime is a bug, so touching this stub throws.
 */
function untouchable(name: string): object {
  // A function target, so that calling and `new` reach the traps below instead of failing with a TypeError.
  return new Proxy(
    function electronStub() {
      /* never runs */
    },
    {
      get(_target, property) {
        if (property === Symbol.toPrimitive || property === 'then') return undefined;
        throw new Error(
          `electron.${name}.${String(property)} was touched in a unit test: inject Electron instead of importing it`,
        );
      },
      apply() {
        throw new Error(`electron.${name} was called in a unit test: inject Electron instead of importing it`);
      },
      construct() {
        throw new Error(`electron.${name} was constructed in a unit test: inject Electron instead of importing it`);
      },
    },
  );
}

export const app = untouchable('app');
export const BrowserWindow = untouchable('BrowserWindow');
export const ipcMain = untouchable('ipcMain');
export const ipcRenderer = untouchable('ipcRenderer');
export const contextBridge = untouchable('contextBridge');
export const protocol = untouchable('protocol');
export const session = untouchable('session');
export const safeStorage = untouchable('safeStorage');
export const shell = untouchable('shell');
export const net = untouchable('net');
export const dialog = untouchable('dialog');
export const webContents = untouchable('webContents');
export default untouchable('default');

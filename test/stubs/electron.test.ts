import { describe, expect, it } from 'vitest';
import electron, { app, BrowserWindow, ipcMain } from 'electron';

describe('the electron stub used by unit tests', () => {
  it('throws when a module touches Electron instead of receiving it by injection', () => {
    expect(() => app.getPath('userData')).toThrow(/inject Electron/);
    expect(() => {
      ipcMain.handle('x', () => undefined);
    }).toThrow(/inject Electron/);
    expect(() => new BrowserWindow()).toThrow(/inject Electron/);
    expect(() => (electron as unknown as { app: unknown }).app).toThrow(/inject Electron/);
  });
});

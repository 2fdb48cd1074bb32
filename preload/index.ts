import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import { BRIDGE_GLOBAL } from './contract';

/**
 * The preload: exposes `window.dockside` and nothing else. It runs sandboxed, where `require` knows only
 * 'electron' and a few polyfills (Electron docs, "Process Sandboxing", preload scripts), so vite.preload.config.ts
 * bundles it and its imports into one CommonJS file whose only require is 'electron'.
 *
 * `(...args) => ipcRenderer.invoke(...args)` rather than `ipcRenderer.invoke` itself: the method needs its
 * receiver, and the wrapper keeps the ipcRenderer object out of anything the bridge holds.
 */
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge((channel, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args)),
);

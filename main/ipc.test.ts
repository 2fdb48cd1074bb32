import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { IPC_CHANNELS } from '../preload/contract';
import { createIpcRegistrar, senderFacts } from './ipc';
import { checkIpcSender } from './policy/ipc-sender';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain as far as the registrar uses it, recording handlers so tests can invoke them like Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error('Attempted to register a second handler');
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };
  const invoke = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> => {
    const listener = handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve(listener(event, ...args));
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, handlers, invoke };
}

/** An IpcMainInvokeEvent from a frame at `url`; `subframe` makes it a child of the window's main frame. */
function eventFrom(url: string, options: { subframe?: boolean; destroyed?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame = { url: options.subframe ? 'app://dockside/' : url };
  const senderFrame = options.destroyed ? null : options.subframe ? { url, parent: mainFrame } : mainFrame;
  return { sender: { mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent;
}

const channel = IPC_CHANNELS.erpListAsns;
const schema = z.strictObject({ cursor: z.string().nullable(), limit: z.number().int().min(1).max(500) });

function setup() {
  const fake = fakeIpcMain();
  const log = vi.fn<(line: string) => void>();
  const handler = vi.fn((payload: z.output<typeof schema>) => Promise.resolve({ echoed: payload }));
  const registrar = createIpcRegistrar(fake.ipcMain, checkIpcSender, { log });
  registrar.register(channel, schema, handler);
  return { ...fake, log, handler, registrar };
}

describe('createIpcRegistrar', () => {
  it('calls the handler with the parsed payload when the app main frame asks', async () => {
    const { invoke, handler } = setup();
    const result = await invoke(channel, eventFrom('app://dockside/'), { cursor: null, limit: 50 });
    expect(result).toEqual({ echoed: { cursor: null, limit: 50 } });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a subframe of the app', eventFrom('app://dockside/', { subframe: true }), /subframe/],
    ['a subframe of another origin', eventFrom('https://evil.example/', { subframe: true }), /subframe/],
    ['another origin in the main frame', eventFrom('https://evil.example/'), /not the app origin/],
    ['a look-alike origin', eventFrom('app://dockside.evil/'), /not the app origin/],
    ['a file page', eventFrom('file:///tmp/evil.html'), /not the app origin/],
    ['a destroyed frame', eventFrom('app://dockside/', { destroyed: true }), /gone/],
  ])('refuses %s without calling the handler', async (_label, event, reason) => {
    const { invoke, handler, log } = setup();
    await expect(invoke(channel, event, { cursor: null, limit: 50 })).rejects.toThrow(reason);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[dockside:ipc\] refused dockside:erp:list-asns: /);
  });

  it.each([
    ['a missing payload', []],
    ['a wrong type', [{ cursor: 7, limit: 50 }]],
    ['an out-of-range number', [{ cursor: null, limit: 1e9 }]],
    ['an unknown key', [{ cursor: null, limit: 5, __proto__x: 1 }]],
    ['a string instead of an object', ['{"cursor":null,"limit":5}']],
    ['null', [null]],
    ['an extra argument', [{ cursor: null, limit: 5 }, 'extra']],
    ['many extra arguments', [{ cursor: null, limit: 5 }, 1, 2, 3]],
  ])('refuses %s', async (_label, args) => {
    const { invoke, handler, log } = setup();
    await expect(invoke(channel, eventFrom('app://dockside/'), ...args)).rejects.toThrow(/Dockside refused/);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('checks the sender before it looks at the payload', async () => {
    const { invoke, log } = setup();
    await expect(invoke(channel, eventFrom('https://evil.example/'), 'garbage', 'more')).rejects.toThrow(
      /not the app origin/,
    );
    expect(log.mock.calls[0]?.[0]).toMatch(/not the app origin/);
  });

  it('never logs the payload', async () => {
    const { invoke, log } = setup();
    await expect(
      invoke(channel, eventFrom('app://dockside/'), { cursor: 'operator-secret', limit: 0 }),
    ).rejects.toThrow();
    expect(log.mock.calls[0]?.[0]).not.toContain('operator-secret');
  });

  it('names the failing field of an invalid payload', async () => {
    const { invoke } = setup();
    await expect(invoke(channel, eventFrom('app://dockside/'), { cursor: null, limit: 'many' })).rejects.toThrow(
      /invalid payload \(limit: /,
    );
  });

  it('reports a handler that throws, with one log line', async () => {
    const fake = fakeIpcMain();
    const log = vi.fn<(line: string) => void>();
    const registrar = createIpcRegistrar(fake.ipcMain, checkIpcSender, { log });
    registrar.register(IPC_CHANNELS.runtimeInfo, z.undefined(), () => {
      throw new Error('disk on fire');
    });
    await expect(fake.invoke(IPC_CHANNELS.runtimeInfo, eventFrom('app://dockside/'))).rejects.toThrow(
      'Dockside dockside:runtime-info failed: disk on fire',
    );
    expect(log).toHaveBeenCalledWith('[dockside:ipc] dockside:runtime-info failed: disk on fire');
  });

  it('refuses to register a channel twice and removes its handlers on dispose', () => {
    const { registrar, ipcMain, handlers } = setup();
    expect(() => {
      registrar.register(channel, schema, () => undefined);
    }).toThrow(/already registered/);
    registrar.dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(channel);
    expect(handlers.size).toBe(0);
  });
});

describe('senderFacts', () => {
  it('compares the sending frame with the main frame by identity, as Electron documents', () => {
    expect(senderFacts(eventFrom('app://dockside/x'))).toEqual({
      frame: { url: 'app://dockside/x', isMainFrame: true },
    });
    // Same URL, but a different frame object: a same-origin iframe is still a subframe.
    const lookalike = { sender: { mainFrame: { url: 'app://dockside/' } }, senderFrame: { url: 'app://dockside/' } };
    expect(senderFacts(lookalike as unknown as IpcMainInvokeEvent).frame?.isMainFrame).toBe(false);
  });

  it('treats a disposed frame that throws on access as gone', () => {
    const disposed = {
      sender: { mainFrame: null },
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(senderFacts(disposed as unknown as IpcMainInvokeEvent)).toEqual({ frame: null });
  });
});

import { expect, test } from '@playwright/test';
import { launchDockside, type DocksideWindow, type RunningApp } from './dockside-app';

/**
 * What only Electron can prove (ARCHITECTURE.md, "Testing without the Electron binary"): the renderer is
 * isolated and sandboxed, has no Node, and sees exactly one bridge object.
 */
let running: RunningApp;
test.beforeAll(async () => {
  running = await launchDockside();
});
test.afterAll(async () => {
  await running.close();
});

test('the preload runs in an isolated, sandboxed world (contextIsolation and sandbox)', async () => {
  // Electron exposes no getter for a window's webPreferences, so their effect is observed through the DevTools
  // protocol: with contextIsolation the preload has its own isolated execution context, and in a sandboxed
  // preload Node's require and process are arguments of the preload wrapper, not globals of that world
  // (Electron docs, "Context Isolation" and "Process Sandboxing").
  const cdp = await running.page.context().newCDPSession(running.page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    contexts.push(context);
  });
  await cdp.send('Runtime.enable');
  // By name: Playwright adds isolated worlds of its own, which would prove nothing.
  const isolated = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.name === 'Electron Isolated Context',
  );
  expect(isolated, 'an isolated world for the preload').toBeDefined();
  const typeOf = async (expression: string): Promise<unknown> => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: isolated?.id ?? -1 });
    return result.value;
  };
  expect(await typeOf('typeof require')).toBe('undefined');
  expect(await typeOf('typeof process')).toBe('undefined');
  expect(await typeOf('typeof dockside')).toBe('undefined');
  await cdp.detach();
});

test('the page has no Node: no require, process, module, Buffer or global', async () => {
  const types = await running.page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return ['require', 'process', 'module', 'exports', 'Buffer', 'global', 'setImmediate', '__dirname'].map((name) => [
      name,
      typeof scope[name],
    ]);
  });
  for (const [name, type] of types) expect(type, name).toBe('undefined');
});

test('only window.dockside is exposed, with exactly the contract', async () => {
  const shape = await running.page.evaluate(() => {
    const { dockside } = window as unknown as DocksideWindow;
    const leaks = Object.getOwnPropertyNames(window).filter((name) => /electron|ipc|contextbridge/i.test(name));
    return { keys: Object.keys(dockside).sort(), erp: Object.keys(dockside.erp).sort(), leaks };
  });
  expect(shape).toEqual({ keys: ['erp', 'pickAsnFiles', 'runtimeInfo'], erp: ['listAsns', 'postEvents'], leaks: [] });
});

test('the bridge reaches main and reports the embedded demo ERP', async () => {
  const info = await running.page.evaluate(() => (window as unknown as DocksideWindow).dockside.runtimeInfo());
  expect(info).toMatchObject({
    platform: 'electron',
    erp: { mode: 'demo' },
    suggestedStation: { siteId: 'DEMO-DC1', stationId: 'DOCK-01', dockDoor: 'D1' },
  });
  expect(info.erp.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test('the bridge refuses payloads that break the contract', async () => {
  const message = await running.page.evaluate(() =>
    (window as unknown as DocksideWindow).dockside.erp.listAsns({ cursor: null, limit: -1 }).then(
      () => 'answered',
      (error: unknown) => String(error),
    ),
  );
  expect(message).toMatch(/invalid payload/);
});

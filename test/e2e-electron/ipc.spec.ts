import { expect, test } from '@playwright/test';
import { launchDockside, preloadPath, type DocksideWindow, type RunningApp } from './dockside-app';

/**
 * IPC sender validation (main/ipc.ts): a subframe is refused even when it is on the app origin and has the
 * real preload. The app's own window never gives a subframe the preload (nodeIntegrationInSubFrames is off)
 * and its CSP forbids frames, so this test builds a window that does both on purpose: a second window with the
 * preload in every frame, and the CSP bypassed through DevTools protocol so an app:// iframe can load.
 */
let running: RunningApp;
test.beforeAll(async () => {
  running = await launchDockside();
});
test.afterAll(async () => {
  await running.close();
});

test('a subframe with the preload is refused by main; the main frame is answered', async () => {
  const pagePromise = running.app.waitForEvent('window');
  await running.app.evaluate(({ BrowserWindow }, preload) => {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { preload, sandbox: true, contextIsolation: true, nodeIntegrationInSubFrames: true },
    });
    void window.loadURL('app://dockside/index.html');
  }, preloadPath);
  const page = await pagePromise;
  await page.waitForLoadState('domcontentloaded');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await page.reload();

  await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = 'app://dockside/index.html';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
    });
  });
  const subframe = page.frames().find((frame) => frame !== page.mainFrame());
  if (!subframe) throw new Error('the iframe did not load');

  const call = () =>
    (window as unknown as DocksideWindow).dockside.runtimeInfo().then(
      () => 'answered',
      (error: unknown) => String(error),
    );
  expect(await subframe.evaluate(() => typeof (window as unknown as DocksideWindow).dockside)).toBe('object');
  expect(await subframe.evaluate(call)).toMatch(/refused dockside:runtime-info: the sender is a subframe/);
  expect(await page.evaluate(call)).toBe('answered');
});

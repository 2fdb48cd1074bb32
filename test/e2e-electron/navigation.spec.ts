import { expect, test } from '@playwright/test';
import { launchDockside, type RunningApp } from './dockside-app';

/** Navigation, new windows and <webview> (main/guards.ts, main/policy/navigation.ts). */
let running: RunningApp;
test.beforeAll(async () => {
  running = await launchDockside();
});
test.afterAll(async () => {
  await running.close();
});

const settle = (ms = 1_000): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('the page cannot navigate away from the app origin', async () => {
  const before = running.page.url();
  for (const target of ['https://example.com/', 'file:///etc/hosts', 'app://dockside.evil/', 'data:text/html,x']) {
    await running.page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await settle(500);
    expect(running.page.url(), target).toBe(before);
  }
});

test('window.open and target=_blank open no window', async () => {
  const opened = await running.page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await running.page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    link.target = '_blank';
    document.body.append(link);
    link.click();
    link.remove();
  });
  await settle();
  expect(running.app.windows()).toHaveLength(1);
  const count = await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  expect(count).toBe(1);
});

test('<webview> does not exist and frames cannot load', async () => {
  const result = await running.page.evaluate(async () => {
    const webview = document.createElement('webview');
    document.body.append(webview);
    const frame = document.createElement('iframe');
    frame.src = 'https://example.com/';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const kind = webview.constructor.name;
    webview.remove();
    frame.remove();
    return kind;
  });
  expect(result).toBe('HTMLUnknownElement');
  const webContents = await running.app.evaluate(({ webContents }) => webContents.getAllWebContents().length);
  expect(webContents).toBe(1);
  expect(running.page.frames().filter((frame) => frame.url().startsWith('https:'))).toEqual([]);
});

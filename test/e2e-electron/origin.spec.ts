import { expect, test } from '@playwright/test';
import { launchDockside, type RunningApp } from './dockside-app';

/** The app:// origin (main/protocol.ts): served with the CSP, no traversal, and file:// refused everywhere. */
let running: RunningApp;
test.beforeAll(async () => {
  running = await launchDockside();
});
test.afterAll(async () => {
  await running.close();
});

test('the renderer is served from app://dockside', async () => {
  expect(running.page.url()).toMatch(/^app:\/\/dockside\//);
  await expect(running.page.locator('#root')).not.toBeEmpty();
});

test('app:// responses carry the strict CSP', async () => {
  const response = await running.app.evaluate(async ({ net }) => {
    const r = await net.fetch('app://dockside/');
    return { status: r.status, csp: r.headers.get('content-security-policy'), type: r.headers.get('content-type') };
  });
  expect(response.status).toBe(200);
  expect(response.type).toBe('text/html; charset=utf-8');
  expect(response.csp).toContain("default-src 'none'");
  expect(response.csp).toContain("connect-src 'self';");
  expect(response.csp).toContain("frame-ancestors 'none'");
});

test('app:// refuses traversal and foreign hosts', async () => {
  const answers = await running.app.evaluate(async ({ net }) => {
    const urls = [
      'app://dockside/..%2f..%2fpackage.json',
      'app://dockside/%2e%2e/%2e%2e/package.json',
      'app://dockside/assets/',
      'app://evil/index.html',
    ];
    return Promise.all(
      urls.map(async (url) => {
        const response = await net.fetch(url);
        return { status: response.status, body: await response.text() };
      }),
    );
  });
  expect(answers.map((answer) => answer.status)).toEqual([400, expect.any(Number), 404, 403]);
  // Chromium may resolve %2e%2e itself before the handler sees it; either way nothing outside the build leaks.
  expect(answers[1]?.status).not.toBe(200);
  for (const answer of answers) expect(answer.body).not.toContain('"devDependencies"');
});

test('file:// is denied, from main and from the page', async () => {
  const fromMain = await running.app.evaluate(async ({ net }) => (await net.fetch('file:///etc/hosts')).status);
  expect(fromMain).toBe(403);
  const fromPage = await running.page.evaluate(() =>
    fetch('file:///etc/hosts').then(
      () => 'read',
      () => 'refused',
    ),
  );
  expect(fromPage).toBe('refused');
});

test('the CSP blocks eval and remote connections in the page', async () => {
  const result = await running.page.evaluate(async () => {
    let evaluated: string;
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: CSP must refuse string code
      const compiled = new Function('return 1') as () => unknown;
      evaluated = String(compiled());
    } catch {
      evaluated = 'blocked';
    }
    const remote = await fetch('https://example.com/').then(
      () => 'fetched',
      () => 'blocked',
    );
    return { evaluated, remote };
  });
  expect(result).toEqual({ evaluated: 'blocked', remote: 'blocked' });
});

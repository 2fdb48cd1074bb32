import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import type { DocksideBridge } from '../../preload/contract';

/**
 * Launches the built desktop app (package.json "main") with a throwaway profile, so the suite never touches a
 * developer's real station data or demo ledger.
 */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const preloadPath = path.join(projectRoot, 'out/preload/index.cjs');

export interface RunningApp {
  readonly app: ElectronApplication;
  readonly page: Page;
  close(): Promise<void>;
}

export async function launchDockside(): Promise<RunningApp> {
  const executablePath = process.env['DOCKSIDE_ELECTRON_BINARY'];
  if (!executablePath)
    throw new Error('DOCKSIDE_ELECTRON_BINARY is not set: run this suite with npm run test:electron');
  const profile = mkdtempSync(path.join(tmpdir(), 'dockside-e2e-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // userData on Linux is $XDG_CONFIG_HOME/<productName>; --user-data-dir covers the other platforms.
  env['XDG_CONFIG_HOME'] = profile;
  delete env['DOCKSIDE_ERP_URL'];
  delete env['ELECTRON_RUN_AS_NODE'];
  const args = [projectRoot, `--user-data-dir=${path.join(profile, 'Dockside')}`];
  // Chromium refuses to run as root with its OS sandbox (containers, CI); the renderer sandbox under test
  // (sandbox: true, no Node in the preload) is Electron's and stays on.
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await electron.launch({ executablePath, args, cwd: projectRoot, env });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    async close() {
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The page's global object with the bridge, for casts inside page.evaluate callbacks (which run in the page and
 * can only use what they are given, so a helper function cannot be shared with them).
 */
export type DocksideWindow = Window & { readonly dockside: DocksideBridge };

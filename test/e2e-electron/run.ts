import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateInstalledElectron } from '../../main/launcher/installed-electron';

/**
 * `npm run test:electron`: the Electron end-to-end suite where a binary exists, one explicit line where it
 * does not (ARCHITECTURE.md, "Testing without the Electron binary": never skip silently). The binary is looked
 * up without `require('electron')`, which would try to download it.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const binary = locateInstalledElectron();
if (!binary.found) {
  console.log('skipped: no Electron binary');
  process.exit(0);
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env });
  if (result.error) {
    console.error(`${command} could not start: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

// The suite drives the built app: main, preload and renderer.
const built = run('npm', ['run', '-s', 'build']);
if (built !== 0) process.exit(built);

const playwright = ['playwright', 'test', '-c', 'test/e2e-electron/playwright.config.ts', ...process.argv.slice(2)];
const env = { ...process.env, DOCKSIDE_ELECTRON_BINARY: binary.path };
// Electron needs a display; on a headless Linux machine, a virtual one (xvfb-run -a picks a free number).
const headlessLinux = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];
process.exit(headlessLinux ? run('xvfb-run', ['-a', 'npx', ...playwright], env) : run('npx', playwright, env));

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateElectronBinary } from '../../main/launcher/electron-binary';

/**
 * `npm run test:electron`: the Electron end-to-end suite where a binary exists, one explicit line where it
 * does not (ARCHITECTURE.md, "Testing without the Electron binary": never skip silently). The binary is looked
 * up without `require('electron')`, which would try to download it.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronPackageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const binary = locateElectronBinary({
  packageDir: electronPackageDir(),
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  readText: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
});
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

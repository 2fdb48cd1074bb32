import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { locateElectronBinary, type ElectronBinary } from './electron-binary';

/**
 * The Electron binary installed in this checkout, found WITHOUT running electron/index.js (which, since
 * Electron 42, downloads the binary on first use). Shared by the launcher and the Electron test runner.
 */
const require = createRequire(import.meta.url);

export function electronPackageDir(): string | null {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function locateInstalledElectron(packageDir: string | null = electronPackageDir()): ElectronBinary {
  return locateElectronBinary({
    packageDir,
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
}

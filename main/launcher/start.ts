import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWebStationUntilStopped } from '../web-host/run-web-station';
import { describeDownloadFailure, planLaunch, type ElectronBinary } from './electron-binary';
import { electronPackageDir, locateInstalledElectron } from './installed-electron';

/**
 * `npm start`, after the build: the desktop app when Electron can run here, otherwise the web build of the
 * station with one line saying why. The decisions are in ./electron-binary.ts; this file does the I/O.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function downloadElectron(packageDir: string): ElectronBinary {
  if (process.stdout.isTTY) console.log('Fetching the Electron binary (first run only)...');
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  if (result.error === undefined && result.status === 0) return locateInstalledElectron(packageDir);
  return { found: false, reason: describeDownloadFailure(result) };
}

function runElectron(binary: string): void {
  // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would make Electron a plain Node and ignore the app.
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(binary, [projectRoot], { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron (${error.message})`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal === null ? 0 : 1));
  });
}

async function runWebStation(message: string): Promise<void> {
  console.log(message);
  await runWebStationUntilStopped();
}

const packageDir = electronPackageDir();
let binary = locateInstalledElectron(packageDir);
if (!binary.found && packageDir !== null) binary = downloadElectron(packageDir);
const plan = planLaunch(binary, process.platform, process.env);
if (plan.kind === 'electron') {
  runElectron(plan.binary);
} else {
  await runWebStation(plan.message);
}

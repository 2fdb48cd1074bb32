import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeDownloadFailure,
  locateElectronBinary,
  planLaunch,
  platformExecutable,
  type ElectronLookup,
} from './electron-binary';

const packageDir = path.join('/repo', 'node_modules', 'electron');

function lookup(files: Record<string, string>, overrides: Partial<ElectronLookup> = {}): ElectronLookup {
  return {
    packageDir,
    platform: 'linux',
    env: {},
    exists: (file) => file in files,
    readText: (file) => files[file] ?? null,
    ...overrides,
  };
}

describe('locateElectronBinary', () => {
  it('finds the binary named by path.txt', () => {
    const binary = path.join(packageDir, 'dist', 'electron');
    expect(locateElectronBinary(lookup({ [path.join(packageDir, 'path.txt')]: 'electron', [binary]: '' }))).toEqual({
      found: true,
      path: binary,
    });
  });

  it('falls back to the platform default when path.txt is missing (electron >= 42 before first run)', () => {
    const binary = path.join(packageDir, 'dist', 'Electron.app/Contents/MacOS/Electron');
    expect(locateElectronBinary(lookup({ [binary]: '' }, { platform: 'darwin' }))).toEqual({
      found: true,
      path: binary,
    });
  });

  it('reports a missing binary without trying to download it', () => {
    expect(locateElectronBinary(lookup({}))).toEqual({
      found: false,
      reason: `no binary at ${path.join('node_modules', 'electron', 'dist', 'electron')}`,
    });
  });

  it('reports a missing package', () => {
    expect(locateElectronBinary(lookup({}, { packageDir: null }))).toEqual({
      found: false,
      reason: 'the electron package is not installed',
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const binary = path.join('/opt/electron-42', 'electron');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-42' };
    expect(locateElectronBinary(lookup({ [binary]: '' }, { env }))).toEqual({ found: true, path: binary });
    expect(locateElectronBinary(lookup({}, { env }))).toEqual({
      found: false,
      reason: 'ELECTRON_OVERRIDE_DIST_PATH has no electron',
    });
  });

  it.each(['../../../../bin/sh', '/bin/sh', 'dist\\..\\..\\evil.exe'])('refuses a path.txt of %s', (text) => {
    const result = locateElectronBinary(lookup({ [path.join(packageDir, 'path.txt')]: text, '/bin/sh': '' }));
    expect(result.found).toBe(false);
  });

  it('knows no build for unsupported platforms', () => {
    expect(platformExecutable('aix')).toBeNull();
    expect(locateElectronBinary(lookup({}, { platform: 'aix' }))).toEqual({
      found: false,
      reason: 'Electron has no build for aix',
    });
  });
});

describe('planLaunch', () => {
  const found = { found: true, path: '/e/electron' } as const;

  it('runs Electron when there is a binary and a display', () => {
    expect(planLaunch(found, 'linux', { DISPLAY: ':0' })).toEqual({ kind: 'electron', binary: '/e/electron' });
    expect(planLaunch(found, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toMatchObject({ kind: 'electron' });
    expect(planLaunch(found, 'win32', {})).toMatchObject({ kind: 'electron' });
    expect(planLaunch(found, 'darwin', {})).toMatchObject({ kind: 'electron' });
  });

  it('opens the web build without a binary, or on Linux without a display', () => {
    expect(planLaunch({ found: false, reason: 'no binary at x' }, 'linux', { DISPLAY: ':0' })).toEqual({
      kind: 'web',
      message: 'Electron binary not available here (no binary at x); opening the web build instead',
    });
    expect(planLaunch(found, 'linux', {})).toEqual({
      kind: 'web',
      message:
        'Electron cannot open a window here (DISPLAY and WAYLAND_DISPLAY are unset); opening the web build instead',
    });
  });
});

describe('describeDownloadFailure', () => {
  it('keeps the first line of the error, not its stack', () => {
    const stderr = 'TypeError: fetch failed\n    at node:internal/deps/undici:1\n    at async download\n';
    expect(describeDownloadFailure({ status: 1, stderr })).toBe('the download failed: TypeError: fetch failed');
  });

  it('explains timeouts, spawn errors and silent failures', () => {
    const timeout = Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' });
    expect(describeDownloadFailure({ error: timeout, status: null, stderr: '' })).toBe('the download timed out');
    expect(describeDownloadFailure({ error: new Error('EACCES'), status: null, stderr: '' })).toBe(
      'the download could not start: EACCES',
    );
    expect(describeDownloadFailure({ status: 3, stderr: '\n' })).toBe('the download failed with exit code 3');
  });
});

import path from 'node:path';

/**
 * Finds the Electron executable the way the `electron` package does (node_modules/electron/index.js), but
 * without its side effect: since Electron 42 `require('electron')` downloads the binary when it is missing,
 * which cannot work on our machines and must never happen just to find out (TRAPS.md, "Installing").
 * Pure: the file system and environment are passed in. Used by `npm start` and by the Electron e2e runner.
 */
export interface ElectronLookup {
  /** node_modules/electron, or null when the package is not installed. */
  readonly packageDir: string | null;
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (file: string) => boolean;
  /** The file's text, or null when it cannot be read. */
  readonly readText: (file: string) => string | null;
}

export type ElectronBinary =
  { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

/** Where the executable sits inside the Electron zip, per platform (electron/install.js, getPlatformPath). */
const EXECUTABLES: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
};

export function platformExecutable(platform: NodeJS.Platform): string | null {
  return EXECUTABLES[platform] ?? null;
}

export function locateElectronBinary(lookup: ElectronLookup): ElectronBinary {
  if (lookup.packageDir === null) return { found: false, reason: 'the electron package is not installed' };
  // path.txt is written by electron/install.js after a successful download; it names the executable.
  const recorded = lookup.readText(path.join(lookup.packageDir, 'path.txt'))?.trim();
  const executable = recorded || platformExecutable(lookup.platform);
  if (!executable) return { found: false, reason: `Electron has no build for ${lookup.platform}` };
  if (path.isAbsolute(executable) || executable.split(/[\\/]/).includes('..')) {
    return { found: false, reason: 'node_modules/electron/path.txt does not name a file inside the package' };
  }
  const override = lookup.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? path.join(override, executable) : path.join(lookup.packageDir, 'dist', executable);
  if (!lookup.exists(binary)) {
    return {
      found: false,
      reason: override
        ? `ELECTRON_OVERRIDE_DIST_PATH has no ${executable}`
        : `no binary at ${path.relative(path.dirname(path.dirname(lookup.packageDir)), binary) || binary}`,
    };
  }
  return { found: true, path: binary };
}

/** `message` is the one line `npm start` prints before it opens the web build instead. */
export type LaunchPlan =
  { readonly kind: 'electron'; readonly binary: string } | { readonly kind: 'web'; readonly message: string };

/**
 * Electron when a binary exists and there is a screen to show it on; otherwise the web build. A Linux session
 * without X11 or Wayland (a server, CI) would make Electron exit at once with a display error.
 */
export function planLaunch(binary: ElectronBinary, platform: NodeJS.Platform, env: ElectronLookup['env']): LaunchPlan {
  if (!binary.found) {
    return {
      kind: 'web',
      message: `Electron binary not available here (${binary.reason}); opening the web build instead`,
    };
  }
  if (platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY']) {
    return {
      kind: 'web',
      message:
        'Electron cannot open a window here (DISPLAY and WAYLAND_DISPLAY are unset); opening the web build instead',
    };
  }
  return { kind: 'electron', binary: binary.path };
}

/** One line on why a download attempt (electron/install.js in a child process) did not produce a binary. */
export function describeDownloadFailure(result: {
  readonly error?: Error | undefined;
  readonly status: number | null;
  readonly stderr: string;
}): string {
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    return code === 'ETIMEDOUT' ? 'the download timed out' : `the download could not start: ${result.error.message}`;
  }
  const first = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  return `the download failed${first ? `: ${first}` : ` with exit code ${String(result.status)}`}`;
}

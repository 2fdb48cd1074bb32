import { existsSync } from 'node:fs';

/**
 * Debian's Chromium: Playwright cannot download its own browser on our machines (TRAPS.md), so the suites
 * use the system one. CHROMIUM_PATH overrides; a missing browser is an error, never a silent skip.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network but loopback (TRAPS.md, "Chromium"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

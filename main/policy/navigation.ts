import { isAppUrl, parseUrl } from './app-origin';
import { parseHttpOrigin } from './http-origin';

/**
 * Where the station's web contents may go (Electron security checklist, items 13 "Disable or limit
 * navigation", 14 "Disable or limit creation of new windows", 12 "Verify WebView options before creation").
 * The app is a single page served from the app origin: any navigation elsewhere is an attack or a bug.
 */

/** will-navigate, will-redirect and will-frame-navigate: only the app origin. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Sites the OS browser may open when the page asks for a new window (a vendor's help page, say). Empty: no
 * such link exists yet, and every entry widens what a compromised renderer can make the desktop do.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

export interface WindowOpenDecision {
  /** Electron never creates the window: `setWindowOpenHandler` always answers `{ action: 'deny' }`. */
  readonly action: 'deny';
  /** A canonical https URL to hand to `shell.openExternal`, or null to do nothing. */
  readonly openExternally: string | null;
}

/**
 * window.open and target=_blank: always denied in Electron; an https URL whose origin is on the allow-list
 * (exact origins, validated like CSP sources) goes to the OS browser instead. `shell.openExternal` runs the
 * OS handler for whatever it is given, so nothing but https ever reaches it (checklist item 15).
 *
 * The allow-list is validated here, once, so a bad entry stops the app at startup rather than at a click.
 */
export function windowOpenPolicy(
  allowList: readonly string[] = EXTERNAL_ALLOW_LIST,
): (url: string) => WindowOpenDecision {
  const allowed = new Set(allowList.map((entry) => parseHttpOrigin(entry, ['https:'])));
  return (url) => {
    const parsed = parseUrl(url);
    const external =
      parsed !== null &&
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      allowed.has(parsed.origin);
    return { action: 'deny', openExternally: external ? parsed.href : null };
  };
}

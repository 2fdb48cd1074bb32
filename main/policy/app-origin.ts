/**
 * The renderer's origin, `app://dockside`. Chosen once and never changed: IndexedDB, localStorage and permission
 * grants belong to an origin, so moving to another one would orphan every station's journal and outbox
 * (ARCHITECTURE.md, "Electron security, all of it"; TRAPS.md, "Electron origins and CSP").
 *
 * `app` is registered as a standard, secure scheme (main/protocol.ts), so Chromium canonicalizes every URL it
 * hands to main (lower-case host, no tabs or newlines, resolved dot segments). The checks below therefore fail
 * closed on anything that is not already in canonical form instead of trying to repair it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dockside';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const RAW_AUTHORITY = new RegExp(`^${APP_SCHEME}://${APP_HOST}(?=[/?#]|$)`, 'i');

/** Chromium refuses URLs longer than 2 MiB (`url::kMaxURLChars`, url/url_constants.h). */
const MAX_URL_LENGTH = 2 * 1024 * 1024;

/**
 * Parses an absolute URL with the WHATWG URL Standard (https://url.spec.whatwg.org/), or null.
 * Raw strings with ASCII control characters or spaces are refused before parsing: the parser would silently
 * strip or remove them (URL Standard, "basic URL parser", steps 1-3), and a canonical URL never contains them.
 */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0020\u007f]/.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether `value` is a URL of the app origin: scheme `app`, host exactly `dockside`, no port, no userinfo.
 *
 * - `URL.origin` cannot be compared: for schemes the URL Standard does not list as special it is the opaque
 *   origin "null", so scheme, userinfo and host are compared one by one.
 * - The scheme is case-insensitive (the parser lower-cases it). The host of a non-special scheme is an
 *   "opaque host" and keeps its case, so `app://DOCKSIDE/` is refused: Chromium never sends that spelling.
 * - `blob:` URLs are refused even when their inner origin is the app: the app never navigates to a blob, and
 *   workers built from blobs are governed by CSP `worker-src`, not by this function.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    // The parser drops an empty userinfo (`app://@dockside`) and an empty port (`app://dockside:`); a canonical
    // URL has neither, so the raw authority must be the host alone.
    RAW_AUTHORITY.test(value as string) &&
    url.protocol === `${APP_SCHEME}:` &&
    url.username === '' &&
    url.password === '' &&
    url.host === APP_HOST
  );
}

/**
 * Whether `value` names the app origin itself (`app://dockside`, with or without the trailing slash), as
 * Chromium reports `requestingOrigin` and `securityOrigin` in permission checks.
 */
export function isAppOrigin(value: unknown): boolean {
  if (!isAppUrl(value)) return false;
  const url = parseUrl(value);
  return url !== null && (url.pathname === '' || url.pathname === '/') && url.search === '' && url.hash === '';
}

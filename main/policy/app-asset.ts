import path from 'node:path';
import { isAppUrl, parseUrl } from './app-origin';

/**
 * Maps an `app://dockside/...` request to a file of the built renderer (out/renderer), or refuses it.
 * Pure: decides on the URL string and path arithmetic only; main/protocol.ts then checks that the file is a
 * regular file and reads it.
 *
 * Refused (status in brackets):
 * - other hosts, userinfo, ports, other schemes [403];
 * - backslashes, NUL and control characters, encoded dots/slashes/backslashes, `.`/`..` segments, `:` (drive
 *   letters, NTFS alternate data streams), Windows device names, undecodable or double escapes [400];
 * - directories (a path ending in `/` other than the root), dotfiles and unknown extensions [404].
 * The WHATWG parser already resolves plain and `%2e` dot segments (URL Standard, "path state"); the checks
 * on the raw and decoded forms catch what it leaves, and a final containment check backs them all up.
 * Paths without an extension are routes of the single-page app and get index.html.
 */
export type AppAssetResolution =
  | { readonly ok: true; readonly file: string; readonly contentType: string; readonly spaFallback: boolean }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

/** Reserved device names that Windows resolves anywhere, with any extension (Win32 "Naming Files"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function contentTypeFor(file: string): string | undefined {
  return CONTENT_TYPES[path.extname(file).toLowerCase()];
}

export function resolveAppAsset(
  requestUrl: string,
  rendererRoot: string,
  pathApi: path.PlatformPath = path,
): AppAssetResolution {
  const bad = (reason: string): AppAssetResolution => ({ ok: false, status: 400, reason });
  if (/%(2e|2f|5c|00)/i.test(requestUrl) || requestUrl.includes('\\')) return bad('encoded dot, slash or backslash');
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403, reason: 'not the app origin' };
  const url = parseUrl(requestUrl);
  if (url === null) return { ok: false, status: 403, reason: 'not the app origin' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return bad('malformed percent-encoding');
  }
  // eslint-disable-next-line no-control-regex -- control characters in a path are the attack being refused
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return bad('control character or backslash in path');
  if (decoded.includes('%')) return bad('double percent-encoding');
  const root = pathApi.resolve(rendererRoot);
  const index = pathApi.join(root, 'index.html');
  if (decoded === '' || decoded === '/') return html(index, false);
  if (decoded.endsWith('/')) return { ok: false, status: 404, reason: 'directory' };

  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return bad('empty or dot segment');
    if (segment.includes(':')) return bad('colon in path');
    if (WINDOWS_DEVICE.test(segment)) return bad('reserved device name');
  }
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404, reason: 'hidden file' };
  const file = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, file);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return bad('outside the renderer');

  if (pathApi.extname(file) === '') return html(index, true);
  const contentType = contentTypeFor(file);
  if (contentType === undefined) return { ok: false, status: 404, reason: 'unknown file type' };
  return { ok: true, file, contentType, spaFallback: false };
}

function html(file: string, spaFallback: boolean): AppAssetResolution {
  return { ok: true, file, contentType: 'text/html; charset=utf-8', spaFallback };
}

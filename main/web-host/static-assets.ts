import path from 'node:path';

/**
 * Maps a request path to a file of the built renderer, refusing anything that would leave its folder.
 * Paths without an extension are the single-page app's routes and get index.html.
 */
export type AssetResolution =
  | { readonly ok: true; readonly file: string; readonly contentType: string }
  | { readonly ok: false; readonly status: 400 | 404; readonly message: string };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
};

export function resolveRendererAsset(root: string, pathname: string): AssetResolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, message: 'Malformed path' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400, message: 'Bad path' };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return { ok: false, status: 404, message: 'Not found' };
  const extension = path.extname(file).toLowerCase();
  if (extension === '') return { ok: true, file: path.join(root, 'index.html'), contentType: CONTENT_TYPES['.html'] ?? '' };
  const contentType = CONTENT_TYPES[extension];
  if (!contentType) return { ok: false, status: 404, message: 'Not found' };
  return { ok: true, file, contentType };
}

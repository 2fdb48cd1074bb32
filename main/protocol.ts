import type { CustomScheme, Protocol } from 'electron';
import { resolveAppAsset } from './policy/app-asset';
import { APP_SCHEME } from './policy/app-origin';

/**
 * The `app://dockside` origin the renderer lives on, and the denial of `file://`.
 *
 * Why a custom scheme and not file://: a file:// page shares one origin with every file on disk, gets extra
 * privileges (Electron security checklist, "Avoid usage of the file:// protocol"), and cannot have a
 * CSP header. `protocol.handle` serves out/renderer with the CSP (CSP3 §3.1 prefers the header to <meta>:
 * only the header can carry frame-ancestors).
 */

/**
 * Privileges for `app`, registered before `ready` (protocol.registerSchemesAsPrivileged can only be called
 * then). `standard` gives it a real origin with relative URLs and web storage (IndexedDB needs it); `secure`
 * makes it a secure context (getUserMedia needs one); `supportFetchAPI`, `corsEnabled` and `stream` let the
 * page fetch its own assets (the decoder's .wasm) and stream media (TRAPS.md, "Electron origins and CSP").
 * Not `bypassCSP`: the CSP must apply.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
};

export function registerAppSchemePrivileges(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export interface AssetFileSystem {
  stat(file: string): Promise<{ isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer, inside app.asar when packaged). */
  readonly rendererRoot: string;
  /** The Content-Security-Policy header value (main/policy/csp.ts). */
  readonly csp: string;
  readonly fs: AssetFileSystem;
  readonly log?: (line: string) => void;
}

/** The `app://` request handler: only GET and HEAD, only files of the renderer, always with the CSP. */
export function createAppRequestHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  const securityHeaders = {
    'Content-Security-Policy': options.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
  const refuse = (status: number, reason: string, url: string): Response => {
    log(`[dockside:protocol] ${status} ${url.slice(0, 200)}: ${reason}`);
    return new Response(null, { status, headers: securityHeaders });
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(405, `method ${request.method}`, request.url);
    }
    const resolved = resolveAppAsset(request.url, options.rendererRoot);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason, request.url);
    try {
      // A directory or a socket under the root is still not an asset.
      if (!(await options.fs.stat(resolved.file)).isFile()) return refuse(404, 'not a file', request.url);
      const body = request.method === 'HEAD' ? null : await options.fs.readFile(resolved.file);
      return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': resolved.contentType } });
    } catch {
      return refuse(404, 'no such file', request.url);
    }
  };
}

/** Every file:// request from any page: refused. The app never loads from disk by URL (see above). */
export function denyFileRequest(): Response {
  return new Response('file:// is disabled in Dockside', {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Installs both handlers on a session's protocol (after `ready`). */
export function installProtocolHandlers(
  protocol: Pick<Protocol, 'handle'>,
  appHandler: (request: Request) => Promise<Response>,
): void {
  protocol.handle(APP_SCHEME, appHandler);
  protocol.handle('file', denyFileRequest);
}

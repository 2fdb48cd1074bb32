import { parseHttpOrigin } from './http-origin';

/**
 * The Content-Security-Policy of the renderer (CSP Level 3, https://www.w3.org/TR/CSP3/), sent as a response
 * header by the app:// protocol handler (main/protocol.ts) and by the web host. Everything starts from
 * `default-src 'none'` and each directive opens only what the station uses:
 *
 * - `script-src 'self' 'wasm-unsafe-eval'`: bundled modules, and WebAssembly for the barcode decoder, which a
 *   strict policy blocks otherwise (TRAPS.md, "Electron origins and CSP"). No inline script, no eval.
 * - `worker-src 'self' blob:`: the camera decoder runs in a worker; bundlers may start it from a blob URL.
 * - `img-src`/`media-src` allow `data:`, `blob:` and `mediastream:` for camera frames and generated labels.
 * - `connect-src 'self'` plus the given origins: in the desktop app the renderer talks only to main, so none
 *   are given; the web build adds its ERP.
 * - `base-uri`, `form-action`, `frame-src`, `frame-ancestors`, `object-src` are 'none': no <base>, no form
 *   posts, no frames in either direction, no plugins (Electron security checklist, item 7 "Define a CSP").
 */
export interface CspOptions {
  /** Extra `connect-src` origins, e.g. `https://erp.example.com`; each must be a bare http(s) origin. */
  readonly connectSources: readonly string[];
}

export function contentSecurityPolicy(options: CspOptions): string {
  const connect = new Set(["'self'"]);
  for (const source of options.connectSources) {
    try {
      connect.add(parseHttpOrigin(source));
    } catch (error) {
      throw new Error(`CSP connect-src: ${(error as Error).message}`, { cause: error });
    }
  }
  const directives: readonly (readonly [string, ...string[]])[] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['worker-src', "'self'", 'blob:'],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['media-src', "'self'", 'blob:', 'mediastream:'],
    ['font-src', "'self'"],
    ['connect-src', ...connect],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-src', "'none'"],
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

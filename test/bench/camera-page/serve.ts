import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../../../main/policy/csp';
import { buildBenchPage as buildPage, serveBenchPage } from '../bench-page';

const pageDir = path.dirname(fileURLToPath(import.meta.url));

/** Builds the camera benchmark page: the decode worker and the .wasm become files of the build. */
export function buildBenchPage(): Promise<string> {
  return buildPage(pageDir, 'camera');
}

/**
 * Serves the page with the station's own Content-Security-Policy: the benchmark then also proves the worker and
 * the WebAssembly module load under it (script-src 'wasm-unsafe-eval', worker-src).
 */
export function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  return serveBenchPage(dir, { 'Content-Security-Policy': contentSecurityPolicy({ connectSources: [] }) });
}

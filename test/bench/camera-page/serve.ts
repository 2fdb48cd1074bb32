import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { contentTypeFor } from '../../../main/policy/app-asset';
import { contentSecurityPolicy } from '../../../main/policy/csp';

const pageDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Builds the benchmark page with Vite's JS API, the way the station is built (the decode worker and the .wasm
 * become files of the build), into a temporary folder.
 */
export async function buildBenchPage(): Promise<string> {
  const outDir = path.join(os.tmpdir(), `dockside-camera-bench-${process.pid}`);
  await build({
    root: pageDir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome130', reportCompressedSize: false },
  });
  return outDir;
}

/**
 * Serves a folder on 127.0.0.1 only, with the station's own Content-Security-Policy: the benchmark then also
 * proves the worker and the WebAssembly module load under it (script-src 'wasm-unsafe-eval', worker-src).
 */
export async function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const csp = contentSecurityPolicy({ connectSources: [] });
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
      const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
      const type = contentTypeFor(file);
      if (!file.startsWith(dir + path.sep) || type === undefined) {
        response.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

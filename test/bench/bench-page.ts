import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { contentTypeFor } from '../../main/policy/app-asset';

/**
 * The Chromium benchmarks' pages: built with Vite's JS API the way the station is built (workers and .wasm
 * become files of the build) into a temporary folder, and served from it on 127.0.0.1 only.
 */
export async function buildBenchPage(pageDir: string, name: string): Promise<string> {
  const outDir = path.join(os.tmpdir(), `dockside-${name}-bench-${process.pid}`);
  await build({
    root: pageDir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome130', reportCompressedSize: false },
  });
  return outDir;
}

/** Serves `dir` with `headers` on every answer (a CSP, cross-origin isolation…); anything outside it is 404. */
export async function serveBenchPage(
  dir: string,
  headers: Readonly<Record<string, string>>,
): Promise<{ url: string; close(): Promise<void> }> {
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
        response.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
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

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const pageDir = path.dirname(fileURLToPath(import.meta.url));

/** Builds the page with Vite's JS API into a temporary folder, as camera-page/serve.ts does. */
export async function buildAsnImportPage(): Promise<string> {
  const outDir = path.join(os.tmpdir(), `dockside-asn-import-bench-${process.pid}`);
  await build({
    root: pageDir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome130', reportCompressedSize: false },
  });
  return outDir;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves a folder on 127.0.0.1 only, cross-origin isolated (COOP + COEP): performance.now() is otherwise
 * coarsened to 0.1 ms (TRAPS.md), too coarse for lookups that take a fraction of a millisecond.
 */
export async function serveIsolated(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
      const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
      const type = TYPES[path.extname(file)];
      if (!file.startsWith(dir + path.sep) || type === undefined) {
        response.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'Content-Type': type,
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
          'Cache-Control': 'no-store',
        });
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

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { warningsOnlyLog } from '../demo-erp/log';
import { startDemoErp } from '../demo-erp/server';
import { contentSecurityPolicy } from '../policy/csp';
import { resolveAppAsset } from '../policy/app-asset';
import { APP_ORIGIN } from '../policy/app-origin';

/**
 * Serves the built renderer (out/renderer) on 127.0.0.1 with the demo ERP beside it: the web build of the
 * station, used by `npm run start:web`, by the launcher's fallback and by the web end-to-end tests.
 */
export interface WebStationOptions {
  /** Port for the web build; 0 or absent picks a free one. */
  readonly port?: number;
  /** ERP to use; when absent the demo ERP is started on a free loopback port. */
  readonly erpUrl?: string;
  /** Where the demo ERP keeps its ledger. */
  readonly demoDataDir?: string;
  /** The built renderer; defaults to out/renderer in this checkout. */
  readonly rendererDir?: string;
}

export interface WebStation {
  readonly url: string;
  readonly erpUrl: string;
  readonly erpMode: 'demo' | 'configured';
  close(): Promise<void>;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function startWebStation(options: WebStationOptions = {}): Promise<WebStation> {
  const rendererDir = options.rendererDir ?? path.join(projectRoot, 'out/renderer');
  await stat(path.join(rendererDir, 'index.html')).catch(() => {
    throw new Error(`No web build at ${rendererDir}: run "npm run build:web" first`);
  });
  const demo = options.erpUrl
    ? null
    : await startDemoErp(
        { dataDir: options.demoDataDir ?? path.join(projectRoot, '.dockside-data/demo-erp') },
        { log: warningsOnlyLog },
      );
  const erpUrl = options.erpUrl ?? demo?.url ?? '';
  const runtime = JSON.stringify({
    appVersion: process.env['npm_package_version'] ?? '0.0.0',
    erp: { mode: demo ? 'demo' : 'configured', baseUrl: erpUrl },
    suggestedStation: demo ? { siteId: 'DEMO-DC1', stationId: 'DOCK-01', dockDoor: 'D1' } : null,
  });
  const csp = contentSecurityPolicy({ connectSources: [new URL(erpUrl).origin] });

  const server = createServer((request, response) => {
    void (async () => {
      const headers = {
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
        return;
      }
      const requestPath = request.url ?? '/';
      const pathname = requestPath.split('?')[0] ?? '/';
      if (pathname === '/dockside-runtime.json') {
        response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(runtime);
        return;
      }
      // The same resolver as the desktop app's app:// protocol: one set of traversal rules for both hosts.
      const asset = resolveAppAsset(`${APP_ORIGIN}${pathname.startsWith('/') ? pathname : '/'}`, rendererDir);
      if (!asset.ok) {
        response.writeHead(asset.status, { ...headers, 'Content-Type': 'text/plain' }).end(asset.reason);
        return;
      }
      try {
        const body = await readFile(asset.file);
        response.writeHead(200, { ...headers, 'Content-Type': asset.contentType }).end(body);
      } catch {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
  const port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}/`,
    erpUrl,
    erpMode: demo ? 'demo' : 'configured',
    async close() {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      server.closeAllConnections();
      await demo?.close();
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { AsnCatalog } from './asn-catalog';
import { EventIntake } from './event-intake';
import type { OpenLedgerFile } from './ledger-file';
import type { DemoErpLog } from './log';
import { consoleLog } from './log';
import { openLedger } from './open-ledger';
import { createRequestListener } from './pipeline';
import { seedAsnChanges } from './seed';

/**
 * The demo ERP: a real HTTP server speaking Dockside's integration API v1 (docs/api/openapi.json), with seeded
 * ASNs and a ledger that survives restarts. It ships inside the app as the default ERP and for training, and
 * serves the tests. It listens on loopback unless told otherwise: it has no authentication.
 */
export interface DemoErpOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the ledger file lives; created if missing. */
  dataDir: string;
  /** Origins allowed by CORS besides loopback ones, e.g. "app://dockside". */
  allowedOrigins?: readonly string[];
  /** Clock for seeded dates and appliedAt stamps. */
  now?: () => Date;
}

export interface DemoErp {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Seams for tests and hosts: the ledger file writer (to simulate a full disk) and the log sink. */
export interface DemoErpInternals {
  readonly openFile?: OpenLedgerFile;
  readonly log?: DemoErpLog;
}

/** Time allowed for in-flight requests to finish on close before their connections are cut. */
const CLOSE_GRACE_MS = 2_000;

export async function startDemoErp(options: DemoErpOptions, internals: DemoErpInternals = {}): Promise<DemoErp> {
  const now = options.now ?? (() => new Date());
  const log = internals.log ?? consoleLog;
  const host = options.host ?? '127.0.0.1';
  const { store, ledger } = await openLedger(options.dataDir, {
    warn: (line) => {
      log.warn(line);
    },
    ...(internals.openFile ? { openFile: internals.openFile } : {}),
  });
  const catalog = new AsnCatalog();
  for (const asn of seedAsnChanges(now())) catalog.record(asn);
  const intake = new EventIntake({ ledger, store, catalog, now });

  const server = createServer(
    // Slow clients must not hold a connection open forever; 30 s is ample for 5 MB on a dock network.
    { requestTimeout: 30_000, headersTimeout: 10_000 },
    createRequestListener({ context: { catalog, ledger, intake }, allowedOrigins: options.allowedOrigins ?? [], log }),
  );
  let port: number;
  try {
    port = await listen(server, options.port ?? 0, host);
  } catch (error) {
    await store.close();
    throw error;
  }
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    const stopped = new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    server.closeIdleConnections();
    const grace = setTimeout(() => {
      server.closeAllConnections();
    }, CLOSE_GRACE_MS);
    await stopped;
    clearTimeout(grace);
    await intake.idle();
    await store.close();
  };
  return {
    url,
    port,
    close: () => (closing ??= close()),
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'the port is already in use' : error.message;
      reject(new Error(`the demo ERP could not listen on ${host}:${port}: ${why}`, { cause: error }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('the demo ERP got no TCP address'));
      else resolve(address.port);
    });
  });
}

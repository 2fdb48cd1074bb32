import { randomUUID } from 'node:crypto';
import type { ErpFailure, ErpPort, ErpResult } from '../../renderer/src/domain/erp-port';
import { createHttpErpClient, type HttpErpClientOptions } from '../../renderer/src/sync/http-erp-client';

/**
 * The ERP as main reaches it for the bridge's `erp` methods: the same axios client the web build uses, run
 * here so credentials and TLS settings never reach the renderer (ARCHITECTURE.md, "The shape of the app").
 *
 * Each request gets its own correlation id (`X-Correlation-Id`, a UUIDv4 from crypto.randomUUID), and a failed
 * request is logged with it, so a station's log line can be matched with the ERP's. A client is built per
 * request to bind the id to exactly that request; axios.create is cheap next to a network round trip.
 */
export interface ErpGatewayOptions {
  /** The ERP base URL, or null when none is configured (every call then fails with `not-configured`). */
  readonly baseUrl: string | null;
  readonly apiKey?: string;
  readonly timeoutMs?: number;
  readonly newCorrelationId?: () => string;
  readonly createClient?: (options: HttpErpClientOptions) => ErpPort;
  readonly log?: (line: string) => void;
}

export function createErpGateway(options: ErpGatewayOptions): ErpPort {
  const newId = options.newCorrelationId ?? randomUUID;
  const createClient = options.createClient ?? createHttpErpClient;
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  const { baseUrl } = options;

  const run = async <T>(operation: string, call: (client: ErpPort) => Promise<ErpResult<T>>) => {
    if (baseUrl === null) return notConfigured<T>();
    const correlationId = newId();
    const client = createClient({
      baseUrl,
      correlationId: () => correlationId,
      ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    const result = await call(client);
    if (!result.ok) {
      const status = result.error.status === undefined ? '' : ` ${result.error.status}`;
      log(
        `[dockside:erp] ${operation} failed (correlation ${correlationId}): ${result.error.kind}${status}: ${result.error.message}`,
      );
    }
    return result;
  };

  return {
    listAsns: (request) => run('listAsns', (client) => client.listAsns(request)),
    postEvents: (request) => run('postEvents', (client) => client.postEvents(request)),
  } satisfies ErpPort;
}

function notConfigured<T>(): ErpResult<T> {
  const error: ErpFailure = {
    kind: 'not-configured',
    retryable: false,
    message: 'No ERP is configured for this station (set DOCKSIDE_ERP_URL or station-config.json)',
  };
  return { ok: false, error };
}

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErpPort } from '../../renderer/src/domain/erp-port';
import type { HttpErpClientOptions } from '../../renderer/src/sync/http-erp-client';
import { createErpGateway } from './erp-gateway';

const page = { items: [], nextCursor: '0', hasMore: false };

describe('createErpGateway', () => {
  it('answers not-configured without any network when no ERP is set', async () => {
    const createClient = vi.fn<(options: HttpErpClientOptions) => ErpPort>();
    const gateway = createErpGateway({ baseUrl: null, createClient, log: () => undefined });
    const result = await gateway.listAsns({ cursor: null, limit: 10 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-configured', retryable: false } });
    expect(createClient).not.toHaveBeenCalled();
  });

  it('gives every request its own correlation id and logs failures with it', async () => {
    const ids = ['id-1', 'id-2'];
    const seen: string[] = [];
    const log = vi.fn<(line: string) => void>();
    const gateway = createErpGateway({
      baseUrl: 'http://erp.test',
      apiKey: 'k',
      timeoutMs: 500,
      newCorrelationId: () => ids.shift() ?? 'exhausted',
      log,
      createClient: (options) => {
        expect(options).toMatchObject({ baseUrl: 'http://erp.test', apiKey: 'k', timeoutMs: 500 });
        seen.push(options.correlationId?.() ?? 'none');
        return {
          listAsns: () => Promise.resolve({ ok: true, value: page }),
          postEvents: () =>
            Promise.resolve({ ok: false, error: { kind: 'http', status: 503, message: 'busy', retryable: true } }),
        };
      },
    });
    await expect(gateway.listAsns({ cursor: null, limit: 1 })).resolves.toEqual({ ok: true, value: page });
    await expect(gateway.postEvents({ stationId: 'DOCK-01', batch: { events: [] } })).resolves.toMatchObject({
      ok: false,
    });
    expect(seen).toEqual(['id-1', 'id-2']);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('[dockside:erp] postEvents failed (correlation id-2): http 503: busy');
  });

  describe('over HTTP', () => {
    let close: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await close?.();
    });

    it('sends X-Correlation-Id with a fresh UUID on each request', async () => {
      const headers: IncomingHttpHeaders[] = [];
      const server = createServer((request, response) => {
        headers.push(request.headers);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(page));
      });
      await new Promise<void>((resolve) => {
        server.listen(0, '127.0.0.1', resolve);
      });
      close = () =>
        new Promise((resolve) => {
          server.close(() => {
            resolve();
          });
        });
      const { port } = server.address() as AddressInfo;
      const gateway = createErpGateway({ baseUrl: `http://127.0.0.1:${port}`, log: () => undefined });

      await gateway.listAsns({ cursor: null, limit: 5 });
      await gateway.listAsns({ cursor: '5', limit: 5 });

      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      const ids = headers.map((h) => h['x-correlation-id']);
      expect(ids[0]).toMatch(uuid);
      expect(ids[1]).toMatch(uuid);
      expect(ids[0]).not.toBe(ids[1]);
    });
  });
});

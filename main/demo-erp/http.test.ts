import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemV1 } from './api-schemas';
import { MAX_BODY_BYTES } from './http-json';
import type { DemoErp } from './server';
import { call, memoryLog, removeDir, startTestErp, tempDir } from './test-support';

let dir: string;
let erp: DemoErp;
const log = memoryLog();
beforeAll(async () => {
  dir = await tempDir();
  erp = await startTestErp(dir, { allowedOrigins: ['app://dockside'] }, { log });
});
afterAll(async () => {
  await erp.close();
  await removeDir(dir);
});

const eventsUrl = () => `${erp.url}/api/v1/stations/DOCK-01/events`;
const message = (body: unknown) => ProblemV1.parse(body).message;

/** Sends a body with chunked transfer coding (no Content-Length), as a streaming client would. */
function postChunked(url: string, totalBytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('routing', () => {
  it('answers health', async () => {
    const answer = await call(`${erp.url}/api/v1/health`);
    expect(answer).toMatchObject({ status: 200, body: { status: 'ok', name: 'Dockside demo ERP', apiVersion: '1' } });
  });

  it('answers 404 with a message for unknown paths', async () => {
    for (const path of ['/', '/api/v2/health', '/api/v1/stations//events', '/api/v1/asns/extra']) {
      const answer = await call(`${erp.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(message(answer.body)).toMatch(/no resource at/);
    }
  });

  it('answers 405 with Allow for a known path and another method (RFC 9110 §15.5.6)', async () => {
    const answer = await call(`${erp.url}/api/v1/asns`, { method: 'DELETE' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const put = await call(`${erp.url}/api/v1/stations/D1/events/x`);
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('PUT, OPTIONS');
  });

  it('serves HEAD as GET without a body, and OPTIONS with Allow', async () => {
    const head = await call(`${erp.url}/api/v1/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const options = await call(`${erp.url}/api/v1/stations/D1/events`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('request bodies', () => {
  it('answers 415 unless the body is sent as UTF-8 application/json', async () => {
    const cases: (Record<string, string> | undefined)[] = [
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'application/json; charset=iso-8859-1' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of cases) {
      const answer = await call(eventsUrl(), {
        method: 'POST',
        rawBody: '{"events":[]}',
        ...(headers ? { headers } : {}),
      });
      expect(answer.status, JSON.stringify(headers)).toBe(415);
      expect(message(answer.body)).toMatch(/application\/json/);
    }
    const ok = await call(eventsUrl(), {
      method: 'POST',
      rawBody: '{"events":[]}',
      headers: { 'Content-Type': 'Application/JSON; charset="UTF-8"' },
    });
    expect(ok.status).toBe(400);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const declared = await call(eventsUrl(), {
      method: 'POST',
      rawBody: `{"events":[${' '.repeat(MAX_BODY_BYTES)}]}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(declared.status).toBe(413);
    expect(message(declared.body)).toMatch(/larger than 5242880 bytes/);
    const streamed = await postChunked(eventsUrl(), MAX_BODY_BYTES + 1024 * 1024);
    expect(streamed.status).toBe(413);
  });

  it('answers 400 for bodies that are not JSON or not UTF-8', async () => {
    const notJson = await call(eventsUrl(), {
      method: 'POST',
      rawBody: '{"events": [',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect(ProblemV1.parse(notJson.body)).toMatchObject({
      message: expect.stringMatching(/not valid JSON/) as unknown,
      issues: [{ path: '' }],
    });
    const latin1 = await call(eventsUrl(), {
      method: 'POST',
      rawBody: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(latin1.status).toBe(400);
    expect(message(latin1.body)).toMatch(/UTF-8/);
    const empty = await call(eventsUrl(), {
      method: 'POST',
      rawBody: '',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(message(empty.body)).toMatch(/empty/);
  });
});

describe('CORS for the web build', () => {
  const preflight = (origin: string, extra: Record<string, string> = {}) =>
    call(eventsUrl(), {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-correlation-id',
        ...extra,
      },
    });

  it('answers preflights from loopback origins on any port and from configured origins', async () => {
    for (const origin of ['http://127.0.0.1:5173', 'http://localhost:41234', 'https://localhost', 'app://dockside']) {
      const answer = await preflight(origin);
      expect(answer.status, origin).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT');
      expect(answer.headers.get('access-control-allow-headers')).toBe('Content-Type, X-Correlation-Id, Authorization');
      expect(answer.headers.get('access-control-max-age')).toBe('600');
    }
    const pna = await preflight('http://127.0.0.1:5173', { 'Access-Control-Request-Private-Network': 'true' });
    expect(pna.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('refuses preflights from other origins and gives their requests no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example:80', 'null']) {
      expect((await preflight(origin)).status, origin).toBe(403);
    }
    const get = await call(`${erp.url}/api/v1/health`, { headers: { Origin: 'https://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(get.headers.get('vary')).toBe('Origin');
  });

  it('lets allowed pages read answers and the correlation id', async () => {
    const get = await call(`${erp.url}/api/v1/health`, { headers: { Origin: 'http://localhost:5173' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(get.headers.get('access-control-expose-headers')).toContain('X-Correlation-Id');
  });
});

describe('correlation ids', () => {
  it('echoes the client id and logs it with the request', async () => {
    const answer = await call(`${erp.url}/api/v1/health`, { headers: { 'X-Correlation-Id': 'station-7-req-42' } });
    expect(answer.headers.get('x-correlation-id')).toBe('station-7-req-42');
    expect(
      log.lines.some(
        (line) => line.includes('GET /api/v1/health 200') && line.includes('correlationId=station-7-req-42'),
      ),
    ).toBe(true);
  });

  it('makes one up when the client sent none or an unusable one, also on errors', async () => {
    const none = await call(`${erp.url}/nowhere`);
    expect(none.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const tooLong = await call(`${erp.url}/api/v1/health`, { headers: { 'X-Correlation-Id': 'x'.repeat(200) } });
    expect(tooLong.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

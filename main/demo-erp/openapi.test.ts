import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';
import { apiRoutes } from './routes';
import type { DemoErp } from './server';
import { call, cartonEvent, removeDir, startTestErp, tempDir } from './test-support';

const document = buildOpenApiDocument();
const paths = document['paths'] as Record<string, Record<string, { operationId?: string }>>;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

describe('docs/api/openapi.json', () => {
  it('is exactly the generated document (regenerate: npm run -s cli -- openapi > docs/api/openapi.json)', async () => {
    const committed = JSON.parse(
      await readFile(new URL('../../docs/api/openapi.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(
      committed,
      'docs/api/openapi.json is stale: run `npm run -s cli -- openapi > docs/api/openapi.json && npx prettier --write docs/api/openapi.json`',
    ).toEqual(document);
  });

  it('documents every route in the route table, and nothing else', () => {
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => HTTP_METHODS.includes(key))
        .map((method) => `${method.toUpperCase()} ${path} ${item[method]?.operationId ?? ''}`),
    );
    const routed = apiRoutes.map((route) => `${route.method} ${route.path} ${route.operationId}`);
    expect(documented.sort()).toEqual(routed.sort());
  });

  it('has no dangling $ref', () => {
    const refs: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') {
        for (const [key, member] of Object.entries(value)) {
          if (key === '$ref' && typeof member === 'string') refs.push(member);
          else walk(member);
        }
      }
    };
    walk(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toBeDefined();
    }
  });
});

describe('the server and the document', () => {
  let dir: string;
  let erp: DemoErp;
  beforeAll(async () => {
    dir = await tempDir();
    erp = await startTestErp(dir);
  });
  afterAll(async () => {
    await erp.close();
    await removeDir(dir);
  });

  it('serves every documented operation (never 404 or 405)', async () => {
    const event = cartonEvent(1);
    const samples: Record<string, string> = { stationId: 'DOCK-01', eventId: event.eventId };
    for (const [template, item] of Object.entries(paths)) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => samples[name] ?? 'x');
      for (const method of Object.keys(item).filter((key) => HTTP_METHODS.includes(key))) {
        const body = method === 'post' ? { events: [event] } : method === 'put' ? event : undefined;
        const answer = await call(`${erp.url}${path}`, { method: method.toUpperCase(), body });
        expect(answer.status, `${method} ${path}`).toBeLessThan(300);
      }
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AsnPageV1 } from '../../renderer/src/domain/asn-wire';
import { createHttpErpClient } from '../../renderer/src/sync/http-erp-client';
import { ProblemV1 } from './api-schemas';
import { encodeAsnCursor } from './asn-cursor';
import type { DemoErp } from './server';
import { call, removeDir, startTestErp, tempDir } from './test-support';

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

const page = async (query: string) => {
  const answer = await call(`${erp.url}/api/v1/asns${query}`);
  expect(answer.status, query).toBe(200);
  return AsnPageV1.parse(answer.body);
};

describe('GET /api/v1/asns paging', () => {
  it('walks the change log page by page, oldest change first, the cancellation last', async () => {
    const seen: string[] = [];
    const hasMore: boolean[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const current = await page(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...current.items.map((asn) => `${asn.asnId}@${asn.status}`));
      hasMore.push(current.hasMore);
      cursor = current.nextCursor;
      if (!current.hasMore) break;
    }
    expect(hasMore).toEqual([true, true, false]);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.at(-1)).toBe('ASN-CBC-70413@cancelled');
    expect(seen[0]).toBe('ASN-AHD-24051@open');

    const caughtUp = await page(`?cursor=${cursor}&limit=3`);
    expect(caughtUp).toEqual({ items: [], nextCursor: cursor, hasMore: false });
  });

  it('defaults to 100 per page, lowers a larger limit to 500, and treats an empty cursor as the start', async () => {
    expect((await page('')).items).toHaveLength(8);
    expect((await page('?limit=100000')).items).toHaveLength(8);
    expect((await page('?cursor=&limit=2')).items).toHaveLength(2);
  });

  it('answers 400 naming the problem for a bad limit or cursor', async () => {
    for (const limit of ['0', '-1', 'abc', '1.5', '1e2']) {
      const answer = await call(`${erp.url}/api/v1/asns?limit=${limit}`);
      expect(answer.status, limit).toBe(400);
      expect(ProblemV1.parse(answer.body).message).toMatch(/^limit must be a whole number from 1 to 500/);
    }
    const forged = Buffer.from('something-else:3').toString('base64url');
    for (const cursor of ['not*base64', forged, 'x'.repeat(100)]) {
      const answer = await call(`${erp.url}/api/v1/asns?cursor=${cursor}`);
      expect(answer.status, cursor).toBe(400);
      expect(ProblemV1.parse(answer.body).message).toMatch(/cursor .* is not one this ERP issued/);
    }
    const ahead = await call(`${erp.url}/api/v1/asns?cursor=${encodeAsnCursor(9999)}`);
    expect(ahead.status).toBe(400);
    expect(ProblemV1.parse(ahead.body).message).toMatch(/points past this ERP's last ASN change/);
  });

  it("is read correctly by the station's HTTP client, resuming from nextCursor", async () => {
    const client = createHttpErpClient({ baseUrl: erp.url });
    const ids: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const result = await client.listAsns({ cursor, limit: 5 });
      if (!result.ok) throw new Error(result.error.message);
      ids.push(...result.value.items.map((asn) => asn.asnId));
      cursor = result.value.nextCursor;
      if (!result.value.hasMore) break;
    }
    expect(new Set(ids).size).toBe(8);
  });
});

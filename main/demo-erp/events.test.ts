import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBatchResponseV1, StationWatermarkV1 } from '../../renderer/src/domain/receiving-event';
import type { ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import { createHttpErpClient } from '../../renderer/src/sync/http-erp-client';
import { EventPutResponseV1, LedgerV1, ProblemV1 } from './api-schemas';
import type { DemoErp } from './server';
import { call, cartonEvent, removeDir, startTestErp, tempDir, uuid } from './test-support';

let dir: string;
let erp: DemoErp;
beforeEach(async () => {
  dir = await tempDir();
  erp = await startTestErp(dir);
});
afterEach(async () => {
  await erp.close();
  await removeDir(dir);
});

const post = async (events: unknown[], stationId = 'DOCK-01') => {
  const answer = await call(`${erp.url}/api/v1/stations/${stationId}/events`, { method: 'POST', body: { events } });
  expect(answer.status).toBe(200);
  return EventBatchResponseV1.parse(answer.body);
};
const put = (event: unknown, eventId: string, stationId = 'DOCK-01') =>
  call(`${erp.url}/api/v1/stations/${stationId}/events/${eventId}`, { method: 'PUT', body: event });
const statuses = (response: EventBatchResponseV1) =>
  response.results.map((r) => (r.status === 'rejected' ? `rejected ${r.code}` : r.status));
const ledgerEvents = async () => LedgerV1.parse((await call(`${erp.url}/api/v1/ledger`)).body).events;

/** The same JSON value with every object's members in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reversedKeys(member)]),
  );
}

describe('idempotency by eventId', () => {
  it('applies a new event once and answers a resend as duplicate', async () => {
    const event = cartonEvent(1);
    expect(statuses(await post([event]))).toEqual(['applied']);
    expect(statuses(await post([event]))).toEqual(['duplicate']);
    expect(await ledgerEvents()).toHaveLength(1);
  });

  it('treats a resend with its members in another order as the same payload', async () => {
    const event = cartonEvent(1);
    await post([event]);
    const reordered = JSON.stringify({ events: [reversedKeys(event)] });
    expect(reordered).not.toBe(JSON.stringify({ events: [event] }));
    const answer = await call(`${erp.url}/api/v1/stations/DOCK-01/events`, {
      method: 'POST',
      rawBody: reordered,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(statuses(EventBatchResponseV1.parse(answer.body))).toEqual(['duplicate']);
  });

  it('rejects with 422 the same eventId carrying a different payload, and keeps the original', async () => {
    const event = cartonEvent(1);
    await post([event]);
    const changed: ReceivingEvent = { ...event, operator: 'someone-else' };
    const [result] = (await post([changed])).results;
    expect(result).toMatchObject({ eventId: event.eventId, seq: 1, status: 'rejected', code: 422 });
    expect(result?.status === 'rejected' ? result.reason : '').toMatch(/already applied with a different payload/);
    expect(await ledgerEvents()).toHaveLength(1);
  });

  it('decides repeats inside one batch too', async () => {
    const event = cartonEvent(1);
    const response = await post([event, event, { ...event, operator: 'other' }]);
    expect(statuses(response)).toEqual(['applied', 'duplicate', 'rejected 422']);
  });

  it('applies an event exactly once when two batches carrying it race', async () => {
    const events = [cartonEvent(1), cartonEvent(2)];
    const answers = await Promise.all([post(events), post(events), post([...events].reverse())]);
    const applied = answers.flatMap((a) => a.results).filter((r) => r.status === 'applied');
    expect(applied.map((r) => r.seq).sort()).toEqual([1, 2]);
    expect(await ledgerEvents()).toHaveLength(2);
  });
});

describe('a batch with mixed outcomes', () => {
  it('answers every event in order and applies only the good new ones', async () => {
    const earlier = cartonEvent(1);
    await post([earlier]);
    const fresh = cartonEvent(2);
    const mismatch = { ...earlier, operator: 'changed' };
    const unknownAsn = { ...cartonEvent(3), asnId: 'ASN-NOPE' };
    const otherStation = cartonEvent(4, { stationId: 'DOCK-02' });
    const badSscc = { ...cartonEvent(5), sscc: '123' };
    const unknownLine = cartonEvent(6);
    const firstContent = unknownLine.contents[0];
    if (firstContent) firstContent.lineId = '9999';
    const response = await post([fresh, earlier, mismatch, unknownAsn, otherStation, badSscc, unknownLine]);
    expect(response.results.map((r) => r.eventId)).toEqual(
      [fresh, earlier, mismatch, unknownAsn, otherStation, badSscc, unknownLine].map((e) => e.eventId),
    );
    expect(statuses(response)).toEqual([
      'applied',
      'duplicate',
      'rejected 422',
      'rejected 422',
      'rejected 400',
      'rejected 400',
      'rejected 422',
    ]);
    const reasons = response.results.map((r) => (r.status === 'rejected' ? r.reason : ''));
    expect(reasons[3]).toMatch(/asnId "ASN-NOPE" is not known/);
    expect(reasons[4]).toMatch(/belongs to station "DOCK-02" but was sent to station "DOCK-01"/);
    expect(reasons[5]).toMatch(/\/events\/5\/sscc/);
    expect(reasons[6]).toMatch(/line "9999" is not on ASN/);
    expect((await ledgerEvents()).map((e) => e.seq)).toEqual([1, 2]);
    expect(response.watermark).toMatchObject({ stationId: 'DOCK-01', contiguousSeq: 2, highestSeq: 2 });
  });
});

describe('station watermark', () => {
  it('keeps contiguousSeq below the first gap and closes it when the gap fills', async () => {
    const response = await post([1, 2, 4, 5].map((seq) => cartonEvent(seq)));
    expect(response.watermark).toEqual({
      stationId: 'DOCK-01',
      contiguousSeq: 2,
      highestSeq: 5,
      lastAppliedAt: '2025-06-10T08:00:00.000Z',
    });
    const filled = await post([cartonEvent(3)]);
    expect(filled.watermark).toMatchObject({ contiguousSeq: 5, highestSeq: 5 });
    const served = await call(`${erp.url}/api/v1/stations/DOCK-01/watermark`);
    expect(StationWatermarkV1.parse(served.body)).toEqual(filled.watermark);
  });

  it('is zero for a station the ERP never heard from', async () => {
    const served = await call(`${erp.url}/api/v1/stations/NEW-STATION/watermark`);
    expect(served.body).toEqual({ stationId: 'NEW-STATION', contiguousSeq: 0, highestSeq: 0, lastAppliedAt: null });
  });
});

describe('PUT one event', () => {
  it('answers 201 applied, 200 duplicate, 422 for a different payload', async () => {
    const event = cartonEvent(1);
    const created = await put(event, event.eventId);
    expect(created.status).toBe(201);
    expect(EventPutResponseV1.parse(created.body).result.status).toBe('applied');
    const again = await put(reversedKeys(event), event.eventId);
    expect(again.status).toBe(200);
    expect(EventPutResponseV1.parse(again.body).result.status).toBe('duplicate');
    const changed = await put({ ...event, seq: 7 }, event.eventId);
    expect(changed.status).toBe(422);
    expect(ProblemV1.parse(changed.body).message).toMatch(/different payload/);
  });

  it('answers 400 for an id that differs from the path, another station, or an invalid event; 422 for an unknown ASN', async () => {
    const event = cartonEvent(1);
    const wrongId = await put(event, uuid(999));
    expect(wrongId.status).toBe(400);
    expect(ProblemV1.parse(wrongId.body).message).toMatch(/differs from the eventId/);
    expect((await put(event, event.eventId, 'DOCK-09')).status).toBe(400);
    const invalid = await put({ ...event, seq: -1 }, event.eventId);
    expect(invalid.status).toBe(400);
    expect(ProblemV1.parse(invalid.body).issues?.[0]?.path).toBe('/seq');
    const unknown = { ...cartonEvent(2), asnId: 'ASN-GONE' };
    expect((await put(unknown, unknown.eventId)).status).toBe(422);
    expect(await ledgerEvents()).toHaveLength(0);
  });
});

describe('whole-body problems', () => {
  it('refuse the request with 400 and JSON Pointer issues', async () => {
    const url = `${erp.url}/api/v1/stations/DOCK-01/events`;
    const cases: [unknown, string][] = [
      [{}, '/events'],
      [{ events: [] }, '/events'],
      [{ events: 'nope' }, '/events'],
      [[cartonEvent(1)], ''],
      [{ events: [cartonEvent(1), { seq: 2 }] }, '/events/1'],
    ];
    for (const [body, path] of cases) {
      const answer = await call(url, { method: 'POST', body });
      expect(answer.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      const problem = ProblemV1.parse(answer.body);
      expect(problem.issues?.[0]?.path.startsWith(path)).toBe(true);
    }
    expect(await ledgerEvents()).toHaveLength(0);
  });
});

describe("the station's own HTTP client", () => {
  it('reads the answers of this server as API v1', async () => {
    const client = createHttpErpClient({ baseUrl: `${erp.url}/`, correlationId: () => 'cid-station-1' });
    const sent = await client.postEvents({ stationId: 'DOCK-01', batch: { events: [cartonEvent(1)] } });
    expect(sent).toMatchObject({ ok: true, value: { results: [{ status: 'applied' }] } });
    const resent = await client.postEvents({ stationId: 'DOCK-01', batch: { events: [cartonEvent(1)] } });
    expect(resent).toMatchObject({ ok: true, value: { results: [{ status: 'duplicate' }] } });
    const page = await client.listAsns({ cursor: null, limit: 5 });
    expect(page).toMatchObject({ ok: true, value: { hasMore: true } });
  });
});

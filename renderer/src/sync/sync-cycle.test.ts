import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeErp, unreachable } from '../../../test/fakes/fake-erp';
import { sampleAsn } from '../../../test/fakes/sample-asn';
import { countPending } from '../db/journal-store';
import { openDocksideDb, type DocksideDb } from '../db/schema';
import { receiveSscc, recordArrival } from '../receiving/dock-commands';
import { runSyncCycle } from './sync-cycle';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const options = { stationId: 'DOCK-01', pageSize: 10, batchSize: 2, now: () => new Date('2026-11-23T10:00:00Z') };
let db: DocksideDb;

beforeEach(() => {
  db = openDocksideDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/**
 * Receives n cartons of ASN-1 and returns their events' ids. The trailer's arrival is recorded and synced first,
 * so each test's figures are about the cartons alone.
 */
async function scanCartons(erp: FakeErp, n: number): Promise<string[]> {
  const deps = { db, station };
  if (!(await db.receipts.get('ASN-1'))) {
    await recordArrival(deps, 'ASN-1', { trailer: 'TR-1', sealNumber: 'S-1', sealIntact: true });
    await runSyncCycle(db, erp, options);
  }
  const cartons = sampleAsn('ASN-1', 6)
    .units.filter((u) => u.type === 'carton')
    .slice(0, n);
  const ids: string[] = [];
  for (const c of cartons) {
    const outcome = await receiveSscc(deps, c.sscc);
    ids.push(...outcome.events.filter((r) => r.type === 'unit.received').map((r) => r.eventId));
  }
  return ids;
}

describe('a sync cycle', () => {
  it('pulls every ASN page, then sends journaled events in seq order, in batches', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1', 6), sampleAsn('ASN-2', 2, 5000)]);
    expect(await runSyncCycle(db, erp, options)).toEqual({ asnsPulled: 2, eventsSent: 0, failure: null });
    const ids = await scanCartons(erp, 5);
    expect(await runSyncCycle(db, erp, options)).toEqual({ asnsPulled: 0, eventsSent: 5, failure: null });
    expect(erp.posts.slice(1)).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]); // after the arrival
    expect(await countPending(db)).toBe(0);
  });

  it('keeps every event while the ERP is down and sends each once when it is back', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1', 6)]);
    await runSyncCycle(db, erp, options);
    const ids = await scanCartons(erp, 3);
    erp.pullFaults.push(unreachable, unreachable);
    expect((await runSyncCycle(db, erp, options)).failure?.kind).toBe('unreachable');
    expect((await runSyncCycle(db, erp, options)).failure?.kind).toBe('unreachable');
    expect(await countPending(db)).toBe(3);
    await runSyncCycle(db, erp, options);
    expect([...erp.applied.keys()].slice(1)).toEqual(ids); // after the arrival
    expect(await countPending(db)).toBe(0);
  });

  it('resends the same eventIds after a lost answer, and the ERP counts them once', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1', 6)]);
    await runSyncCycle(db, erp, options);
    const ids = await scanCartons(erp, 2);
    erp.postFaults.push({ lostAnswer: true });
    const lost = await runSyncCycle(db, erp, options);
    expect(lost.failure?.kind).toBe('unknown-outcome');
    expect(await countPending(db)).toBe(2);
    await runSyncCycle(db, erp, options);
    expect(erp.posts.slice(1)).toEqual([ids, ids]); // after the arrival
    expect(erp.applied.size).toBe(3);
    expect(await countPending(db)).toBe(0);
  });

  it('stops at a 503, reports its Retry-After and keeps the events', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1', 6)]);
    await runSyncCycle(db, erp, options);
    await scanCartons(erp, 1);
    erp.postFaults.push({
      kind: 'http',
      status: 503,
      retryable: true,
      retryAfterMs: 2000,
      message: 'The ERP answered 503',
    });
    const report = await runSyncCycle(db, erp, options);
    expect(report.failure).toMatchObject({ status: 503, retryAfterMs: 2000 });
    expect(await countPending(db)).toBe(1);
  });

  it('marks events the ERP rejects as dead letters and goes on with the rest', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1', 6)]);
    await runSyncCycle(db, erp, options);
    const [first] = await scanCartons(erp, 2);
    const firstRow = await db.journal.get(2); // seq 1 is the arrival
    if (!firstRow) throw new Error('the first scan was not journaled');
    const tampered = { ...firstRow.event, operator: 'someone-else' };
    erp.applied.set(first ?? '', tampered);
    await runSyncCycle(db, erp, options);
    const rows = await db.journal.toArray();
    expect(rows.map((r) => r.syncState)).toEqual(['acknowledged', 'rejected', 'acknowledged']);
    expect(rows[1]?.rejection).toEqual({ code: 422, reason: 'eventId reused with a different payload' });
  });

  it('keeps events the ERP did not answer for', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1', 6)]);
    await runSyncCycle(db, erp, options);
    await scanCartons(erp, 2);
    const lying: typeof erp.postEvents = async (request) => {
      const answer = await FakeErp.prototype.postEvents.call(erp, request);
      return answer.ok ? { ok: true, value: { ...answer.value, results: answer.value.results.slice(0, 1) } } : answer;
    };
    const report = await runSyncCycle(db, { listAsns: (r) => erp.listAsns(r), postEvents: lying }, options);
    expect(report.failure?.kind).toBe('invalid-response');
    expect(await countPending(db)).toBe(1);
  });
});

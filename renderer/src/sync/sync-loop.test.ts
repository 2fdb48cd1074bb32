import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeErp, unreachable } from '../../../test/fakes/fake-erp';
import { sampleAsn } from '../../../test/fakes/sample-asn';
import { countPending } from '../db/journal-store';
import { trustScan } from '../receiving/test-support/trust-scan';
import { openDocksideDb, type DocksideDb } from '../db/schema';
import { createSyncLoop, type SyncLoop, type SyncStatus } from './sync-loop';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
let db: DocksideDb;
let loop: SyncLoop | null = null;

beforeEach(() => {
  db = openDocksideDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  loop?.stop();
  await db.delete();
});

function startLoop(erp: FakeErp): SyncLoop {
  const exclusive = (run: () => Promise<void>) => run();
  loop = createSyncLoop({
    db,
    erp,
    stationId: 'DOCK-01',
    exclusive,
    pollIntervalMs: 30,
    backoff: { baseMs: 5, capMs: 40 },
    random: () => 1,
  });
  loop.start();
  return loop;
}

async function until(loop: SyncLoop, predicate: (s: SyncStatus) => boolean, timeoutMs = 10_000): Promise<SyncStatus> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(loop.getStatus())) {
    if (Date.now() > deadline) throw new Error(`timed out; status ${JSON.stringify(loop.getStatus())}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return loop.getStatus();
}

describe('the sync loop', () => {
  it('goes online, pulls ASNs and sends what is scanned after a nudge', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1')]);
    const running = startLoop(erp);
    const online = await until(running, (s) => s.connection === 'online');
    expect(online.lastSyncAt).not.toBeNull();
    expect(await db.asns.count()).toBe(1);
    await trustScan(db, station, sampleAsn('ASN-1').units[1]?.sscc ?? '');
    running.nudge();
    await until(running, () => erp.applied.size === 2); // the arrival and the carton
    expect(await countPending(db)).toBe(0);
  });

  it('shows offline while the ERP is down, keeps retrying with backoff, and recovers', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1')]);
    erp.pullFaults.push(unreachable, unreachable, unreachable, unreachable);
    const running = startLoop(erp);
    const offline = await until(running, (s) => s.connection === 'offline');
    expect(offline.lastError).toMatch(/unreachable/);
    expect(offline.lastSyncAt).toBeNull();
    await until(running, (s) => s.connection === 'online');
    expect(erp.pullFaults).toHaveLength(0);
    expect(await db.asns.count()).toBe(1);
  });

  it('shows an ERP error, not offline, when the ERP answers with a server error', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1')]);
    erp.pullFaults.push({ kind: 'http', status: 500, retryable: true, message: 'The ERP answered 500' });
    const running = startLoop(erp);
    const failed = await until(running, (s) => s.connection === 'erp-error');
    expect(failed.lastError).toBe('The ERP answered 500');
    await until(running, (s) => s.connection === 'online');
  });

  it('keeps polling while another window holds the drain lock', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1')]);
    let held = true;
    loop = createSyncLoop({
      db,
      erp,
      stationId: 'DOCK-01',
      exclusive: async (run) => {
        if (!held) await run();
      },
      pollIntervalMs: 20,
    });
    loop.start();
    await new Promise((r) => setTimeout(r, 60));
    expect(loop.getStatus().connection).toBe('starting');
    held = false;
    await until(loop, (s) => s.connection === 'online');
  });

  it('survives the exclusive runner failing and tries again', async () => {
    const erp = new FakeErp([sampleAsn('ASN-1')]);
    let calls = 0;
    loop = createSyncLoop({
      db,
      erp,
      stationId: 'DOCK-01',
      exclusive: async (run) => {
        calls += 1;
        if (calls === 1) throw new Error('lock broken');
        await run();
      },
      pollIntervalMs: 30,
      backoff: { baseMs: 5, capMs: 10 },
    });
    loop.start();
    expect((await until(loop, (s) => s.connection === 'erp-error')).lastError).toMatch(/lock broken/);
    await until(loop, (s) => s.connection === 'online');
  });
});

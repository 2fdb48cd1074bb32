import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBatchResponseV1 } from '../../renderer/src/domain/receiving-event';
import { LedgerV1, ProblemV1 } from './api-schemas';
import type { LedgerFileWriter, OpenLedgerFile } from './ledger-file';
import { openLedgerFile } from './ledger-file';
import { LEDGER_FILE_NAME } from './ledger-store';
import type { DemoErp } from './server';
import { call, cartonEvent, memoryLog, removeDir, startTestErp, tempDir } from './test-support';

let dir: string;
let ledgerFile: string;
const running: DemoErp[] = [];
beforeEach(async () => {
  dir = await tempDir();
  ledgerFile = join(dir, LEDGER_FILE_NAME);
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((erp) => erp.close()));
  await removeDir(dir);
});

async function start(...args: Parameters<typeof startTestErp>): Promise<DemoErp> {
  const erp = await startTestErp(...args);
  running.push(erp);
  return erp;
}
const post = (erp: DemoErp, events: unknown[]) =>
  call(`${erp.url}/api/v1/stations/DOCK-01/events`, { method: 'POST', body: { events } });
const statuses = async (erp: DemoErp, events: unknown[]) => {
  const answer = await post(erp, events);
  expect(answer.status).toBe(200);
  return EventBatchResponseV1.parse(answer.body).results.map((r) => r.status);
};
const ledger = async (erp: DemoErp) => LedgerV1.parse((await call(`${erp.url}/api/v1/ledger`)).body);
const ENOSPC = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The real file writer, with appends that fail on demand, optionally after writing part of the bytes. */
function failingDisk(): { open: OpenLedgerFile; mode: { fail: 'no' | 'before' | 'midway'; truncateFails: boolean } } {
  const mode = { fail: 'no' as 'no' | 'before' | 'midway', truncateFails: false };
  const open: OpenLedgerFile = async (path) => {
    const real = await openLedgerFile(path);
    const writer: LedgerFileWriter = {
      append: async (bytes) => {
        if (mode.fail === 'before') throw ENOSPC();
        if (mode.fail === 'midway') {
          await real.append(bytes.subarray(0, Math.floor(bytes.length / 2)));
          throw ENOSPC();
        }
        await real.append(bytes);
      },
      truncate: async (size) => {
        if (mode.truncateFails) throw ENOSPC();
        await real.truncate(size);
      },
      close: () => real.close(),
    };
    return writer;
  };
  return { open, mode };
}

describe('the ledger across restarts', () => {
  it('keeps what was applied: a resend after a restart is a duplicate, a changed payload still 422', async () => {
    const first = await start(dir);
    expect(await statuses(first, [cartonEvent(1), cartonEvent(2)])).toEqual(['applied', 'applied']);
    expect(await statuses(first, [cartonEvent(4)])).toEqual(['applied']);
    const before = await ledger(first);
    await first.close();

    const second = await start(dir);
    expect(await ledger(second)).toEqual(before);
    expect(await statuses(second, [cartonEvent(1), { ...cartonEvent(2), operator: 'x' }, cartonEvent(3)])).toEqual([
      'duplicate',
      'rejected',
      'applied',
    ]);
    expect((await ledger(second)).stations).toEqual([
      { stationId: 'DOCK-01', contiguousSeq: 4, highestSeq: 4, lastAppliedAt: '2025-06-10T08:00:00.000Z' },
    ]);
  });

  it('creates a missing data directory and writes one JSON line per applied batch', async () => {
    const nested = join(dir, 'a', 'b');
    const erp = await start(nested);
    await statuses(erp, [cartonEvent(1), cartonEvent(2)]);
    await statuses(erp, [cartonEvent(1)]);
    const lines = (await readFile(join(nested, LEDGER_FILE_NAME), 'utf8')).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ v: 1, stationId: 'DOCK-01', events: [{ seq: 1 }, { seq: 2 }] });
  });

  it('drops a torn last line with a warning, cuts it off, and keeps appending cleanly', async () => {
    const first = await start(dir);
    await statuses(first, [cartonEvent(1)]);
    await first.close();
    const goodSize = (await stat(ledgerFile)).size;
    await appendFile(ledgerFile, '{"v":1,"stationId":"DOCK-01","appliedAt":"2025-06-1');

    const log = memoryLog();
    const second = await start(dir, {}, { log });
    expect(log.lines.some((line) => /warn .*dropped an incomplete last line 2/.test(line))).toBe(true);
    expect((await stat(ledgerFile)).size).toBe(goodSize);
    expect(await statuses(second, [cartonEvent(2)])).toEqual(['applied']);
    await second.close();

    const third = await start(dir);
    expect((await ledger(third)).events.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('refuses to start on a ledger damaged before its last line, naming the file and line', async () => {
    const first = await start(dir);
    await statuses(first, [cartonEvent(1)]);
    await statuses(first, [cartonEvent(2)]);
    await first.close();
    const [one = '', two = ''] = (await readFile(ledgerFile, 'utf8')).split('\n');
    await writeFile(ledgerFile, `${one}\n${two.slice(0, 30)}\n${two}\n`);
    await expect(startTestErp(dir)).rejects.toThrow(`Demo ERP ledger ${ledgerFile} is damaged at line 2`);

    await writeFile(ledgerFile, `${one}\n${one}\n${two}\n`);
    await expect(startTestErp(dir)).rejects.toThrow(/damaged at line 2: event .* is recorded twice/);
  });
});

describe('a full disk', () => {
  it('answers 503 with Retry-After and leaves the ledger as it was; the resend applies once there is room', async () => {
    const disk = failingDisk();
    const erp = await start(dir, {}, { openFile: disk.open });
    await statuses(erp, [cartonEvent(1)]);
    const before = await ledger(erp);

    disk.mode.fail = 'before';
    const refused = await post(erp, [cartonEvent(2), cartonEvent(1)]);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(ProblemV1.parse(refused.body).message).toMatch(/disk is full; nothing in this request was applied/);
    const put = await call(`${erp.url}/api/v1/stations/DOCK-01/events/${cartonEvent(3).eventId}`, {
      method: 'PUT',
      body: cartonEvent(3),
    });
    expect(put.status).toBe(503);
    expect(await ledger(erp)).toEqual(before);
    // A batch with nothing new writes nothing, so it is still answered.
    expect(await statuses(erp, [cartonEvent(1)])).toEqual(['duplicate']);

    disk.mode.fail = 'no';
    expect(await statuses(erp, [cartonEvent(2), cartonEvent(1)])).toEqual(['applied', 'duplicate']);
  });

  it('cuts a half-written record back off, so a restart finds a clean file', async () => {
    const disk = failingDisk();
    const log = memoryLog();
    const erp = await start(dir, {}, { openFile: disk.open, log });
    await statuses(erp, [cartonEvent(1)]);
    const size = (await stat(ledgerFile)).size;
    disk.mode.fail = 'midway';
    expect((await post(erp, [cartonEvent(2)])).status).toBe(503);
    expect((await stat(ledgerFile)).size).toBe(size);
    expect(log.lines.some((line) => line.startsWith('error could not record the batch'))).toBe(true);
    await erp.close();

    const restartLog = memoryLog();
    const again = await start(dir, {}, { log: restartLog });
    expect(restartLog.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
    expect((await ledger(again)).events.map((e) => e.seq)).toEqual([1]);
  });

  it('stops accepting batches when a partial write cannot be undone, and recovers on restart', async () => {
    const disk = failingDisk();
    const erp = await start(dir, {}, { openFile: disk.open });
    disk.mode.fail = 'midway';
    disk.mode.truncateFails = true;
    expect((await post(erp, [cartonEvent(1)])).status).toBe(503);
    disk.mode.fail = 'no';
    const blocked = await post(erp, [cartonEvent(2)]);
    expect(blocked.status).toBe(503);
    expect(ProblemV1.parse(blocked.body).message).toMatch(/restart the demo ERP/);
    await erp.close();

    const log = memoryLog();
    const again = await start(dir, {}, { log });
    expect(log.lines.some((line) => line.includes('dropped an incomplete last line 1'))).toBe(true);
    expect(await statuses(again, [cartonEvent(1)])).toEqual(['applied']);
  });
});

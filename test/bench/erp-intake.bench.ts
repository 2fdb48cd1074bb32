import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { warningsOnlyLog } from '../../main/demo-erp/log';
import { startDemoErp } from '../../main/demo-erp/server';
import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import type { UnitReceived } from '../../renderer/src/domain/receiving-event';
import { createHttpErpClient } from '../../renderer/src/sync/http-erp-client';
import { receivedContentOf } from '../../renderer/src/domain/received-content';
import type { BenchResult } from './bench-result';

/**
 * Receiving events into the demo ERP over loopback, through the station's own HTTP client: batched (as the
 * outbox sends them) and one event per request (for scale). Each batch is fsync'd by the ERP before it answers.
 */
export async function benchErpIntake(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dockside-bench-'));
  const erp = await startDemoErp({ dataDir }, { log: warningsOnlyLog });
  try {
    const client = createHttpErpClient({ baseUrl: erp.url });
    const page = await client.listAsns({ cursor: null, limit: 500 });
    if (!page.ok) throw new Error(page.error.message);
    const cartons = page.value.items.filter((a) => a.status === 'open').flatMap(cartonsOf);
    let seq = 0;
    const nextEvent = (): UnitReceived => {
      const carton = cartons[seq % cartons.length];
      if (!carton) throw new Error('the demo ERP has no cartons');
      seq += 1;
      return { ...carton, eventId: uuidv7(), seq, occurredAt: new Date().toISOString() };
    };
    const run = async (name: string, events: number, batchSize: number): Promise<BenchResult> => {
      const started = performance.now();
      for (let sent = 0; sent < events; sent += batchSize) {
        const batch = Array.from({ length: Math.min(batchSize, events - sent) }, nextEvent);
        const answer = await client.postEvents({ stationId: 'BENCH-01', batch: { events: batch } });
        if (!answer.ok) throw new Error(answer.error.message);
        const refused = answer.value.results.find((r) => r.status !== 'applied');
        if (refused) throw new Error(`event ${refused.eventId} was ${refused.status}`);
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        name,
        value: Math.round(events / seconds),
        unit: 'events/s',
        detail: `${events} events, batches of ${batchSize}`,
      };
    };
    return [await run('ERP intake, batched', 10_000, 200), await run('ERP intake, one event per request', 500, 1)];
  } finally {
    await erp.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

type EventTemplate = Omit<UnitReceived, 'eventId' | 'seq' | 'occurredAt'>;

function cartonsOf(asn: AsnV1): EventTemplate[] {
  return asn.units
    .filter((u) => u.type === 'carton')
    .map((unit) => ({
      schemaVersion: 1,
      type: 'unit.received',
      station: { siteId: 'BENCH', stationId: 'BENCH-01', dockDoor: 'D0' },
      operator: 'bench',
      asnId: asn.asnId,
      asnVersion: asn.version,
      sscc: unit.sscc,
      units: [unit.sscc],
      contents: asn.lines.filter((l) => l.sscc === unit.sscc).map(receivedContentOf),
    }));
}

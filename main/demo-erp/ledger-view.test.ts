import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnitReceived } from '../../renderer/src/domain/receiving-event';
import { EventBatchResponseV1 } from '../../renderer/src/domain/receiving-event';
import { LedgerV1 } from './api-schemas';
import type { DemoErp } from './server';
import { call, cartonEvent, removeDir, seededAsn, startTestErp, tempDir, uuid } from './test-support';

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

const post = async (events: UnitReceived[], stationId = 'DOCK-01') => {
  const answer = await call(`${erp.url}/api/v1/stations/${stationId}/events`, { method: 'POST', body: { events } });
  return EventBatchResponseV1.parse(answer.body);
};
const ledger = async (query = '') => LedgerV1.parse((await call(`${erp.url}/api/v1/ledger${query}`)).body);

/** An event for the carton of a seeded line, counting `quantity` of it. */
function lineEvent(seq: number, asnId: string, lineId: string, quantity: string, stationId = 'DOCK-01'): UnitReceived {
  const asn = seededAsn(asnId);
  const cartonIndex = asn.units
    .filter((u) => u.type === 'carton')
    .findIndex((u) => u.sscc === asn.lines.find((l) => l.lineId === lineId)?.sscc);
  const event = cartonEvent(seq, { asnId, cartonIndex, stationId });
  return {
    ...event,
    eventId: uuid(50_000 + seq * 10 + stationId.length),
    contents: event.contents.filter((c) => c.lineId === lineId).map((c) => ({ ...c, quantity })),
  };
}

describe('GET /api/v1/ledger', () => {
  it('sums received quantities per ASN line exactly, listing every line of a touched ASN', async () => {
    const cheese = seededAsn('ASN-AHD-24052').lines.filter((line) => line.uom === 'KGM');
    const [wheelA, wheelB] = cheese;
    if (!wheelA || !wheelB) throw new Error('the seed has two cheese wheels');
    await post([
      lineEvent(1, 'ASN-AHD-24052', wheelA.lineId, '0.1'),
      lineEvent(2, 'ASN-AHD-24052', wheelA.lineId, '0.1'),
      lineEvent(3, 'ASN-AHD-24052', wheelA.lineId, '0.1'),
      lineEvent(4, 'ASN-AHD-24052', wheelB.lineId, '13.065'),
      lineEvent(5, 'ASN-AHD-24052', wheelB.lineId, '0.935'),
    ]);
    const { receipts, events } = await ledger();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(receipts).toHaveLength(seededAsn('ASN-AHD-24052').lines.length);
    const row = (lineId: string) => receipts.find((r) => r.lineId === lineId);
    expect(row(wheelA.lineId)).toMatchObject({ uom: 'KGM', expected: '12.48', received: '0.3' });
    expect(row(wheelB.lineId)).toMatchObject({ expected: '13.065', received: '14' });
    expect(receipts.filter((r) => r.received === '0')).toHaveLength(receipts.length - 2);
  });

  it('lists events in arrival order with what identifies them, and filters by station', async () => {
    await post([cartonEvent(1), cartonEvent(2)]);
    await post([cartonEvent(1, { stationId: 'DOCK-2', asnId: 'ASN-MHD-33020' })], 'DOCK-2');
    const all = await ledger();
    expect(all.events.map((e) => `${e.stationId}#${e.seq}`)).toEqual(['DOCK-01#1', 'DOCK-01#2', 'DOCK-2#1']);
    expect(all.events[2]).toMatchObject({
      type: 'unit.received',
      asnId: 'ASN-MHD-33020',
      appliedAt: '2025-06-10T08:00:00.000Z',
    });
    expect(all.stations.map((s) => s.stationId)).toEqual(['DOCK-01', 'DOCK-2']);

    const one = await ledger('?stationId=DOCK-2');
    expect(one.events).toHaveLength(1);
    expect(new Set(one.receipts.map((r) => r.asnId))).toEqual(new Set(['ASN-MHD-33020']));
    expect(one.stations).toEqual([
      { stationId: 'DOCK-2', contiguousSeq: 1, highestSeq: 1, lastAppliedAt: '2025-06-10T08:00:00.000Z' },
    ]);
  });

  it('refuses a count in another unit than the line is counted in', async () => {
    const event = cartonEvent(1);
    const response = await post([{ ...event, contents: event.contents.map((c) => ({ ...c, uom: 'KGM' })) }]);
    expect(response.results[0]).toMatchObject({
      status: 'rejected',
      code: 422,
      reason: expect.stringMatching(/counted in EA, but the event counts KGM/) as unknown,
    });
  });
});

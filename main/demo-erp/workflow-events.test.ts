import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivingEventType } from '../../renderer/src/domain/receiving-event';
import { EventBatchResponseV1, RECEIVING_EVENT_TYPES } from '../../renderer/src/domain/receiving-event';
import {
  CARTON_1,
  CARTON_2,
  SAMPLE_ASN,
  STORED_V1_EVENT,
  oneOfEach,
  sampleEvent,
  sampleId,
} from '../../renderer/src/domain/events/test-support/samples';
import { LedgerV1 } from './api-schemas';
import { LEDGER_FILE_NAME } from './ledger-store';
import type { DemoErp } from './server';
import { call, removeDir, startTestErp, tempDir } from './test-support';

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

const post = async (events: unknown[], on: DemoErp = erp) => {
  const answer = await call(`${on.url}/api/v1/stations/DOCK-01/events`, { method: 'POST', body: { events } });
  expect(answer.status).toBe(200);
  return EventBatchResponseV1.parse(answer.body);
};
const statuses = (response: EventBatchResponseV1) =>
  response.results.map((r) => (r.status === 'rejected' ? `rejected ${r.code}: ${r.reason}` : r.status));
const ledger = async (on: DemoErp = erp) => LedgerV1.parse((await call(`${on.url}/api/v1/ledger`)).body);
const line = async (lineId: string) => (await ledger()).receipts.find((r) => r.lineId === lineId)?.received;

/** A v2 unit.received counting `quantity` of line 0001 in carton 1. */
const counted = (seq: number, quantity: string) => {
  const event = sampleEvent('unit.received', seq);
  return { ...event, contents: event.contents.map((content) => ({ ...content, quantity })) };
};
const undo = (seq: number, reversedSeq: number, reversedType: ReceivingEventType = 'unit.received') =>
  sampleEvent('event.reversed', seq, { reversedEventId: sampleId(900 + reversedSeq), reversedType });

describe('intake of every event type', () => {
  it('applies one of each, in one batch, and answers each once', async () => {
    const events = oneOfEach();
    expect(events.map((e) => e.type)).toEqual([...RECEIVING_EVENT_TYPES]);
    expect(statuses(await post(events))).toEqual(events.map(() => 'applied'));
    expect(statuses(await post(events))).toEqual(events.map(() => 'duplicate'));
    const view = await ledger();
    expect(view.events.map((e) => e.type)).toEqual([...RECEIVING_EVENT_TYPES]);
    expect(view.events[1]).toMatchObject({ schemaVersion: 2, asnId: SAMPLE_ASN, unitId: CARTON_1, sscc: CARTON_1 });
    expect(view.stations[0]).toMatchObject({ contiguousSeq: events.length });
  });

  it.each(RECEIVING_EVENT_TYPES.filter((type) => type !== 'unit.received').map((type) => [type]))(
    '%s naming an unknown ASN is rejected 422',
    async (type) => {
      const [result] = (await post([sampleEvent(type, 1, { asnId: 'ASN-NOPE' })])).results;
      expect(result).toMatchObject({ status: 'rejected', code: 422 });
    },
  );

  it('rejects a v2 unit.received naming a line not on the ASN, or counting it in another unit', async () => {
    const event = sampleEvent('unit.received', 1);
    const [content] = event.contents;
    if (!content) throw new Error('the sample has a content');
    const response = await post([
      { ...event, contents: [{ ...content, lineId: '9999' }] },
      { ...sampleEvent('unit.received', 2), contents: [{ ...content, uom: 'KGM' }] },
      sampleEvent('discrepancy.recorded', 3, { lineId: '9999' }),
    ]);
    expect(statuses(response)).toEqual([
      expect.stringMatching(/422: line "9999" is not on ASN/),
      expect.stringMatching(/422: .*counted in EA, but the event counts KGM/),
      expect.stringMatching(/422: line "9999" is not on ASN/),
    ]);
  });

  it('accepts a receipt against a PO without ASN, and lists its unit apart from ASN lines', async () => {
    const po = { asnId: undefined, poNumber: '4500099999' };
    const response = await post([
      sampleEvent('receipt.arrived', 1, { ...po, seals: [] }),
      sampleEvent('unit.unexpected', 2, { ...po, reason: 'no-asn', parentUnitId: undefined }),
      sampleEvent('unit.put-away', 3, { ...po, unit: { unitId: 'LP-000001' } }),
    ]);
    expect(statuses(response)).toEqual(['applied', 'applied', 'applied']);
    const view = await ledger();
    expect(view.receipts).toEqual([]);
    expect(view.receiptStates).toEqual([expect.objectContaining({ poNumber: '4500099999', status: 'arrived' })]);
    expect(view.units).toEqual([
      expect.objectContaining({ poNumber: '4500099999', unitId: 'LP-000001', unexpected: true, location: 'A-01-02-1' }),
    ]);
    expect(view.units[0]?.contents).toEqual([
      { items: [{ qualifier: 'vendor', value: 'ART-4471' }], quantity: '6', uom: 'EA' },
    ]);
  });
});

describe('PUT one v2 event', () => {
  it('answers 201, then 200 for the same, and 422 for a reversal of an unknown event', async () => {
    const put = (event: { eventId: string }) =>
      call(`${erp.url}/api/v1/stations/DOCK-01/events/${event.eventId}`, { method: 'PUT', body: event });
    const putAway = sampleEvent('unit.put-away', 1);
    expect((await put(putAway)).status).toBe(201);
    expect((await put(putAway)).status).toBe(200);
    expect((await put(undo(2, 50))).status).toBe(422);
  });
});

describe('a batch with one malformed event', () => {
  it('rejects only that event with 400 and applies the others', async () => {
    const inspected = sampleEvent('unit.inspected', 2);
    const malformed = { ...inspected, result: 'pass' };
    const withPin = sampleEvent('discrepancy.approved', 3, {
      approvedBy: { supervisorId: 'sup-3', method: 'pin', pin: '4711' },
    });
    const response = await post([
      sampleEvent('receipt.arrived', 1),
      malformed,
      withPin,
      sampleEvent('unit.put-away', 4),
    ]);
    expect(response.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'applied']);
    expect(response.results[1]).toMatchObject({
      code: 400,
      reason: expect.stringMatching(/every critical check passed/) as unknown,
    });
    expect(response.results[2]).toMatchObject({ code: 400, reason: expect.stringMatching(/approvedBy/) as unknown });
    expect((await ledger()).events.map((e) => e.seq)).toEqual([1, 4]);
  });
});

describe('reversal arithmetic', () => {
  it('adds what unit.received counts, in v1 and v2, and subtracts what a reversed event added', async () => {
    await post([STORED_V1_EVENT, counted(2, '0.5'), counted(3, '2.25')]);
    expect(await line('0001')).toBe('14.75');
    await post([undo(4, 3)]);
    expect(await line('0001')).toBe('12.5');
    await post([undo(5, 2)]);
    expect(await line('0001')).toBe('12');
    expect((await ledger()).units.map((u) => u.unitId)).toEqual([CARTON_1]);
  });

  it('applies a reversal of an event sent earlier in the same batch', async () => {
    const response = await post([counted(1, '12'), undo(2, 1)]);
    expect(statuses(response)).toEqual(['applied', 'applied']);
    expect(await line('0001')).toBe('0');
  });

  it('refuses to reverse an unknown event, another type, a reversal, or the same event twice', async () => {
    await post([counted(1, '12')]);
    const response = await post([
      undo(2, 77),
      undo(3, 1, 'unit.put-away'),
      undo(4, 1),
      undo(5, 1),
      sampleEvent('event.reversed', 6, { reversedEventId: sampleId(904), reversedType: 'unit.received' }),
    ]);
    expect(statuses(response)).toEqual([
      expect.stringMatching(/422: event .* is not known/),
      expect.stringMatching(/422: .* has type unit\.received, not unit\.put-away/),
      'applied',
      expect.stringMatching(/422: .* was reversed by event/),
      expect.stringMatching(/422: .* has type event\.reversed, not unit\.received/),
    ]);
  });

  it('undoes backwards: an event with a standing approval or disposition on it is reversed after them', async () => {
    await post([
      sampleEvent('discrepancy.recorded', 5),
      sampleEvent('discrepancy.approved', 6),
      sampleEvent('unit.inspected', 7),
      sampleEvent('unit.quarantined', 8),
      sampleEvent('quarantine.disposed', 9),
    ]);
    const refused = await post([undo(20, 5, 'discrepancy.recorded'), undo(21, 8, 'unit.quarantined')]);
    expect(statuses(refused)).toEqual([
      expect.stringMatching(new RegExp(`422: event ${sampleId(906)} rests on event ${sampleId(905)}`)),
      expect.stringMatching(new RegExp(`422: event ${sampleId(909)} rests on event ${sampleId(908)}`)),
    ]);
    const backwards = [
      undo(22, 9, 'quarantine.disposed'),
      undo(23, 8, 'unit.quarantined'),
      undo(24, 7, 'unit.inspected'),
      undo(25, 6, 'discrepancy.approved'),
      undo(26, 5, 'discrepancy.recorded'),
    ];
    expect(statuses(await post(backwards))).toEqual(backwards.map(() => 'applied'));
    const view = await ledger();
    expect(view.discrepancies).toEqual([]);
    // Every event that named carton 2 is undone, so the ERP no longer lists it at all.
    expect(view.units).toEqual([]);
  });

  it('undoes a discrepancy, and an approval of a reversed discrepancy is refused', async () => {
    await post([sampleEvent('discrepancy.recorded', 5)]);
    expect((await ledger()).discrepancies).toHaveLength(1);
    await post([undo(20, 5, 'discrepancy.recorded')]);
    expect((await ledger()).discrepancies).toEqual([]);
    const [result] = (await post([sampleEvent('discrepancy.approved', 6)])).results;
    expect(result).toMatchObject({
      status: 'rejected',
      code: 422,
      reason: expect.stringMatching(/was reversed/) as unknown,
    });
  });

  it('subtracts a superseded count on a recount and adds the new one', async () => {
    const count = (seq: number, quantity: string) => {
      const event = sampleEvent('unit.counted', seq);
      return { ...event, contents: event.contents.map((content) => ({ ...content, quantity })) };
    };
    await post([count(3, '10'), STORED_V1_EVENT]);
    expect(await line('0001')).toBe('22');
    const recount = [undo(20, 3, 'unit.counted'), count(21, '11')];
    expect(statuses(await post([{ ...recount[0], cause: 'recount' }, recount[1]]))).toEqual(['applied', 'applied']);
    expect(await line('0001')).toBe('23');
  });
});

describe('the ledger view of a whole receipt', () => {
  it('reports arrival, discrepancies with approvals, quarantine, disposition and location', async () => {
    const events = oneOfEach().filter((event) => event.type !== 'event.reversed' && event.type !== 'receipt.closed');
    expect(new Set(statuses(await post(events)))).toEqual(new Set(['applied']));
    const view = await ledger();
    expect(view.receiptStates).toEqual([
      expect.objectContaining({
        asnId: SAMPLE_ASN,
        status: 'arrived',
        arrival: expect.objectContaining({
          trailer: 'TRL-88231',
          seals: [{ number: 'SEAL-001234', intact: true }],
        }) as unknown,
      }),
    ]);
    expect(view.discrepancies).toEqual([
      expect.objectContaining({
        code: 'short',
        liability: 'supplier',
        lineId: '0001',
        expected: { quantity: '12', uom: 'EA' },
        actual: { quantity: '11', uom: 'EA' },
        withinTolerance: false,
        approval: { eventId: sampleId(906), supervisorId: 'sup-3', method: 'badge' },
      }),
    ]);
    const unit = (unitId: string) => view.units.find((u) => u.unitId === unitId);
    // Scrapped after quarantine: still received, reported with its disposition.
    expect(unit(CARTON_2)).toMatchObject({ inspection: 'fail', quarantined: false, disposition: 'scrap' });
    expect(unit(CARTON_1)).toMatchObject({ unexpected: false, location: 'A-01-02-1', disposition: null });
    expect(unit('LP-000001')).toMatchObject({ unexpected: true });
    // 11 audited in the scan, 1 more in the blind count of the same line.
    expect(view.receipts.find((r) => r.lineId === '0001')).toMatchObject({ expected: '12', received: '12' });
  });

  it('refuses a disposition of a unit that is not the quarantined one', async () => {
    await post([sampleEvent('unit.quarantined', 8, { inspectionEventId: undefined })]);
    const other = sampleEvent('quarantine.disposed', 9, { unit: { unitId: CARTON_1, sscc: CARTON_1 } });
    const [result] = (await post([other])).results;
    expect(result).toMatchObject({ code: 422, reason: expect.stringMatching(/another unit/) as unknown });
  });

  it('closes a receipt, refuses more receiving on it, and reopens it when the closing is reversed', async () => {
    await post([sampleEvent('receipt.arrived', 1), counted(9, '2'), sampleEvent('receipt.closed', 2)]);
    expect((await ledger()).receiptStates[0]).toMatchObject({ status: 'closed', closing: { eventId: sampleId(902) } });
    const refused = await post([counted(3, '1'), sampleEvent('receipt.closed', 4)]);
    expect(statuses(refused)).toEqual([
      expect.stringMatching(/422: receipt ASN-AHD-24051 was closed by event/),
      expect.stringMatching(/422: receipt ASN-AHD-24051 is already closed/),
    ]);
    // Putaway goes on after the dock closed the receipt (dock-to-stock).
    expect(statuses(await post([sampleEvent('unit.put-away', 5)]))).toEqual(['applied']);
    expect(statuses(await post([undo(10, 9), undo(11, 5, 'unit.put-away')]))).toEqual([
      expect.stringMatching(/422: receipt ASN-AHD-24051 was closed by event/),
      'applied',
    ]);
    expect(await line('0001')).toBe('2');
    expect(statuses(await post([undo(6, 2, 'receipt.closed'), counted(7, '1')]))).toEqual(['applied', 'applied']);
    expect((await ledger()).receiptStates[0]).toMatchObject({ status: 'arrived', closing: null });
  });
});

describe('a ledger file written before v2', () => {
  it('replays to the same view after a restart, and v2 events join it', async () => {
    // Byte for byte what the intake wrote before this change: one record per batch, the v1 event as parsed.
    const record = { v: 1, stationId: 'DOCK-01', appliedAt: '2025-06-10T08:00:00.000Z', events: [STORED_V1_EVENT] };
    await erp.close();
    await writeFile(join(dir, LEDGER_FILE_NAME), `${JSON.stringify(record)}\n`);
    erp = await startTestErp(dir);
    const view = await ledger();
    expect(view.events).toEqual([
      {
        eventId: STORED_V1_EVENT.eventId,
        stationId: 'DOCK-01',
        seq: 1,
        type: 'unit.received',
        schemaVersion: 1,
        asnId: SAMPLE_ASN,
        unitId: CARTON_1,
        sscc: CARTON_1,
        appliedAt: '2025-06-10T08:00:00.000Z',
      },
    ]);
    expect(view.receipts.find((r) => r.lineId === '0001')).toMatchObject({ expected: '12', received: '12' });
    expect(view.receipts.filter((r) => r.received !== '0')).toHaveLength(1);
    // The old event still deduplicates as before: same payload duplicate, different payload 422.
    expect(statuses(await post([STORED_V1_EVENT]))).toEqual(['duplicate']);
    expect(statuses(await post([{ ...STORED_V1_EVENT, operator: 'x' }]))[0]).toMatch(/^rejected 422/);
    // And a v2 reversal can undo it.
    expect(statuses(await post([undo(2, 0)].map((e) => ({ ...e, reversedEventId: STORED_V1_EVENT.eventId }))))).toEqual(
      ['applied'],
    );
    expect(await line('0001')).toBe('0');
    await erp.close();
    erp = await startTestErp(dir);
    expect(await line('0001')).toBe('0');
  });
});

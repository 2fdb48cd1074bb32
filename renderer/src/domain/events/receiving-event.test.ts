import { describe, expect, expectTypeOf, it } from 'vitest';
import { RECEIVING_EVENT_TYPES, type ReceivingEventType } from './event-types';
import {
  ReceivingEvent,
  assertNeverEvent,
  matchReceivingEvent,
  receiptKeyOf,
  receiptScopeOf,
  type ReceivingEventHandlers,
} from './receiving-event';
import { STORED_V1_EVENT, oneOfEach, sampleEvent } from './test-support/samples';
import { UnitReceived } from './unit-received';
import * as viaOldPath from '../receiving-event';

const issuesOf = (value: unknown) => {
  const parsed = ReceivingEvent.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
/** A copy of `value` without member `key` (to test that a required member is required). */
const without = (value: object, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([member]) => member !== key));
const expectInvalid = (value: unknown, where: RegExp) => {
  const issues = issuesOf(value);
  expect(issues.length, 'should be rejected').toBeGreaterThan(0);
  expect(issues.join('\n')).toMatch(where);
};

describe('schemaVersion 1 (events already stored in journals and ledgers)', () => {
  it('validates a stored v1 unit.received and reads it back unchanged', () => {
    const parsed = ReceivingEvent.parse(STORED_V1_EVENT);
    expect(parsed).toEqual(STORED_V1_EVENT);
    expect(UnitReceived.parse(STORED_V1_EVENT)).toEqual(STORED_V1_EVENT);
    expect(receiptKeyOf(parsed)).toBe(STORED_V1_EVENT.asnId);
  });

  it('keeps v1 as strict as it was: PO, PO line, SSCC and a valid GTIN per content', () => {
    const [content] = STORED_V1_EVENT.contents;
    expectInvalid({ ...STORED_V1_EVENT, contents: [without(content, 'gtin')] }, /contents\.0\.gtin/);
    expectInvalid({ ...STORED_V1_EVENT, contents: [{ ...content, poNumber: '' }] }, /poNumber/);
    expectInvalid({ ...STORED_V1_EVENT, sscc: '040123450000041018' }, /check digit/);
  });

  it('does not accept v2 fields under schemaVersion 1 or v1 fields under 2', () => {
    const v2 = sampleEvent('unit.received', 2);
    expectInvalid({ ...v2, schemaVersion: 1 }, /sscc|contents/);
    expectInvalid({ ...STORED_V1_EVENT, schemaVersion: 2 }, /mode|unit/);
    expectInvalid({ ...STORED_V1_EVENT, schemaVersion: 3 }, /schemaVersion/);
  });

  it('is still exported under the old import path', () => {
    expect(viaOldPath.ReceivingEvent).toBe(ReceivingEvent);
    expect(viaOldPath.EventBatchRequestV1.parse({ events: [STORED_V1_EVENT] }).events).toHaveLength(1);
  });
});

describe('every event type', () => {
  it.each(RECEIVING_EVENT_TYPES.map((type) => [type]))('%s: the sample is valid and round-trips', (type) => {
    const event = sampleEvent(type, 1);
    expect(issuesOf(event)).toEqual([]);
    expect(ReceivingEvent.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it.each(RECEIVING_EVENT_TYPES.map((type) => [type]))('%s: needs its receipt (asnId or poNumber)', (type) => {
    expectInvalid(
      without(sampleEvent(type, 1), 'asnId'),
      type === 'unit.received' || type === 'unit.counted' ? /asnId/ : /must name its receipt/,
    );
  });

  it('refuses an unknown type, a bad envelope and a float quantity', () => {
    expectInvalid({ ...sampleEvent('unit.put-away', 1), type: 'unit.teleported' }, /type/);
    expectInvalid({ ...sampleEvent('unit.put-away', 1), eventId: 'ABC' }, /eventId/);
    expectInvalid({ ...sampleEvent('unit.put-away', 1), seq: 0 }, /seq/);
    const received = sampleEvent('unit.received', 1);
    const [content] = received.contents;
    expectInvalid({ ...received, contents: [{ ...content, quantity: 11 }] }, /quantity/);
    expectInvalid({ ...received, contents: [{ ...content, quantity: '1e3' }] }, /quantity/);
  });
});

describe('unit.received v2', () => {
  it('carries lines without PO, PO line or GTIN, and units without SSCC', () => {
    const event = sampleEvent('unit.received', 1, {
      mode: 'blind',
      unit: { unitId: 'CPS-2' },
      units: [{ unitId: 'CPS-2' }, { unitId: 'CPS-3' }],
      contents: [
        { lineId: '7', items: [{ qualifier: 'vendor', value: 'SA-991' }], quantity: '2.5', uom: 'KGM' },
        { lineId: '8', items: [], quantity: '4', uom: 'PCE' },
      ],
    });
    expect(issuesOf(event)).toEqual([]);
  });

  it('refuses an unknown mode, an invalid GTIN item id and an empty units list', () => {
    expectInvalid(sampleEvent('unit.received', 1, { mode: 'guess' }), /mode/);
    const bad = { lineId: '1', items: [{ qualifier: 'gtin', value: '04012345100113' }], quantity: '1', uom: 'EA' };
    expectInvalid(sampleEvent('unit.received', 1, { contents: [bad] }), /check digit/);
    expectInvalid(sampleEvent('unit.received', 1, { units: [] }), /units/);
  });
});

describe('unit.counted', () => {
  it('is an audit or blind count of one unit, named by asnId + lineId', () => {
    expectInvalid(sampleEvent('unit.counted', 1, { mode: 'trust' }), /mode/);
    expectInvalid(sampleEvent('unit.counted', 1, { asnId: undefined, poNumber: '45' }), /asnId/);
    const [content] = sampleEvent('unit.counted', 1).contents;
    expectInvalid(sampleEvent('unit.counted', 1, { contents: [without(content ?? {}, 'lineId')] }), /lineId/);
  });
});

describe('receipt.arrived', () => {
  it('accepts a receipt against a PO without ASN and a trailer without seals', () => {
    const event = sampleEvent('receipt.arrived', 1, { asnId: undefined, poNumber: '4500099999', seals: [] });
    expect(issuesOf(event)).toEqual([]);
    expect(receiptKeyOf(ReceivingEvent.parse(event))).toBe('po:4500099999');
  });

  it('refuses a seal without its state', () => {
    expectInvalid(sampleEvent('receipt.arrived', 1, { seals: [{ number: 'S1' }] }), /seals\.0\.intact/);
  });
});

describe('unit.unexpected', () => {
  it('receives against a PO without ASN (no-asn), or a unit not on the ASN (not-on-asn)', () => {
    const noAsn = sampleEvent('unit.unexpected', 1, { asnId: undefined, poNumber: '4500099999', reason: 'no-asn' });
    expect(issuesOf(noAsn)).toEqual([]);
    expect(receiptScopeOf(ReceivingEvent.parse(noAsn))).toEqual({ poNumber: '4500099999' });
  });

  it('refuses a reason that contradicts the receipt', () => {
    expectInvalid(sampleEvent('unit.unexpected', 1, { reason: 'no-asn' }), /reason/);
    expectInvalid(
      sampleEvent('unit.unexpected', 1, { asnId: undefined, poNumber: '45', reason: 'not-on-asn' }),
      /reason/,
    );
  });
});

describe('discrepancy.recorded', () => {
  it('accepts every code of discrepancy-codes.ts and refuses others', () => {
    for (const code of ['over', 'damaged', 'seal-broken', 'duplicate-scan']) {
      expect(issuesOf(sampleEvent('discrepancy.recorded', 1, { code }))).toEqual([]);
    }
    expectInvalid(sampleEvent('discrepancy.recorded', 1, { code: 'lost' }), /code/);
    expectInvalid(sampleEvent('discrepancy.recorded', 1, { liability: 'customer' }), /liability/);
  });

  it('refuses expected and actual in different units, and a missing tolerance verdict', () => {
    expectInvalid(
      sampleEvent('discrepancy.recorded', 1, { actual: { quantity: '1', uom: 'CA' } }),
      /same unit of measure/,
    );
    expectInvalid(sampleEvent('discrepancy.recorded', 1, { withinTolerance: undefined }), /withinTolerance/);
  });
});

describe('supervisor approvals', () => {
  it('never carry a PIN', () => {
    const withPin = { supervisorId: 'sup-3', method: 'pin', pin: '4711' };
    expectInvalid(sampleEvent('discrepancy.approved', 1, { approvedBy: withPin }), /approvedBy.*pin|Unrecognized/i);
    expectInvalid(sampleEvent('quarantine.disposed', 1, { approvedBy: withPin }), /Unrecognized/i);
  });

  it('say how the supervisor proved it, and point at a discrepancy by eventId', () => {
    expectInvalid(
      sampleEvent('discrepancy.approved', 1, { approvedBy: { supervisorId: 's', method: 'voice' } }),
      /method/,
    );
    expectInvalid(sampleEvent('discrepancy.approved', 1, { discrepancyEventId: 'D-1' }), /discrepancyEventId/);
  });
});

describe('unit.inspected', () => {
  const photo = { attachmentId: 'PH-1', sha256: 'a'.repeat(64), mediaType: 'image/jpeg', sizeBytes: 10 };
  const damaged = (photos: unknown[]) => [{ reason: 'crushed', photos }];

  it('passes with a failed non-critical check, never with a failed critical one or with damage', () => {
    const checklist = [
      { checkId: 'label', passed: true },
      { checkId: 'pallet-wrap', passed: false, critical: false },
    ];
    expect(issuesOf(sampleEvent('unit.inspected', 1, { result: 'pass', checklist, damage: [] }))).toEqual([]);
    expectInvalid(sampleEvent('unit.inspected', 1, { result: 'pass', damage: [] }), /every critical check passed/);
    expectInvalid(sampleEvent('unit.inspected', 1, { result: 'pass', checklist }), /no damage recorded/);
  });

  it('refuses an empty checklist, bad photo references and a damage reason that is not a code', () => {
    expectInvalid(sampleEvent('unit.inspected', 1, { checklist: [] }), /checklist/);
    expectInvalid(
      sampleEvent('unit.inspected', 1, { damage: damaged([{ ...photo, sha256: 'A'.repeat(64) }]) }),
      /sha256/,
    );
    expectInvalid(
      sampleEvent('unit.inspected', 1, { damage: damaged([{ ...photo, mediaType: 'text/html' }]) }),
      /mediaType/,
    );
    expectInvalid(sampleEvent('unit.inspected', 1, { damage: damaged([{ ...photo, sizeBytes: 0 }]) }), /sizeBytes/);
    // The bytes travel by their own upload; an event that inlines them is refused, not silently trimmed.
    expectInvalid(
      sampleEvent('unit.inspected', 1, { damage: damaged([{ ...photo, bytes: 'iVBOR' }]) }),
      /Unrecognized/,
    );
  });
});

describe('quarantine and putaway', () => {
  it('refuses an unknown disposition and a putaway without its actual location', () => {
    expectInvalid(sampleEvent('quarantine.disposed', 1, { disposition: 'sell' }), /disposition/);
    expectInvalid(sampleEvent('unit.put-away', 1, { actualLocation: '' }), /actualLocation/);
    expectInvalid(sampleEvent('unit.quarantined', 1, { unit: { sscc: '040123450000041019' } }), /unitId/);
  });
});

describe('event.reversed', () => {
  it('needs a supervisor for a correction and none for an undo', () => {
    const approvedBy = { supervisorId: 'sup-3', method: 'badge' };
    expect(issuesOf(sampleEvent('event.reversed', 1, { cause: 'supervisor-correction', approvedBy }))).toEqual([]);
    expectInvalid(sampleEvent('event.reversed', 1, { cause: 'supervisor-correction' }), /approvedBy/);
    expectInvalid(sampleEvent('event.reversed', 1, { approvedBy }), /approvedBy/);
  });

  it('needs a supervisor to reopen a receipt, and none for a recount', () => {
    const approvedBy = { supervisorId: 'sup-3', method: 'pin' };
    const reopen = { reversedType: 'receipt.closed', cause: 'reopened' };
    expect(issuesOf(sampleEvent('event.reversed', 1, { ...reopen, approvedBy }))).toEqual([]);
    expectInvalid(sampleEvent('event.reversed', 1, reopen), /approvedBy/);
    expect(issuesOf(sampleEvent('event.reversed', 1, { reversedType: 'unit.counted', cause: 'recount' }))).toEqual([]);
    expectInvalid(sampleEvent('event.reversed', 1, { cause: 'oops' }), /cause/);
  });

  it('cannot reverse a reversal', () => {
    expectInvalid(sampleEvent('event.reversed', 1, { reversedType: 'event.reversed' }), /reversedType/);
  });
});

describe('receipt.closed', () => {
  it('refuses a summary with negative or missing figures', () => {
    const summary = sampleEvent('receipt.closed', 1).summary;
    expectInvalid(sampleEvent('receipt.closed', 1, { summary: { ...summary, unitsReceived: -1 } }), /unitsReceived/);
    expectInvalid(sampleEvent('receipt.closed', 1, { summary: without(summary, 'lastSeq') }), /lastSeq/);
    expectInvalid(sampleEvent('receipt.closed', 1, { summary: without(summary, 'missingUnitIds') }), /missingUnitIds/);
  });
});

describe('exhaustive handling', () => {
  it('RECEIVING_EVENT_TYPES lists exactly the types of the union (checked by the compiler)', () => {
    expectTypeOf<ReceivingEvent['type']>().toEqualTypeOf<ReceivingEventType>();
    expect(new Set(oneOfEach().map((event) => event.type)).size).toBe(RECEIVING_EVENT_TYPES.length);
  });

  const handlers: ReceivingEventHandlers<string> = Object.fromEntries(
    RECEIVING_EVENT_TYPES.map((type) => [type, (event: { type: string }) => `handled ${event.type}`]),
  ) as unknown as ReceivingEventHandlers<string>;

  it('matchReceivingEvent calls the handler of each type', () => {
    expect(oneOfEach().map((event) => matchReceivingEvent(event, handlers))).toEqual(
      RECEIVING_EVENT_TYPES.map((type) => `handled ${type}`),
    );
  });

  it('a switch over every type compiles with assertNeverEvent and throws only for the impossible', () => {
    const describeType = (event: ReceivingEvent): ReceivingEventType => {
      switch (event.type) {
        case 'receipt.arrived':
        case 'unit.received':
        case 'unit.counted':
        case 'unit.unexpected':
        case 'discrepancy.recorded':
        case 'discrepancy.approved':
        case 'unit.inspected':
        case 'unit.quarantined':
        case 'quarantine.disposed':
        case 'unit.put-away':
        case 'event.reversed':
        case 'receipt.closed':
          return event.type;
        default:
          return assertNeverEvent(event);
      }
    };
    expect(oneOfEach().map(describeType)).toEqual([...RECEIVING_EVENT_TYPES]);
    expect(() => assertNeverEvent({ type: 'x' } as never)).toThrow(/unhandled receiving event/);
  });
});

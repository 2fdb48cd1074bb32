import type { ReceivingEvent, ReceivingEventOf } from '../receiving-event';
import type { ReceivingEventType } from '../event-types';

/**
 * Valid events of every type, for tests on both sides of the contract. They name the demo ERP's seeded ASN
 * ASN-AHD-24051 (main/demo-erp/seed.ts: pallet 340123450000041003 holding cartons ...41019 and ...41026, lines
 * 0001 and 0002 of 12 EA each, GTIN 04012345100112, PO 4500021701 line 10), so the ERP accepts them as they are.
 */
export const SAMPLE_ASN = 'ASN-AHD-24051';
export const PALLET = '340123450000041003';
export const CARTON_1 = '040123450000041019';
export const CARTON_2 = '040123450000041026';
export const GTIN = '04012345100112';
const SHA = 'a'.repeat(64);

export function sampleId(n: number): string {
  return `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

/** A unit.received as v1 stations wrote it (schemaVersion 1): stored journals and ERP ledgers still hold these. */
export const STORED_V1_EVENT = {
  eventId: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  schemaVersion: 1,
  type: 'unit.received',
  station: { siteId: 'DC-ROT', stationId: 'DOCK-01', dockDoor: 'D4' },
  seq: 1,
  occurredAt: '2025-06-10T08:00:01.000Z',
  operator: 'op-17',
  asnId: SAMPLE_ASN,
  asnVersion: 1,
  sscc: CARTON_1,
  units: [CARTON_1],
  contents: [
    {
      lineId: '0001',
      poNumber: '4500021701',
      poLine: '10',
      sscc: CARTON_1,
      gtin: GTIN,
      quantity: '12',
      uom: 'EA',
    },
  ],
} as const;

type Bodies = { readonly [T in ReceivingEventType]: Record<string, unknown> };

const bodies: Bodies = {
  'receipt.arrived': {
    asnId: SAMPLE_ASN,
    dockDoor: 'D4',
    trailer: 'TRL-88231',
    carrierScac: 'DHLF',
    seals: [{ number: 'SEAL-001234', intact: true }],
  },
  'unit.received': {
    asnId: SAMPLE_ASN,
    asnVersion: 1,
    mode: 'audit',
    unit: { unitId: CARTON_1, sscc: CARTON_1 },
    units: [{ unitId: CARTON_1, sscc: CARTON_1 }],
    contents: [
      {
        lineId: '0001',
        unitId: CARTON_1,
        poNumber: '4500021701',
        poLine: '10',
        items: [{ qualifier: 'gtin', value: GTIN }],
        quantity: '11',
        uom: 'EA',
        lot: 'L2406',
        expiry: '2026-12-31',
      },
    ],
  },
  'unit.counted': {
    asnId: SAMPLE_ASN,
    asnVersion: 1,
    mode: 'blind',
    unit: { unitId: CARTON_1, sscc: CARTON_1 },
    contents: [
      { lineId: '0001', unitId: CARTON_1, items: [{ qualifier: 'gtin', value: GTIN }], quantity: '1', uom: 'EA' },
    ],
  },
  'unit.unexpected': {
    asnId: SAMPLE_ASN,
    asnVersion: 1,
    reason: 'not-on-asn',
    unit: { unitId: 'LP-000001' },
    parentUnitId: PALLET,
    contents: [{ items: [{ qualifier: 'vendor', value: 'ART-4471' }], quantity: '6', uom: 'EA' }],
  },
  'discrepancy.recorded': {
    asnId: SAMPLE_ASN,
    code: 'short',
    liability: 'supplier',
    lineId: '0001',
    unit: { unitId: CARTON_1, sscc: CARTON_1 },
    expected: { quantity: '12', uom: 'EA' },
    actual: { quantity: '11', uom: 'EA' },
    withinTolerance: false,
  },
  'discrepancy.approved': {
    asnId: SAMPLE_ASN,
    discrepancyEventId: sampleId(905),
    approvedBy: { supervisorId: 'sup-3', method: 'badge' },
    reason: 'supplier confirmed the short shipment by phone',
  },
  'unit.inspected': {
    asnId: SAMPLE_ASN,
    unit: { unitId: CARTON_2, sscc: CARTON_2 },
    ruleId: 'AHD-10PCT',
    checklist: [
      { checkId: 'outer-carton', passed: false, note: 'corner crushed' },
      { checkId: 'label', passed: true },
      { checkId: 'pallet-wrap', passed: false, critical: false },
    ],
    result: 'fail',
    damage: [
      {
        reason: 'crushed',
        photos: [{ attachmentId: 'PH-1', sha256: SHA, mediaType: 'image/jpeg', sizeBytes: 183_220 }],
      },
    ],
  },
  'unit.quarantined': {
    asnId: SAMPLE_ASN,
    unit: { unitId: CARTON_2, sscc: CARTON_2 },
    reason: 'failed inspection: crushed corner',
    inspectionEventId: sampleId(907),
  },
  'quarantine.disposed': {
    asnId: SAMPLE_ASN,
    unit: { unitId: CARTON_2, sscc: CARTON_2 },
    quarantineEventId: sampleId(908),
    disposition: 'scrap',
    approvedBy: { supervisorId: 'sup-3', method: 'pin' },
    reason: 'contents wet',
  },
  'unit.put-away': {
    asnId: SAMPLE_ASN,
    unit: { unitId: CARTON_1, sscc: CARTON_1 },
    suggestedLocation: 'A-01-02-1',
    actualLocation: 'A-01-02-1',
  },
  'event.reversed': {
    asnId: SAMPLE_ASN,
    reversedEventId: sampleId(902),
    reversedType: 'unit.received',
    cause: 'operator-undo',
    reason: 'scanned the wrong carton',
  },
  'receipt.closed': {
    asnId: SAMPLE_ASN,
    summary: {
      unitsExpected: 4,
      unitsReceived: 3,
      unitsUnexpected: 1,
      unitsQuarantined: 1,
      discrepancies: 1,
      discrepanciesOpen: 0,
      missingUnitIds: ['040123450000041033'],
      lastSeq: 11,
    },
  },
};

/** A valid v2 event of `type` (v2 for unit.received) with the given seq, id and overrides of its body. */
export function sampleEvent<T extends ReceivingEventType>(
  type: T,
  seq: number,
  overrides: Record<string, unknown> = {},
  stationId = 'DOCK-01',
): ReceivingEventOf<T> {
  return {
    eventId: sampleId(900 + seq),
    schemaVersion: 2,
    type,
    station: { siteId: 'DC-ROT', stationId, dockDoor: 'D4' },
    seq,
    occurredAt: new Date(Date.UTC(2025, 5, 10, 8, 0, seq)).toISOString(),
    operator: 'op-17',
    ...bodies[type],
    ...overrides,
  } as unknown as ReceivingEventOf<T>;
}

/** One valid event of every type, seq 1..n, in workflow order. */
export function oneOfEach(): ReceivingEvent[] {
  return (Object.keys(bodies) as ReceivingEventType[]).map((type, index) => sampleEvent(type, index + 1));
}

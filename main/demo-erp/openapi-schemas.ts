import { z } from 'zod';
import { AsnPageV1, AsnV1, DecimalQuantity, Gln, Gtin, Sscc } from '../../renderer/src/domain/asn-wire';
import {
  DiscrepancyApproved,
  DiscrepancyRecorded,
  EventBatchRequestV1,
  EventBatchResponseV1,
  EventResultV1,
  EventReversed,
  ItemId,
  Measure,
  PhotoAttachment,
  QuarantineDisposed,
  ReceiptArrived,
  ReceiptClosed,
  ReceivingEvent,
  StationWatermarkV1,
  SupervisorApproval,
  UnitCounted,
  UnitInspected,
  UnitPutAway,
  UnitQuarantined,
  UnitReceivedV1,
  UnitReceivedV2,
  UnitRef,
  UnitUnexpected,
} from '../../renderer/src/domain/receiving-event';
import { EventPutResponseV1, HealthV1, LedgerV1, ProblemV1 } from './api-schemas';

/**
 * `components.schemas` of the OpenAPI document, generated from the zod schemas both sides validate with, so the
 * document cannot say something the code does not do. Schemas are written as accepted on input (unknown members
 * allowed, as zod strips them), which is also how a tolerant client should read answers. JSON Schema cannot
 * express the GS1 check digit refinements, so their descriptions state them.
 */
const named: readonly (readonly [string, z.ZodType, string])[] = [
  [
    'DecimalQuantity',
    DecimalQuantity,
    'A non-negative decimal string, never a JSON number, so it never passes through binary floating point.',
  ],
  ['Sscc', Sscc, 'SSCC-18 (GS1 General Specifications §2.2.1); the last digit is the GS1 mod-10 check digit (§7.9.1).'],
  [
    'Gtin',
    Gtin,
    'GTIN as 14 digits, shorter GTINs left-padded with zeros; the last digit is the GS1 mod-10 check digit.',
  ],
  ['Gln', Gln, 'GLN (GS1 General Specifications §2.4.1), 13 digits ending in the GS1 mod-10 check digit.'],
  [
    'AsnV1',
    AsnV1,
    'An advance shipping notice: shipment, POs, logistic units (pallet → carton by parentSscc) and lines.',
  ],
  ['AsnPageV1', AsnPageV1, 'ASNs changed after the cursor, oldest change first. Resume with nextCursor while hasMore.'],
  [
    'ReceivingEvent',
    ReceivingEvent,
    'An immutable dock event; eventId is its idempotency key, seq its gap-free number per station. One of the types below, chosen by `type` (and for unit.received by `schemaVersion`: 1 is the original contract, 2 carries lines and units without PO, GTIN or SSCC). Every schemaVersion 2 event names its receipt: `asnId`, or `poNumber` alone for a receipt against a PO without an ASN (one of them is required; JSON Schema here cannot say so).',
  ],
  [
    'UnitReceivedV1',
    UnitReceivedV1,
    'A unit and its nested units received against the ASN; contents as declared (v1).',
  ],
  [
    'UnitReceivedV2',
    UnitReceivedV2,
    'A unit received in trust, audit or blind mode; contents named by asnId + lineId and qualified item ids.',
  ],
  [
    'UnitCounted',
    UnitCounted,
    'The audit or blind count of one unit; its contents add to the lines like unit.received contents.',
  ],
  ['ReceiptArrived', ReceiptArrived, 'The trailer is at the dock door: trailer, carrier and every seal as found.'],
  [
    'UnitUnexpected',
    UnitUnexpected,
    'A unit not on the ASN (not-on-asn, with asnId), or received against a PO without an ASN (no-asn, poNumber).',
  ],
  [
    'DiscrepancyRecorded',
    DiscrepancyRecorded,
    'A discrepancy with its code, liability, expected and actual quantities and whether it is within tolerance.',
  ],
  [
    'DiscrepancyApproved',
    DiscrepancyApproved,
    'A supervisor accepts a recorded discrepancy (PIN or badge; the PIN itself never travels).',
  ],
  ['UnitInspected', UnitInspected, 'Checklist results, pass or fail, damage reason and photo references.'],
  ['UnitQuarantined', UnitQuarantined, 'The unit is held in quarantine.'],
  [
    'QuarantineDisposed',
    QuarantineDisposed,
    "A supervisor's decision on a quarantined unit: release to stock, return to vendor or scrap.",
  ],
  ['UnitPutAway', UnitPutAway, 'The unit is at its location: the suggested and the actual one.'],
  [
    'EventReversed',
    EventReversed,
    'Undoes one earlier event of the same receipt (its whole effect); a reversal cannot be reversed.',
  ],
  ['ReceiptClosed', ReceiptClosed, "The receipt is closed, with the station's own summary figures."],
  ['UnitRef', UnitRef, "A logistic unit: the ASN's unitId (the SSCC when it has one), and its SSCC when known."],
  ['ItemId', ItemId, 'An item identifier with its qualifier (X12 DE 235, EDIFACT DE 7143, normalised).'],
  ['Measure', Measure, 'A decimal quantity with its unit of measure.'],
  ['SupervisorApproval', SupervisorApproval, 'Who approved and how (PIN or badge); never the PIN itself.'],
  ['PhotoAttachment', PhotoAttachment, 'A photo kept at the station: id, SHA-256, media type and size, not the bytes.'],
  ['EventBatchRequestV1', EventBatchRequestV1, 'Events of one station, in station-seq order.'],
  [
    'EventResultV1',
    EventResultV1,
    'What the ERP did with one event: applied, duplicate (already applied, same payload) or rejected.',
  ],
  ['StationWatermarkV1', StationWatermarkV1, 'How far the ERP has a station: contiguousSeq has no gaps below it.'],
  [
    'EventBatchResponseV1',
    EventBatchResponseV1,
    'One result per event sent, in the order sent, and the station watermark after the batch.',
  ],
  ['EventPutResponseV1', EventPutResponseV1, 'Result of putting one event, and the station watermark after it.'],
  ['HealthV1', HealthV1, 'The ERP is up and speaks API v1.'],
  [
    'ProblemV1',
    ProblemV1,
    'An error: message for people; issues (JSON Pointers into the request body) when the body broke the schema.',
  ],
  [
    'LedgerV1',
    LedgerV1,
    'What arrived: applied events in arrival order, expected against received per ASN line, station watermarks.',
  ],
];

export function buildComponentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components: Record<string, Record<string, unknown>> = {};
  for (const [id, , description] of named) {
    // Components live inside the document, whose jsonSchemaDialect already names the dialect; drop the ids.
    const schema = Object.entries(schemas[id] ?? {}).filter(([key]) => key !== '$schema' && key !== '$id');
    components[id] = { description, ...Object.fromEntries(schema) };
  }
  return components;
}

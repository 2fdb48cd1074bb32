import { z } from 'zod';
import { AsnPageV1, AsnV1, DecimalQuantity, Gln, Gtin, Sscc } from '../../renderer/src/domain/asn-wire';
import {
  EventBatchRequestV1,
  EventBatchResponseV1,
  EventResultV1,
  ReceivingEvent,
  StationWatermarkV1,
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
    'An immutable dock event; eventId is its idempotency key, seq its gap-free number per station.',
  ],
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

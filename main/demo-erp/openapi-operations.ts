import type { OperationId } from './routes';

/**
 * The operations of API v1 as OpenAPI 3.1 operation objects, one per route (the type requires every route to be
 * described). Status codes follow RFC 9110 §15; shared parts are $refs into openapi-components.ts.
 */
type Json = Record<string, unknown>;

const ref = (kind: string, name: string): Json => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: string, description: string): Json => ({
  description,
  headers: { 'X-Correlation-Id': ref('headers', 'CorrelationId') },
  content: { 'application/json': { schema: ref('schemas', schema) } },
});
const problem = (name: string): Json => ref('responses', name);
const jsonBody = (schema: string, description: string): Json => ({
  required: true,
  description,
  content: { 'application/json': { schema: ref('schemas', schema) } },
});
const common = [ref('parameters', 'CorrelationId')];

export const operations: Readonly<Record<OperationId, Json>> = {
  getHealth: {
    summary: 'Is the ERP up, and which API version does it speak',
    parameters: common,
    responses: { '200': json('HealthV1', 'Up.') },
  },
  listAsns: {
    summary: 'ASNs changed after a cursor, oldest change first',
    description:
      'Open and cancelled ASNs whose latest change is after `cursor`, at most `limit` of them. A station stores `nextCursor` and sends it next time; with no changes the answer is an empty page with the same position. While `hasMore` is true, ask again with `nextCursor`.',
    parameters: [...common, ref('parameters', 'Cursor'), ref('parameters', 'Limit')],
    responses: { '200': json('AsnPageV1', 'One page of changed ASNs.'), '400': problem('BadRequest') },
  },
  postEventBatch: {
    summary: "Deliver a batch of one station's receiving events",
    description:
      'Answers for every event, in the order sent: `applied`, `duplicate` (this eventId was applied before with the same payload; compared as canonical JSON, so member order does not matter) or `rejected` with a code: 422 when the eventId was applied with a different payload, names an ASN or line the ERP does not know, points at an earlier event that is unknown, of another type or receipt, or reversed, reverses an event that a standing approval, quarantine or disposition rests on, or receives on a receipt already closed; 400 when the event breaks the schema or belongs to another station. The events applied are on disk (fsync) before the answer is sent; if they cannot be written, nothing is applied and the answer is 503. A body that is not an event batch, or events without a readable eventId and seq, fail the whole request with 400.',
    parameters: [...common, ref('parameters', 'StationId')],
    requestBody: jsonBody('EventBatchRequestV1', 'Up to 1000 events of the station named in the path.'),
    responses: {
      '200': json('EventBatchResponseV1', 'One result per event.'),
      '400': problem('BadRequest'),
      '413': problem('PayloadTooLarge'),
      '415': problem('UnsupportedMediaType'),
      '503': problem('Unavailable'),
    },
  },
  putEvent: {
    summary: 'Deliver one receiving event at the URI of its eventId',
    description:
      'Idempotent (RFC 9110 §9.2.2): safe to repeat after an unknown outcome. 201 when this request applied the event, 200 when it had already been applied with the same payload, 422 when the eventId holds a different payload or the event cannot be applied (unknown ASN, line or earlier event, closed receipt).',
    parameters: [...common, ref('parameters', 'StationId'), ref('parameters', 'EventId')],
    requestBody: jsonBody('ReceivingEvent', 'The event; its eventId must equal the one in the path.'),
    responses: {
      '200': json('EventPutResponseV1', 'Already applied with the same payload (duplicate).'),
      '201': json('EventPutResponseV1', 'Applied by this request.'),
      '400': problem('BadRequest'),
      '413': problem('PayloadTooLarge'),
      '415': problem('UnsupportedMediaType'),
      '422': problem('Unprocessable'),
      '503': problem('Unavailable'),
    },
  },
  getWatermark: {
    summary: "A station's watermark",
    description:
      'contiguousSeq is the highest seq with every seq from 1 to it applied; a station never heard from has 0.',
    parameters: [...common, ref('parameters', 'StationId')],
    responses: { '200': json('StationWatermarkV1', 'The watermark.'), '400': problem('BadRequest') },
  },
  getLedger: {
    summary: 'What arrived at the ERP',
    description:
      "Applied events in arrival order; expected against received for every line of each ASN they touch (exact decimal sums, reversed events left out); each receipt's state (arrived, closed), its discrepancies with approvals, and its units with inspection, quarantine, disposition and location; station watermarks. For people and tests checking a run; a production ERP has its own reports.",
    parameters: [...common, ref('parameters', 'LedgerStationId')],
    responses: { '200': json('LedgerV1', 'The ledger.') },
  },
};

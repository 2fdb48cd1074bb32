import { CORS_ALLOWED_HEADERS } from './cors';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './asn-handlers';
import { MAX_BODY_BYTES } from './http-json';
import { buildComponentSchemas } from './openapi-schemas';
import { operations } from './openapi-operations';
import { apiRoutes } from './routes';

/**
 * The OpenAPI 3.1 document of integration API v1 (https://spec.openapis.org/oas/v3.1.0), built from the route
 * table and the zod schemas. docs/api/openapi.json is this document; a unit test fails when they differ.
 * Regenerate: `npm run -s cli -- openapi > docs/api/openapi.json && npx prettier --write docs/api/openapi.json`.
 */
type Json = Record<string, unknown>;

const problemResponse = (description: string, headers: Json = {}): Json => ({
  description,
  headers: { 'X-Correlation-Id': { $ref: '#/components/headers/CorrelationId' }, ...headers },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ProblemV1' } } },
});

export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const route of apiRoutes) {
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: { operationId: route.operationId, ...operations[route.operationId] },
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Dockside integration API',
      version: '1',
      description:
        'How a Dockside receiving station talks to an ERP: it pulls ASNs and delivers receiving events exactly once (at-least-once transport, deduplicated by eventId). The demo ERP that ships with Dockside implements it. Every answer echoes X-Correlation-Id. Errors are JSON `{message}`; unknown paths answer 404, known paths with another method 405 with `Allow`. Browsers on loopback origins may call it (CORS).',
    },
    servers: [
      {
        url: 'http://127.0.0.1:{port}',
        description: 'The demo ERP (`npm run -s cli -- demo-erp`), or the one embedded in the app',
        variables: { port: { default: '8790' } },
      },
    ],
    paths,
    components: {
      schemas: buildComponentSchemas(),
      parameters: {
        CorrelationId: {
          name: 'X-Correlation-Id',
          in: 'header',
          required: false,
          description: `Ties the client's log lines to the ERP's; echoed in the answer, made up when absent. CORS allows: ${CORS_ALLOWED_HEADERS}.`,
          schema: { type: 'string', maxLength: 128 },
        },
        StationId: {
          name: 'stationId',
          in: 'path',
          required: true,
          schema: { type: 'string', minLength: 1, maxLength: 64 },
        },
        EventId: {
          name: 'eventId',
          in: 'path',
          required: true,
          description: 'The event’s idempotency key (a lowercase UUID, UUIDv7 at the station).',
          schema: { type: 'string' },
        },
        Cursor: {
          name: 'cursor',
          in: 'query',
          required: false,
          description: 'Opaque; the nextCursor of the previous page. Absent: from the beginning.',
          schema: { type: 'string' },
        },
        Limit: {
          name: 'limit',
          in: 'query',
          required: false,
          description: `Most ASNs per page; larger values are lowered to ${MAX_PAGE_LIMIT}.`,
          schema: { type: 'integer', minimum: 1, default: DEFAULT_PAGE_LIMIT },
        },
        LedgerStationId: {
          name: 'stationId',
          in: 'query',
          required: false,
          description: 'Only this station’s events, receipts and watermark.',
          schema: { type: 'string' },
        },
      },
      headers: {
        CorrelationId: {
          description: 'The request’s correlation id, or one the ERP made up.',
          schema: { type: 'string' },
        },
      },
      responses: {
        BadRequest: problemResponse('The request is malformed; `issues` lists what in the body broke the schema.'),
        PayloadTooLarge: problemResponse(`The body is larger than ${MAX_BODY_BYTES} bytes.`),
        UnsupportedMediaType: problemResponse('The body is not sent as application/json (UTF-8).'),
        Unprocessable: problemResponse(
          'Well-formed but cannot be applied: the eventId holds a different payload; the ASN, line or an earlier event it points at is unknown or does not fit; or the receipt is closed.',
        ),
        Unavailable: problemResponse(
          'The ledger could not be written (for example the disk is full); nothing was applied. Retry later with the same eventIds.',
          {
            'Retry-After': { description: 'Seconds to wait (RFC 9110 §10.2.3).', schema: { type: 'integer' } },
          },
        ),
      },
    },
  };
}

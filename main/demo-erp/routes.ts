/**
 * The routes of integration API v1, as data: the server dispatches on this table and the OpenAPI document is
 * built from it, so a route cannot be served without being documented (openapi.test.ts checks both ways).
 * Paths use OpenAPI's template syntax, `{name}` for one path segment.
 */
export const apiRoutes = [
  { method: 'GET', path: '/api/v1/health', operationId: 'getHealth' },
  { method: 'GET', path: '/api/v1/asns', operationId: 'listAsns' },
  { method: 'POST', path: '/api/v1/stations/{stationId}/events', operationId: 'postEventBatch' },
  { method: 'PUT', path: '/api/v1/stations/{stationId}/events/{eventId}', operationId: 'putEvent' },
  { method: 'GET', path: '/api/v1/stations/{stationId}/watermark', operationId: 'getWatermark' },
  { method: 'GET', path: '/api/v1/ledger', operationId: 'getLedger' },
] as const;

export type ApiRoute = (typeof apiRoutes)[number];
export type OperationId = ApiRoute['operationId'];
export type ApiMethod = ApiRoute['method'];

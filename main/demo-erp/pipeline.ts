import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { correlationIdFor } from './correlation';
import { corsHeaders, isAllowedOrigin, isPreflight, preflightHeaders } from './cors';
import type { DemoErpContext } from './handler';
import { handlers } from './handlers';
import { HttpError } from './http-errors';
import { readJsonBody, sendEmpty, sendJson } from './http-json';
import { LedgerWriteError } from './ledger-store';
import type { DemoErpLog } from './log';
import { matchRoute } from './router';
import { apiRoutes } from './routes';

/**
 * What happens to every request: a correlation id (echoed, and on the log line), CORS headers, routing with
 * 404/405 (RFC 9110 §15.5.5-6), OPTIONS and preflights, and errors turned into `{message}` answers. Handlers
 * only deal with their resource.
 */
export interface PipelineOptions {
  readonly context: DemoErpContext;
  readonly allowedOrigins: readonly string[];
  readonly log: DemoErpLog;
}

/** How long a client should wait before retrying when the ledger could not be written (RFC 9110 §10.2.3). */
const WRITE_FAILURE_RETRY_AFTER_SECONDS = '30';

export function createRequestListener(options: PipelineOptions): RequestListener {
  return (request, response) => {
    void handle(request, response, options);
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: PipelineOptions): Promise<void> {
  const started = performance.now();
  const correlationId = correlationIdFor(request.headers['x-correlation-id']);
  const common = { 'X-Correlation-Id': correlationId, ...corsHeaders(request.headers.origin, options.allowedOrigins) };
  let status: number;
  try {
    status = await route(request, response, common, options);
  } catch (caught) {
    const error = asHttpError(caught, correlationId, options.log);
    status = error.status;
    if (response.headersSent) response.destroy();
    else sendJson(response, error.status, error.toBody(), { ...common, ...error.headers });
  }
  const path = (request.url ?? '').slice(0, 200);
  const elapsed = (performance.now() - started).toFixed(1);
  options.log.info(`${request.method ?? '?'} ${path} ${status} ${elapsed}ms correlationId=${correlationId}`);
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  common: Record<string, string>,
  { context, allowedOrigins }: PipelineOptions,
): Promise<number> {
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', 'http://demo-erp.invalid');

  if (method === 'OPTIONS') {
    // Asking with a method no route has yields the path's allowed methods, or not-found.
    const probe = matchRoute(apiRoutes, 'OPTIONS', url.pathname);
    if (probe.kind !== 'method-not-allowed') throw notFound(url.pathname);
    if (!isPreflight(method, request.headers)) {
      sendEmpty(response, 204, { ...common, Allow: allowHeader(probe.allow) });
      return 204;
    }
    const origin = request.headers.origin;
    if (origin === undefined || !isAllowedOrigin(origin, allowedOrigins)) {
      throw new HttpError(403, `origin ${origin ?? '(none)'} is not allowed to call this ERP`);
    }
    sendEmpty(response, 204, { ...common, ...preflightHeaders(origin, request.headers) });
    return 204;
  }

  // HEAD is GET without the body (RFC 9110 §9.3.2); node:http leaves the body out of HEAD answers.
  const match = matchRoute(apiRoutes, method === 'HEAD' ? 'GET' : method, url.pathname);
  if (match.kind === 'not-found') throw notFound(url.pathname);
  if (match.kind === 'method-not-allowed') {
    const allow = allowHeader(match.allow);
    throw new HttpError(405, `${method} is not allowed on ${url.pathname}; use ${allow}`, undefined, { Allow: allow });
  }
  const reply = await handlers[match.route.operationId](
    { params: match.params, query: url.searchParams, readBody: () => readJsonBody(request) },
    context,
  );
  sendJson(response, reply.status, reply.body, { ...common, ...reply.headers });
  return reply.status;
}

function allowHeader(methods: readonly string[]): string {
  const all = new Set(methods);
  if (all.has('GET')) all.add('HEAD');
  all.add('OPTIONS');
  return [...all].join(', ');
}

function notFound(pathname: string): HttpError {
  return new HttpError(
    404,
    `no resource at ${pathname.slice(0, 200)}; API v1 lives under /api/v1 (see docs/api/openapi.json)`,
  );
}

function asHttpError(error: unknown, correlationId: string, log: DemoErpLog): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof LedgerWriteError) {
    log.error(`${error.message} (correlationId=${correlationId})`);
    // 503: the failure is the server's and temporary (RFC 9110 §15.6.4); nothing was applied, so a resend with
    // the same eventIds is safe and will be applied once the disk has room.
    return new HttpError(503, `${error.message}; nothing in this request was applied, send it again later`, undefined, {
      'Retry-After': WRITE_FAILURE_RETRY_AFTER_SECONDS,
    });
  }
  log.error(
    `unexpected failure (correlationId=${correlationId}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return new HttpError(
    500,
    `the demo ERP failed unexpectedly; its log has the details under correlation id ${correlationId}`,
  );
}

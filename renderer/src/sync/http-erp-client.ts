import axios, { type AxiosError, type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { AsnPageV1 } from '../domain/asn-wire';
import type { ErpFailure, ErpPort, ErpResult } from '../domain/erp-port';
import { EventBatchResponseV1 } from '../domain/receiving-event';

/**
 * Integration API v1 over HTTP with axios. The desktop app runs this in main (credentials never reach the
 * renderer); the web build runs it in the page. It uses no DOM or Node API so both processes can load it.
 */
export interface HttpErpClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs?: number;
  /** Sent as `Authorization: Bearer …`; only main holds it in the desktop app. */
  readonly apiKey?: string;
  /** Supplies `X-Correlation-Id` for each request, so a station's log lines match the ERP's. */
  readonly correlationId?: () => string;
}

export function createHttpErpClient(options: HttpErpClientOptions): ErpPort {
  const http = axios.create({
    baseURL: options.baseUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? 15_000,
    headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
    // Every status is a value here: the ERP's answer is classified below, never thrown.
    validateStatus: () => true,
    maxRedirects: 0,
  });

  const port = {
    async listAsns({ cursor, limit }) {
      const params: Record<string, string> = { limit: String(limit) };
      if (cursor !== null) params['cursor'] = cursor;
      return call(http, options, { method: 'GET', url: '/api/v1/asns', params }, AsnPageV1);
    },
    async postEvents({ stationId, batch }) {
      return call(
        http,
        options,
        { method: 'POST', url: `/api/v1/stations/${encodeURIComponent(stationId)}/events`, data: batch },
        EventBatchResponseV1,
      );
    },
  } satisfies ErpPort;
  return port;
}

async function call<T>(
  http: AxiosInstance,
  options: HttpErpClientOptions,
  request: { method: 'GET' | 'POST'; url: string; params?: Record<string, string>; data?: unknown },
  schema: z.ZodType<T>,
): Promise<ErpResult<T>> {
  const headers: Record<string, string> = {};
  if (options.correlationId) headers['X-Correlation-Id'] = options.correlationId();
  let response;
  try {
    response = await http.request({ ...request, headers });
  } catch (error) {
    return { ok: false, error: transportFailure(error, request.method) };
  }
  const { status } = response;
  if (status < 200 || status >= 300) {
    return { ok: false, error: httpFailure(status, response.headers['retry-after'], response.data) };
  }
  const parsed = schema.safeParse(response.data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(body)'}: ${first.message}` : 'unreadable body';
    return {
      ok: false,
      error: {
        kind: 'invalid-response',
        status,
        retryable: true,
        message: `The ERP answered ${request.method} ${request.url} with ${status} but a body that breaks API v1 (${where})`,
      },
    };
  }
  return { ok: true, value: parsed.data };
}

/** No status arrived. Whether the ERP processed the request is known only when the connection never opened. */
export function transportFailure(error: unknown, method: string): ErpFailure {
  const code = (error as AxiosError | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const neverConnected = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code);
  // A GET changes nothing, so its outcome never matters; a POST that may have arrived is an unknown outcome.
  if (neverConnected || method === 'GET') {
    return { kind: 'unreachable', retryable: true, message: `ERP unreachable (${code || message})` };
  }
  return {
    kind: 'unknown-outcome',
    retryable: true,
    message: `No answer from the ERP (${code || message}); the request may have been processed and will be resent with the same event ids`,
  };
}

/** RFC 9110 §15: 408, 425, 429 and 5xx may succeed later; other 4xx will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function httpFailure(status: number, retryAfter: unknown, body: unknown): ErpFailure {
  const retryAfterMs = parseRetryAfter(retryAfter, Date.now());
  const detail =
    typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string'
      ? `: ${body.message}`
      : '';
  return {
    kind: 'http',
    status,
    retryable: isRetryableStatus(status),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    message: `The ERP answered ${status}${detail}`,
  };
}

/** `Retry-After` is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

import type { IncomingHttpHeaders } from 'node:http';

/**
 * Cross-origin access for the station's web build (Fetch Standard, "CORS protocol"). The web build is served
 * from a loopback origin on whatever port was free, so any port of 127.0.0.1, localhost or [::1] is allowed,
 * plus origins the host configures. Other origins get no CORS headers, and the browser withholds our answers.
 */
const LOOPBACK_ORIGIN = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/;

export const CORS_ALLOWED_METHODS = 'GET, POST, PUT';
export const CORS_ALLOWED_HEADERS = 'Content-Type, X-Correlation-Id, Authorization';
/** Headers a page may read from our answers: the correlation id for its logs, Retry-After for its backoff. */
const EXPOSED_HEADERS = 'X-Correlation-Id, Retry-After';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

export function isAllowedOrigin(origin: string, allowedOrigins: readonly string[]): boolean {
  return LOOPBACK_ORIGIN.test(origin) || allowedOrigins.includes(origin);
}

/** A preflight is an OPTIONS request that carries Access-Control-Request-Method. */
export function isPreflight(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return method === 'OPTIONS' && typeof headers['access-control-request-method'] === 'string';
}

/** Headers for an ordinary answer. `Vary: Origin` always, because the answer's headers depend on it. */
export function corsHeaders(origin: string | undefined, allowedOrigins: readonly string[]): Record<string, string> {
  if (origin === undefined || !isAllowedOrigin(origin, allowedOrigins)) return { Vary: 'Origin' };
  return { Vary: 'Origin', 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
}

/** Headers for a successful preflight from an allowed origin. */
export function preflightHeaders(origin: string, headers: IncomingHttpHeaders): Record<string, string> {
  const answer: Record<string, string> = {
    Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
    'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECONDS,
  };
  // Chromium's Private Network Access asks before a page reaches a loopback server; we are meant to be reached.
  if (headers['access-control-request-private-network'] === 'true') {
    answer['Access-Control-Allow-Private-Network'] = 'true';
  }
  return answer;
}

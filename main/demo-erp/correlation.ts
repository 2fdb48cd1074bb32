import { randomUUID } from 'node:crypto';

/**
 * X-Correlation-Id ties a station's log lines to the ERP's. The server echoes the client's id, or makes one up
 * when there is none, so every answer and log line has one. Ids that are too long or contain anything but
 * visible ASCII are replaced rather than echoed, so a client cannot write arbitrary text into our logs.
 */
const USABLE = /^[\x21-\x7e]{1,128}$/;

export function correlationIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && USABLE.test(value) ? value : randomUUID();
}

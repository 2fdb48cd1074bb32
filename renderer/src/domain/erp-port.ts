import type { AsnPageV1 } from './asn-wire';
import type { EventBatchRequestV1, EventBatchResponseV1 } from './receiving-event';

/**
 * The one contract for talking to the ERP (integration API v1). Implemented by the HTTP client (axios) that
 * main runs behind the bridge in the desktop app and the web build runs directly, and by test fakes.
 * Failures are values, not exceptions, so they cross IPC intact and the sync loop can tell them apart.
 */
export type ErpResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErpFailure };

export interface ErpFailure {
  /**
   * - `unreachable`: nothing answered (refused, DNS, offline) — the request was not processed;
   * - `unknown-outcome`: the request may have been processed (reset after sending, timeout) — resend with the
   *   same eventIds, never new ones (../shared/guide/TRAPS.md, HTTP);
   * - `http`: the ERP answered with an error status;
   * - `invalid-response`: the ERP answered 2xx with a body that breaks the contract (a lying server);
   * - `not-configured`: no ERP URL is set for this station.
   */
  readonly kind: 'unreachable' | 'unknown-outcome' | 'http' | 'invalid-response' | 'not-configured';
  readonly message: string;
  readonly status?: number;
  /** From `Retry-After` (RFC 9110 §10.2.3), in milliseconds. */
  readonly retryAfterMs?: number;
  /** Whether trying again later can succeed: network errors, 408, 425, 429 and 5xx can; other 4xx cannot. */
  readonly retryable: boolean;
}

export interface ListAsnsRequest {
  readonly cursor: string | null;
  readonly limit: number;
}

export interface PostEventsRequest {
  readonly stationId: string;
  readonly batch: EventBatchRequestV1;
}

export interface ErpPort {
  listAsns(request: ListAsnsRequest): Promise<ErpResult<AsnPageV1>>;
  postEvents(request: PostEventsRequest): Promise<ErpResult<EventBatchResponseV1>>;
}

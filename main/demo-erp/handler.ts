import type { AsnCatalog } from './asn-catalog';
import type { EventIntake } from './event-intake';
import type { Ledger } from './ledger';

/** What a route handler sees and returns; errors are thrown as HttpError and answered by the pipeline. */
export interface DemoErpContext {
  readonly catalog: AsnCatalog;
  readonly ledger: Ledger;
  readonly intake: EventIntake;
}

export interface ApiRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Reads and parses the JSON body (415/413/400 as HttpError). */
  readBody(): Promise<unknown>;
}

export interface ApiReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler = (request: ApiRequest, context: DemoErpContext) => Promise<ApiReply> | ApiReply;

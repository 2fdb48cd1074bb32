import { getHealth, listAsns } from './asn-handlers';
import { getWatermark, postEventBatch, putEvent } from './event-handlers';
import type { Handler } from './handler';
import { getLedger } from './ledger-handlers';
import type { OperationId } from './routes';

/** Every operation in the route table has exactly one handler; the type makes a missing one a compile error. */
export const handlers: Readonly<Record<OperationId, Handler>> = {
  getHealth,
  listAsns,
  postEventBatch,
  putEvent,
  getWatermark,
  getLedger,
};

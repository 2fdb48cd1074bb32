import type { Handler } from './handler';
import { ledgerView } from './ledger-view';

/** `GET /api/v1/ledger[?stationId=]`: what arrived, for people and tests checking a run. */
export const getLedger: Handler = ({ query }, { ledger, catalog }) => {
  const stationId = query.get('stationId');
  return { status: 200, body: ledgerView(ledger, catalog, stationId === null || stationId === '' ? null : stationId) };
};

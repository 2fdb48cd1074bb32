import type { HealthV1 } from './api-schemas';
import { decodeAsnCursor } from './asn-cursor';
import type { Handler } from './handler';
import { HttpError } from './http-errors';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 500;

export const getHealth: Handler = () => {
  const body: HealthV1 = { status: 'ok', name: 'Dockside demo ERP', apiVersion: '1' };
  return { status: 200, body };
};

/**
 * `GET /api/v1/asns?cursor=&limit=`: ASNs changed after the cursor. A limit above the maximum is lowered to it
 * rather than refused: the page size is the server's to choose and `hasMore` tells the station to ask again.
 */
export const listAsns: Handler = ({ query }, { catalog }) => {
  return {
    status: 200,
    body: catalog.page(cursorPosition(query.get('cursor'), catalog.lastSequence), pageLimit(query.get('limit'))),
  };
};

function pageLimit(text: string | null): number {
  if (text === null || text === '') return DEFAULT_PAGE_LIMIT;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
    throw new HttpError(400, `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}, got "${text.slice(0, 40)}"`);
  }
  return Math.min(Number(text), MAX_PAGE_LIMIT);
}

function cursorPosition(cursor: string | null, lastSequence: number): number {
  if (cursor === null || cursor === '') return 0;
  const decoded = decodeAsnCursor(cursor);
  if (!decoded.ok) throw new HttpError(400, decoded.problem);
  if (decoded.sequence > lastSequence) {
    // Only a cursor from another ERP instance (or one whose data was reset) can be ahead of the change log.
    throw new HttpError(
      400,
      `cursor "${cursor}" points past this ERP's last ASN change; it comes from another ERP or from before a reset, so page from the start by leaving it out`,
    );
  }
  return decoded.sequence;
}

import type { LedgerV1 } from './api-schemas';
import type { AsnCatalog } from './asn-catalog';
import type { Ledger } from './ledger';
import { computeReceipts } from './receipts';

/** The body of `GET /api/v1/ledger`, optionally for one station only. */
export function ledgerView(ledger: Ledger, catalog: AsnCatalog, stationId: string | null): LedgerV1 {
  const applied = ledger.events().filter((entry) => stationId === null || entry.event.station.stationId === stationId);
  return {
    events: applied.map(({ event, appliedAt }) => ({
      eventId: event.eventId,
      stationId: event.station.stationId,
      seq: event.seq,
      type: event.type,
      asnId: event.asnId,
      sscc: event.sscc,
      appliedAt,
    })),
    receipts: computeReceipts(
      applied.map((entry) => entry.event),
      catalog,
    ),
    stations: stationId === null ? ledger.watermarks() : [ledger.watermark(stationId)],
  };
}

import type { ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import { receiptScopeOf } from '../../renderer/src/domain/receiving-event';
import type { LedgerV1 } from './api-schemas';
import type { AsnCatalog } from './asn-catalog';
import type { Ledger } from './ledger';
import { computeReceiving } from './receipts';

/** The body of `GET /api/v1/ledger`, optionally for one station only. */
export function ledgerView(ledger: Ledger, catalog: AsnCatalog, stationId: string | null): LedgerV1 {
  const applied = ledger.events().filter((entry) => stationId === null || entry.event.station.stationId === stationId);
  const { receipts, receiptStates, discrepancies, units } = computeReceiving(
    applied.map((entry) => entry.event),
    catalog,
  );
  return {
    events: applied.map(({ event, appliedAt }) => ({
      eventId: event.eventId,
      stationId: event.station.stationId,
      seq: event.seq,
      type: event.type,
      schemaVersion: event.schemaVersion,
      ...receiptScopeOf(event),
      ...unitOf(event),
      appliedAt,
    })),
    receipts,
    receiptStates,
    discrepancies,
    units,
    stations: stationId === null ? ledger.watermarks() : [ledger.watermark(stationId)],
  };
}

/** The unit an event is about: v1 `unit.received` names it by SSCC only, v2 events by unitId and SSCC. */
function unitOf(event: ReceivingEvent): { unitId?: string; sscc?: string } {
  if (event.type === 'unit.received' && event.schemaVersion === 1) return { unitId: event.sscc, sscc: event.sscc };
  const ref = 'unit' in event ? event.unit : undefined;
  if (ref === undefined) return {};
  return { unitId: ref.unitId, ...(ref.sscc === undefined ? {} : { sscc: ref.sscc }) };
}

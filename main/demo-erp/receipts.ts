import type { z } from 'zod';
import type { CountedContent, ReceivedContent, ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import { assertNeverEvent, receiptKeyOf, receiptScopeOf } from '../../renderer/src/domain/receiving-event';
import { addQuantities, formatQuantity } from '../../renderer/src/domain/quantity';
import type { DiscrepancyV1, LedgerUnitV1, ReceiptLineV1, ReceiptStateV1 } from './api-schemas';
import type { AsnCatalog } from './asn-catalog';

type ReceiptLine = z.infer<typeof ReceiptLineV1>;
type ReceiptState = z.infer<typeof ReceiptStateV1>;
type Discrepancy = z.infer<typeof DiscrepancyV1>;
type LedgerUnit = z.infer<typeof LedgerUnitV1>;

export interface ReceivingProjection {
  readonly receipts: ReceiptLine[];
  readonly receiptStates: ReceiptState[];
  readonly discrepancies: Discrepancy[];
  readonly units: LedgerUnit[];
}

/**
 * What the applied events mean for the ERP, replayed in arrival order. A reversed event is skipped as if it had
 * never been applied, which is exactly "the reversal subtracts what the reversed event added" (quantities,
 * a unit's status, a discrepancy, an arrival or a closing) without ever holding a negative or partial state.
 * A reversal cannot be reversed (the contract refuses it), so one pass to collect reversals is enough.
 *
 * Received quantities come from `unit.received` and `unit.counted` contents. Receipt lines: every line of every ASN the events touch is listed, received or not, so a shortfall shows as a
 * line with less (or "0") received. Sums are exact decimal arithmetic (renderer/src/domain/quantity.ts). A line
 * the catalog no longer knows is still listed, expecting 0, so nothing that arrived is hidden.
 */
export function computeReceiving(events: readonly ReceivingEvent[], catalog: AsnCatalog): ReceivingProjection {
  const reversed = new Set(events.flatMap((event) => (event.type === 'event.reversed' ? [event.reversedEventId] : [])));
  const standing = events.filter((event) => !reversed.has(event.eventId) && event.type !== 'event.reversed');
  const lines = new Map<string, ReceiptLine>();
  const states = new Map<string, ReceiptState>();
  const discrepancies = new Map<string, Discrepancy>();
  const units = new Map<string, LedgerUnit>();
  const key = (...parts: string[]) => parts.join('\u0000');
  const scopeOf = receiptScopeOf;

  for (const asnId of [
    ...new Set(events.flatMap((event) => (event.asnId === undefined ? [] : [event.asnId]))),
  ].sort()) {
    for (const line of catalog.get(asnId)?.lines ?? []) {
      lines.set(key(asnId, line.lineId), {
        asnId,
        lineId: line.lineId,
        poNumber: line.poNumber,
        gtin: line.gtin,
        uom: line.uom,
        expected: formatQuantity(line.quantity),
        received: '0',
      });
    }
  }
  for (const event of events) {
    const receiptKey = receiptKeyOf(event);
    if (!states.has(receiptKey)) {
      const { asnId, poNumber } = receiptScopeOf(event);
      const scope = asnId === undefined ? { poNumber: poNumber ?? '' } : { asnId };
      states.set(receiptKey, { ...scope, status: 'not-arrived', arrival: null, closing: null });
    }
  }

  const addLine = (asnId: string, content: ReceivedContent | CountedContent) => {
    const id = key(asnId, content.lineId);
    const gtin = 'gtin' in content ? content.gtin : content.items.find((item) => item.qualifier === 'gtin')?.value;
    const row = lines.get(id) ?? {
      asnId,
      lineId: content.lineId,
      ...(content.poNumber === undefined ? {} : { poNumber: content.poNumber }),
      ...(gtin === undefined ? {} : { gtin }),
      uom: content.uom,
      expected: '0',
      received: '0',
    };
    lines.set(id, { ...row, received: addQuantities(row.received, content.quantity) });
  };
  const unit = (event: ReceivingEvent, unitId: string, sscc: string | undefined): LedgerUnit => {
    const id = key(receiptKeyOf(event), unitId);
    const found = units.get(id) ?? {
      ...scopeOf(event),
      unitId,
      ...(sscc === undefined ? {} : { sscc }),
      unexpected: false,
      contents: [],
      inspection: null,
      quarantined: false,
      disposition: null,
      location: null,
    };
    units.set(id, found);
    return found;
  };
  const update = (
    event: ReceivingEvent,
    ref: { unitId: string; sscc?: string | undefined },
    change: Partial<LedgerUnit>,
  ) => {
    const found = unit(event, ref.unitId, ref.sscc);
    units.set(key(receiptKeyOf(event), ref.unitId), { ...found, ...change });
  };

  for (const event of standing) {
    const state = states.get(receiptKeyOf(event));
    switch (event.type) {
      case 'receipt.arrived':
        if (state) {
          const { eventId, occurredAt, dockDoor, trailer, seals } = event;
          state.arrival = { eventId, occurredAt, dockDoor, trailer, seals };
          if (state.status === 'not-arrived') state.status = 'arrived';
        }
        break;
      case 'unit.received':
        if (event.schemaVersion === 1) {
          for (const sscc of event.units) unit(event, sscc, sscc);
        } else {
          for (const ref of event.units) unit(event, ref.unitId, ref.sscc);
        }
        for (const content of event.contents) addLine(event.asnId, content);
        break;
      case 'unit.counted':
        unit(event, event.unit.unitId, event.unit.sscc);
        for (const content of event.contents) addLine(event.asnId, content);
        break;
      case 'unit.unexpected':
        update(event, event.unit, {
          unexpected: true,
          contents: event.contents.map(({ items, quantity, uom }) => ({ items, quantity, uom })),
        });
        break;
      case 'discrepancy.recorded':
        discrepancies.set(event.eventId, {
          ...scopeOf(event),
          eventId: event.eventId,
          code: event.code,
          liability: event.liability,
          ...(event.lineId === undefined ? {} : { lineId: event.lineId }),
          ...(event.unit === undefined ? {} : { unitId: event.unit.unitId }),
          ...(event.expected === undefined ? {} : { expected: event.expected }),
          ...(event.actual === undefined ? {} : { actual: event.actual }),
          withinTolerance: event.withinTolerance,
          approval: null,
        });
        break;
      case 'discrepancy.approved': {
        const discrepancy = discrepancies.get(event.discrepancyEventId);
        if (discrepancy) {
          discrepancy.approval = {
            eventId: event.eventId,
            supervisorId: event.approvedBy.supervisorId,
            method: event.approvedBy.method,
            ...(event.liability === undefined ? {} : { liability: event.liability }),
          };
        }
        break;
      }
      case 'unit.inspected':
        update(event, event.unit, { inspection: event.result });
        break;
      case 'unit.quarantined':
        update(event, event.unit, { quarantined: true, disposition: null });
        break;
      case 'quarantine.disposed':
        // Released stock leaves quarantine; returned or scrapped stock stays received, with its disposition.
        update(event, event.unit, { quarantined: false, disposition: event.disposition });
        break;
      case 'unit.put-away':
        update(event, event.unit, { location: event.actualLocation });
        break;
      case 'receipt.closed':
        if (state) {
          state.status = 'closed';
          state.closing = { eventId: event.eventId, occurredAt: event.occurredAt, summary: event.summary };
        }
        break;
      case 'event.reversed':
        break;
      default:
        assertNeverEvent(event);
    }
  }
  return {
    receipts: [...lines.values()],
    receiptStates: [...states.values()],
    discrepancies: [...discrepancies.values()],
    units: [...units.values()],
  };
}

/** Expected against received per ASN line (the `receipts` of computeReceiving). */
export function computeReceipts(events: readonly ReceivingEvent[], catalog: AsnCatalog): ReceiptLine[] {
  return computeReceiving(events, catalog).receipts;
}

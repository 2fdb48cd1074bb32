import type { ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import { addQuantities, formatQuantity } from '../../renderer/src/domain/quantity';
import type { ReceiptLineV1 } from './api-schemas';
import type { AsnCatalog } from './asn-catalog';
import type { z } from 'zod';

type ReceiptLine = z.infer<typeof ReceiptLineV1>;

/**
 * Expected against received per ASN line, for every ASN the given events touch: every line of such an ASN is
 * listed, received or not, so a shortfall shows as a line with less (or "0") received. Sums are exact decimal
 * arithmetic (renderer/src/domain/quantity.ts). A line the catalog no longer knows is still listed, expecting 0,
 * so nothing that arrived is hidden.
 */
export function computeReceipts(events: readonly ReceivingEvent[], catalog: AsnCatalog): ReceiptLine[] {
  const received = new Map<string, ReceiptLine>();
  const key = (asnId: string, lineId: string) => `${asnId}\u0000${lineId}`;
  const asnIds = [...new Set(events.map((event) => event.asnId))].sort();

  for (const asnId of asnIds) {
    for (const line of catalog.get(asnId)?.lines ?? []) {
      received.set(key(asnId, line.lineId), {
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
    for (const content of event.contents) {
      const id = key(event.asnId, content.lineId);
      const row = received.get(id) ?? {
        asnId: event.asnId,
        lineId: content.lineId,
        poNumber: content.poNumber,
        gtin: content.gtin,
        uom: content.uom,
        expected: '0',
        received: '0',
      };
      received.set(id, { ...row, received: addQuantities(row.received, content.quantity) });
    }
  }
  return [...received.values()];
}

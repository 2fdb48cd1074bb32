import type { ReceivedContent } from './receiving-event';

/** An expected ASN line as any layer holds it: lot and expiry may be absent (wire) or null (stored). */
export interface ExpectedLineFacts {
  readonly lineId: string;
  readonly poNumber: string;
  readonly poLine: string;
  readonly sscc: string;
  readonly gtin: string;
  readonly quantity: string;
  readonly uom: string;
  readonly lot?: string | null | undefined;
  readonly expiry?: string | null | undefined;
}

/** What a trust receipt records for a line: exactly what the ASN declared (ERP ids and physical ids). */
export function receivedContentOf(line: ExpectedLineFacts): ReceivedContent {
  return {
    lineId: line.lineId,
    poNumber: line.poNumber,
    poLine: line.poLine,
    sscc: line.sscc,
    gtin: line.gtin,
    quantity: line.quantity,
    uom: line.uom,
    ...(line.lot == null ? {} : { lot: line.lot }),
    ...(line.expiry == null ? {} : { expiry: line.expiry }),
  };
}

import type { ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import type { AsnCatalog } from './asn-catalog';

/**
 * Business checks an ERP makes before posting a receipt: the ASN and each line the event names must exist, and a
 * line is counted in the unit the ASN gives it (adding kilograms to eaches would make the receipt meaningless).
 * Returns the reason for a 422 rejection, or null when the event can be applied.
 */
export function checkAgainstCatalog(event: ReceivingEvent, catalog: AsnCatalog): string | null {
  const asn = catalog.get(event.asnId);
  if (!asn) return `asnId "${event.asnId}" is not known to this ERP`;
  for (const content of event.contents) {
    const line = asn.lines.find((candidate) => candidate.lineId === content.lineId);
    if (!line) return `line "${content.lineId}" is not on ASN ${asn.asnId}`;
    if (line.uom !== content.uom) {
      return `line "${content.lineId}" of ASN ${asn.asnId} is counted in ${line.uom}, but the event counts ${content.uom}`;
    }
  }
  return null;
}

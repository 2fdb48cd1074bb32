import type { AsnLine, AsnLogisticUnit, ItemId as AsnItemId } from '../asn/canonical-asn';
import { Gtin, Sscc } from '../asn-wire';
import type { ItemId, UnitRef } from './refs';
import type { CountedContent } from './unit-received';

/**
 * Builds v2 event parts from the canonical ASN (renderer/src/domain/asn/canonical-asn.ts), for trust receiving
 * and for the expected side of counts. Unlike v1's ReceivedContent, nothing is dropped when a line has no PO, PO
 * line or GTIN, or a unit no SSCC: the line is still named by its lineId and the unit by its unitId.
 */

/** A unit as v2 events name it; an SSCC whose check digit fails (kept by the importer, with a warning) is left out. */
export function unitRefOf(unit: Pick<AsnLogisticUnit, 'unitId' | 'sscc'>): UnitRef {
  return {
    unitId: unit.unitId,
    ...(unit.sscc !== undefined && Sscc.safeParse(unit.sscc).success ? { sscc: unit.sscc } : {}),
  };
}

/**
 * The item ids of a line as the contract carries them: the line's normalised GTIN-14 (when valid) as `gtin`;
 * other qualifiers as sent. A `gtin`-qualified id that is not a valid GTIN-14 is kept as `other`, so a wrong
 * check digit on the ASN neither blocks the event nor poses as a GTIN.
 */
export function itemIdsOf(line: Pick<AsnLine, 'gtin' | 'itemIds'>): ItemId[] {
  const ids: ItemId[] = [];
  const seen = new Set<string>();
  const push = (id: ItemId) => {
    const key = `${id.qualifier}\u0000${id.value}`;
    if (seen.has(key) || ids.length >= 16 || id.value.length === 0 || id.value.length > 64) return;
    seen.add(key);
    ids.push(id);
  };
  if (line.gtin !== undefined && Gtin.safeParse(line.gtin).success) push({ qualifier: 'gtin', value: line.gtin });
  for (const id of line.itemIds) push(contractIdOf(id, line.gtin));
  return ids;
}

function contractIdOf(id: AsnItemId, lineGtin: string | undefined): ItemId {
  if (id.qualifier !== 'gtin') return { qualifier: id.qualifier, value: id.value };
  // The normalised GTIN-14 is already on the list; a UPC-A spelling of the same item adds nothing.
  if (lineGtin !== undefined && id.value.padStart(14, '0') === lineGtin) return { qualifier: 'gtin', value: lineGtin };
  return Gtin.safeParse(id.value).success
    ? { qualifier: 'gtin', value: id.value }
    : { qualifier: 'other', value: id.value };
}

/** What a trust receipt records for one line in `unitId`: exactly what the ASN declared, with what it lacks left out. */
export function countedContentOf(
  unitId: string | null,
  line: AsnLine,
  quantity: string = line.quantity,
): CountedContent {
  return {
    lineId: line.lineId,
    ...(unitId === null ? {} : { unitId }),
    ...(line.poNumber === undefined ? {} : { poNumber: line.poNumber }),
    ...(line.poLine === undefined ? {} : { poLine: line.poLine }),
    items: itemIdsOf(line),
    quantity,
    uom: line.uom,
    ...(line.lot === undefined ? {} : { lot: line.lot }),
    ...(line.expiry === undefined ? {} : { expiry: line.expiry }),
    ...(line.serials.length === 0 ? {} : { serials: [...line.serials] }),
  };
}

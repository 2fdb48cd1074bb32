import type { ItemId } from '../canonical-asn';
import { gtin14Of } from '../identifiers';
import { ITEM_TYPES } from './codes';
import type { DesadvDraft } from './desadv-draft';
import type { EdifactSegment } from './segment';

/**
 * Item identifiers from LIN C212 and PIA C212 (7140 item number : 7143 item type). GTINs (EANCOM SRV, EN, UP…)
 * are normalised to 14 digits when their check digit holds, so a scan of the case's barcode finds the line. A PIA
 * without an item type (fixture #17: `PIA+5+9780738507330`, books identified by ISBN-13 only) is read from its
 * shape: an ISBN-13 (Bookland prefix 978/979) or another valid GTIN, else an identifier of unknown kind.
 */
export function itemIdOf(value: string, type: string, segment: EdifactSegment, draft: DesadvDraft): ItemId {
  if (type === '') {
    const gtin = gtin14Of(value);
    if (gtin !== null && /^97[89]\d{10}$/.test(value)) return { qualifier: 'isbn', senderQualifier: '', value };
    if (gtin !== null) return { qualifier: 'gtin', senderQualifier: '', value: gtin };
    return { qualifier: 'other', senderQualifier: '', value };
  }
  const qualifier = ITEM_TYPES[type];
  if (qualifier === undefined) {
    draft.warnings.add(
      'unknown-qualifier',
      `item number type ${type} (DE 7143) is not known to Dockside; ${value} is kept as an other identifier`,
      segment,
    );
    return { qualifier: 'other', senderQualifier: type, value };
  }
  if (qualifier !== 'gtin') return { qualifier, senderQualifier: type, value };
  const gtin = gtin14Of(value);
  if (gtin === null) {
    draft.warnings.add(
      'gtin-check-digit',
      `item ${value} is marked ${type} (a GTIN) but is not a valid GTIN-8/12/13/14; it cannot be matched by scanning`,
      segment,
    );
    return { qualifier, senderQualifier: type, value };
  }
  return { qualifier, senderQualifier: type, value: gtin };
}

/** The GTIN-14 to scan the line by: the first GTIN or ISBN-13 identifier with a valid check digit. */
export function scanGtinOf(itemIds: readonly ItemId[]): string | undefined {
  for (const id of itemIds) {
    if (id.qualifier !== 'gtin' && id.qualifier !== 'isbn') continue;
    const gtin = gtin14Of(id.value);
    if (gtin !== null) return gtin;
  }
  return undefined;
}

/** Adds an identifier unless the line already has the same one. */
export function addItemId(itemIds: ItemId[], id: ItemId): void {
  if (!itemIds.some((known) => known.qualifier === id.qualifier && known.value === id.value)) itemIds.push(id);
}

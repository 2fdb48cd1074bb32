import type { ItemId, ItemIdQualifier } from '../canonical-asn';
import { gtin14Of } from '../identifiers';
import { el, shown, type WarningList } from './problems';
import type { X12Segment } from './tokenizer';

/**
 * LIN item identification: LIN01 assigned id (the PO line it ships against), then up to 15 pairs of product id
 * qualifier (DE 235) and product id (DE 234) in LIN02/03 … LIN30/31. Pairs may be empty in the middle (fixture
 * #11: `LIN*4*UP*058824077500***BP*01113481`).
 */
const QUALIFIERS: Readonly<Record<string, ItemIdQualifier>> = {
  UP: 'gtin', // U.P.C. consumer package code (GTIN-12)
  UK: 'gtin', // GTIN-14
  EN: 'gtin', // EAN/GTIN-13
  UA: 'gtin', // U.P.C./EAN case code
  BP: 'buyer', // buyer's part number
  IN: 'buyer', // buyer's item number
  VN: 'vendor', // vendor's item number
  VP: 'vendor', // vendor's part number
  SK: 'sku', // stock keeping unit
  IB: 'isbn', // ISBN
};

/** DE 235 codes met in ship notices that Dockside keeps as `other` without a warning. */
const KNOWN_OTHER = new Set([
  'BO', // buyer's color
  'CB', // buyer's catalog number
  'CH', // country of origin
  'CL', // color
  'EC', // engineering change level
  'IZ', // buyer's size code
  'MF', // manufacturer
  'MG', // manufacturer's part number
  'N4', // National Drug Code 5-4-2
  'ND', // National Drug Code
  'PD', // part number description
  'PI', // purchaser's item code
  'PL', // purchaser's order line number
  'PN', // company part number
  'PO', // purchase order number
  'PR', // process number
  'ST', // style number
  'SZ', // vendor size description
  'VA', // vendor's style number
  'VC', // vendor's (seller's) catalog number
]);

export interface LinReading {
  /** LIN01, the line the sender assigned (PO line reference); '' when empty. */
  readonly poLine: string;
  readonly itemIds: readonly ItemId[];
  /** GTIN-14 of the first identifier that is a valid GTIN. */
  readonly gtin: string | undefined;
  /** LT (lot number) pair, which names a batch rather than an item. */
  readonly lot: string | undefined;
  /** SN (serial number) pairs; a fresh array the line draft goes on filling (REF*SE). */
  readonly serials: string[];
}

export function readLin(segment: X12Segment, warnings: WarningList): LinReading {
  const itemIds: ItemId[] = [];
  const serials: string[] = [];
  let gtin: string | undefined;
  let lot: string | undefined;
  for (let n = 2; n < segment.elements.length; n += 2) {
    const qualifier = el(segment, n);
    const value = el(segment, n + 1);
    if (value === '') continue;
    if (qualifier === '') {
      warnings.add('x12-lin-no-qualifier', `${shown(segment)}: "${value}" has no qualifier; ignored`, segment);
      continue;
    }
    if (qualifier === 'LT') {
      lot ??= value;
      continue;
    }
    if (qualifier === 'SN') {
      serials.push(value);
      continue;
    }
    const mapped = QUALIFIERS[qualifier];
    if (mapped === 'gtin') {
      const normalised = gtin14Of(value);
      if (normalised !== null) {
        itemIds.push({ qualifier: 'gtin', senderQualifier: qualifier, value: normalised });
        gtin ??= normalised;
      } else {
        warnings.add(
          'x12-gtin-invalid',
          `LIN ${qualifier} "${value}" at line ${segment.line} is not a valid GTIN; kept as the sender's identifier`,
          segment,
        );
        itemIds.push({ qualifier: 'other', senderQualifier: qualifier, value });
      }
      continue;
    }
    if (mapped === undefined && !KNOWN_OTHER.has(qualifier)) {
      warnings.once(
        `lin-qualifier:${qualifier}`,
        'x12-unknown-qualifier',
        `LIN product id qualifier "${qualifier}" (DE 235) at line ${segment.line} is not one Dockside knows; "${value}" kept as an identifier`,
        segment,
      );
    }
    itemIds.push({ qualifier: mapped ?? 'other', senderQualifier: qualifier, value });
  }
  return { poLine: el(segment, 1), itemIds, gtin, lot, serials };
}

import type { AsnLine, AsnLogisticUnit, AsnParty, CanonicalAsn } from './canonical-asn';

/**
 * How the revision diff names things for a receiver: a unit by its type and SSCC (what is on the label), a line
 * by its id and item, header facts by the words on the paperwork. Kept apart from the diff so the wording can
 * change without touching the matching logic.
 */
export type HeaderField =
  | 'status'
  | 'supplier'
  | 'shipTo'
  | 'carrier'
  | 'trailer'
  | 'seals'
  | 'billOfLading'
  | 'shippedAt'
  | 'expectedArrival'
  | 'orders';

export interface HeaderFact {
  readonly field: HeaderField;
  readonly label: string;
  readonly value: string;
}

/** The header facts compared between versions, always in the same order. */
export function headerFacts(asn: CanonicalAsn): HeaderFact[] {
  const carrier = asn.carrier;
  return [
    { field: 'status', label: 'Status', value: asn.status },
    { field: 'supplier', label: 'Supplier', value: partyText(asn.supplier) },
    { field: 'shipTo', label: 'Ship to', value: asn.shipTo ? partyText(asn.shipTo) : '' },
    { field: 'carrier', label: 'Carrier', value: [carrier.scac, carrier.name].filter(Boolean).join(' ') },
    { field: 'trailer', label: 'Trailer', value: carrier.trailer ?? '' },
    { field: 'seals', label: 'Seals', value: carrier.seals.join(', ') },
    {
      field: 'billOfLading',
      label: 'Bill of lading / PRO',
      value: [carrier.billOfLading, carrier.proNumber].filter(Boolean).join(' / '),
    },
    { field: 'shippedAt', label: 'Shipped', value: asn.shippedAt ?? '' },
    { field: 'expectedArrival', label: 'Expected arrival', value: asn.expectedArrival ?? '' },
    { field: 'orders', label: 'Orders', value: asn.orders.map((o) => o.poNumber).join(', ') },
  ];
}

function partyText(party: AsnParty): string {
  return party.gln ? `${party.name} (GLN ${party.gln})` : party.name;
}

const kindWord: Record<AsnLogisticUnit['kind'], string> = {
  pallet: 'Pallet',
  carton: 'Carton',
  tare: 'Pallet (tare)',
  package: 'Package',
};

/** "Pallet 395060000000012345", or "Carton without SSCC (package 7)" for an unlabelled one. */
export function describeUnit(unit: AsnLogisticUnit): string {
  return unit.sscc ? `${kindWord[unit.kind]} ${unit.sscc}` : `${kindWord[unit.kind]} without SSCC (${unit.unitId})`;
}

/** "Line 10 (GTIN 09506000134352, lot A1)". */
export function describeLine(line: AsnLine): string {
  const item = line.gtin ? `GTIN ${line.gtin}` : (line.itemIds[0]?.value ?? line.description ?? 'item not identified');
  const lot = line.lot ? `, lot ${line.lot}` : '';
  return `Line ${line.lineId} (${item}${lot})`;
}

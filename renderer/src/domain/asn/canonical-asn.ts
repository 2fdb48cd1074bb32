/**
 * The canonical ASN: what every source (ERP API v1, EDI X12 856, EDIFACT DESADV, CSV packing lists, canonical
 * JSON) is turned into before the station stores it, and what the dock receives against. Pure data: no
 * parsing here (importers live next to this file), no storage (renderer/src/db).
 *
 * Shape (DOMAIN.md, "Expected receipts"): a shipment covers one or more orders; its logistic units nest to any
 * depth, linked by parent; lines sit in a unit (or directly in the shipment when the sender gave no packing
 * level) and say what is expected: item identifiers with their qualifiers, a quantity as a decimal string with
 * its unit of measure, and lot, expiry and serials when known. Quantities never pass through binary floating
 * point (renderer/src/domain/quantity.ts).
 */

/** Where the ASN came from; kept so a receiver can trace any figure back to the partner's file. */
export type AsnSourceFormat = 'erp' | 'x12-856' | 'edifact-desadv' | 'csv' | 'json';

export interface AsnSource {
  readonly format: AsnSourceFormat;
  /** File name as dropped or chosen (no path), or the ERP's base URL for pulled ASNs. */
  readonly origin: string;
  /** Interchange / message control numbers (ISA13+ST02, UNB0020+UNH0062) for traceability; empty when none. */
  readonly controlRefs: readonly string[];
}

/** A trading partner or location. GLN when the sender gave one (GS1 General Specifications §3.4.2). */
export interface AsnParty {
  readonly name: string;
  readonly gln?: string;
  /** The sender's own code for the party with its qualifier, e.g. X12 N104 with N103 `92`, EDIFACT SAN `31B`. */
  readonly code?: { readonly qualifier: string; readonly value: string };
}

export interface AsnCarrier {
  /** Standard Carrier Alpha Code (X12 TD503 with TD502 `2`), or the carrier's name when no SCAC was sent. */
  readonly scac?: string;
  readonly name?: string;
  /** Trailer / equipment number (X12 TD303, EDIFACT EQD). */
  readonly trailer?: string;
  /** Seal numbers (X12 TD309, REF*SN; EDIFACT SEL). */
  readonly seals: readonly string[];
  /** Bill of lading and PRO numbers (X12 REF*BM / REF*CN). */
  readonly billOfLading?: string;
  readonly proNumber?: string;
}

export interface AsnOrder {
  readonly poNumber: string;
  /** YYYY-MM-DD. */
  readonly poDate?: string;
  readonly releaseNumber?: string;
  /** The buying party of this order when the sender names one per order (X12 N1*BY in the O loop, fixture #1). */
  readonly buyer?: AsnParty;
}

/**
 * Pallet, carton, tare (X12 `T`: a pallet as a shipping unit), or another package. `unitId` is the SSCC when
 * the sender marked one, otherwise the sender's own package id (EDIFACT CPS number, X12 HL id) made unique in
 * this ASN, so the hierarchy holds even for units without labels.
 */
export type AsnUnitKind = 'pallet' | 'carton' | 'tare' | 'package';

export interface AsnLogisticUnit {
  readonly unitId: string;
  /** 18 digits when known. May fail its check digit: then `warnings` says so and the dock still shows it. */
  readonly sscc?: string;
  readonly parentUnitId: string | null;
  readonly kind: AsnUnitKind;
  /** The sender's packaging code (X12 TD101/PO4, EDIFACT PAC 7065, UN/ECE Rec. 21). */
  readonly packagingCode?: string;
  readonly grossWeight?: AsnMeasure;
  /**
   * Other marks on the unit's label, as sent: X12 MAN01/MAN02 other than a valid SSCC (UC case GTIN-14, CP carrier
   * package id, or a `GM` value that is not an SSCC, fixtures #9, #11); EDIFACT GIN other than BJ.
   */
  readonly marks?: readonly AsnMark[];
}

export interface AsnMark {
  /** The sender's qualifier, e.g. X12 DE 88 `UC`, `CP`, `GM`. */
  readonly qualifier: string;
  readonly value: string;
}

export interface AsnMeasure {
  /** Decimal string. */
  readonly value: string;
  /** Unit as sent (KG, LB, KGM, LBR…). */
  readonly unit: string;
}

/** Item identifier qualifiers, normalised from X12 DE 235 / EDIFACT DE 7143. */
export type ItemIdQualifier =
  | 'gtin' // UP, UK, EN, UA, EAN/UPC in X12; SRV / EN in EDIFACT (normalised to 14 digits when valid)
  | 'buyer' // BP, IN (EDIFACT IN = buyer's item number)
  | 'vendor' // VN, VP, SA (supplier's article number)
  | 'sku' // SK
  | 'isbn' // IB, EDIFACT IB/ISBN-13 in PIA+5
  | 'other';

export interface ItemId {
  readonly qualifier: ItemIdQualifier;
  /** As the sender wrote it, e.g. `UP`, `VN`, `SRV`, `SA`. */
  readonly senderQualifier: string;
  readonly value: string;
}

export interface AsnLine {
  /** Unique in the ASN; derived from the sender's line number and position when the sender repeats numbers. */
  readonly lineId: string;
  readonly poNumber?: string;
  /**
   * The PO line this ships against (X12 LIN01 / PO line ref; EDIFACT RFF+ON line number 1156). The DESADV's own
   * LIN 1082 numbers the despatch advice's lines, not the order's, so the EDIFACT importer does not use it here.
   */
  readonly poLine?: string;
  /** The logistic unit that directly contains the line; null when the sender gave no packing level. */
  readonly unitId: string | null;
  readonly itemIds: readonly ItemId[];
  /** GTIN-14 when one of `itemIds` is a valid GTIN, for scanning; absent otherwise. */
  readonly gtin?: string;
  readonly description?: string;
  /** Shipped quantity, decimal string (X12 SN102, EDIFACT QTY+12). */
  readonly quantity: string;
  /** Unit of measure as sent (EA, CA, PCE, LB…). */
  readonly uom: string;
  /** Quantity ordered when sent (X12 SN105), so short shipments show before the truck arrives. */
  readonly orderedQuantity?: string;
  /** Units per pack (X12 PO401, EDIFACT PAC/QTY+52). */
  readonly packSize?: string;
  readonly lot?: string;
  /** YYYY-MM-DD. */
  readonly expiry?: string;
  readonly serials: readonly string[];
}

/**
 * Another document reference the sender gave for the whole shipment, e.g. a packing list number (EDIFACT RFF 1153
 * `PK`, X12 REF qualifier): kept so a receiver can quote it to the supplier.
 */
export interface AsnReference {
  /** The sender's qualifier as sent (EDIFACT DE 1153, X12 DE 128). */
  readonly qualifier: string;
  readonly value: string;
}

/** A problem that does not stop the import: kept with the ASN and shown to the receiver. */
export interface AsnWarning {
  readonly code: string;
  readonly message: string;
  /** Where in the source: 1-based line in the file and segment position/tag, when the source has them. */
  readonly at?: { readonly line?: number; readonly segment?: number; readonly tag?: string };
}

export interface CanonicalAsn {
  /** The shipment id (X12 BSN02, EDIFACT BGM 1004, ERP asnId). */
  readonly asnId: string;
  /** Increases with every revision the sender makes; importers start at 1 unless the source says otherwise. */
  readonly version: number;
  readonly status: 'open' | 'cancelled';
  readonly source: AsnSource;
  readonly supplier: AsnParty;
  readonly shipFrom?: AsnParty;
  readonly shipTo?: AsnParty;
  readonly buyer?: AsnParty;
  readonly carrier: AsnCarrier;
  /** ISO 8601 date-times (or YYYY-MM-DD when the source has no time). */
  readonly shippedAt?: string;
  readonly expectedArrival?: string;
  /** Gross weight of the whole shipment when sent (X12 TD1 with TD106 `G`, MEA*PD*G at shipment level). */
  readonly grossWeight?: AsnMeasure;
  readonly orders: readonly AsnOrder[];
  /** Other shipment-level references (packing list, delivery note…), when the source has them. */
  readonly references?: readonly AsnReference[];
  readonly units: readonly AsnLogisticUnit[];
  readonly lines: readonly AsnLine[];
  readonly warnings: readonly AsnWarning[];
}

import type { AsnUnitKind, ItemIdQualifier } from '../canonical-asn';

/**
 * UN/EDIFACT code values the DESADV reader understands, by data element. "Known" sets also list codes that are
 * read and deliberately not used, so that only codes Dockside has never heard of raise an unknown-qualifier
 * warning. Sources: UNTDID D.96A / D.01B code lists and the EANCOM 1997/2002 DESADV subsets.
 */

/** DE 7143 item type identification code → canonical qualifier. */
export const ITEM_TYPES: Readonly<Record<string, ItemIdQualifier>> = {
  SRV: 'gtin', // EANCOM: GS1 Global Trade Item Number
  EN: 'gtin', // International Article Numbering Association (EAN)
  UP: 'gtin', // UPC
  UA: 'gtin', // U.P.C./EAN case code
  IN: 'buyer', // buyer's item number
  BP: 'buyer', // buyer's part number
  SA: 'vendor', // supplier's article number
  VN: 'vendor', // vendor item number
  VP: 'vendor', // vendor's (seller's) part number
  SK: 'sku', // stock keeping unit
  IB: 'isbn', // ISBN (International Standard Book Number)
  MF: 'other', // manufacturer's article number
  GB: 'other', // internal product group code
  GN: 'other', // national product group code
  HS: 'other', // harmonised system
  CG: 'other', // commodity grouping
  PV: 'other', // promotional variant number
};

/** DE 7143 codes that are not item identifiers but a batch (NB) or serial (SN) of the line (EANCOM PIA). */
export const LOT_ITEM_TYPE = 'NB';
export const SERIAL_ITEM_TYPE = 'SN';

/** The 7143 code the writer uses for each canonical qualifier when the sender's own code is not an EDIFACT one. */
export const ITEM_TYPE_FOR: Readonly<Record<ItemIdQualifier, string>> = {
  gtin: 'SRV',
  buyer: 'IN',
  vendor: 'SA',
  sku: 'SK',
  isbn: 'IB',
  other: 'MF',
};

/** DE 3035 party function code qualifiers read into the canonical ASN, and others that are known and ignored. */
export const PARTY_ROLES = new Set(['SU', 'BY', 'DP', 'ST', 'SF', 'SH', 'CA', 'CZ', 'CN']);
export const KNOWN_PARTIES = new Set([
  ...PARTY_ROLES,
  'UC', // ultimate consignee
  'IV', // invoicee
  'MF', // manufacturer
  'OB', // ordered by
  'PE', // payee
  'II', // issuer of invoice
  'WH', // warehouse keeper
  'DEQ', // EANCOM: delivery party quarantine
  'MS', // document/message issuer
  'MR', // message recipient
  'FW', // freight forwarder
  'LC', // party declaring the value added tax
  'PR', // payer
  'CO', // corporate office
  'SE', // seller
  'LP', // loading party
  'UD', // ultimate customer
]);

/** DE 1153 reference code qualifiers: ON is the order; BM/CN go to the carrier; the rest are kept as references. */
export const KNOWN_REFERENCES = new Set([
  'ON', 'VN', 'CR', 'DQ', 'AAK', 'AAU', 'AAS', 'AAJ', 'PK', 'LI', 'BM', 'CN', 'BT', 'VA', 'API', 'IT', 'ZZZ',
  'IV', 'CT', 'FF', 'SRN', 'ACD', 'AEK', 'AAN', 'ABO', 'ALO', 'DM', 'GN', 'SS', 'AIJ', 'PL', 'CU', 'SZ', 'AGO',
]); // prettier-ignore

/** DE 2005 date/time/period qualifiers seen in despatch advices. */
export const KNOWN_DATES = new Set([
  '2', '10', '11', '17', '35', '36', '50', '63', '64', '69', '94', '97', '132', '133', '137', '171', '191', '200',
  '358', '361', '23E', '79E', '361E',
]); // prettier-ignore

/** DE 6063 quantity qualifiers: 12 despatched, 21 ordered, 52 per pack; the rest are known and not used. */
export const KNOWN_QUANTITIES = new Set([
  '1', '12', '21', '45', '46', '47', '48', '52', '59', '113', '170', '192', '193', '194', '73E', '83', '187',
]); // prettier-ignore

/** DE 7405 identity number qualifiers on GIN: BJ serial shipping container code (SSCC), BX batch, BN serial. */
export const KNOWN_GIN = new Set(['BJ', 'BX', 'BN']);

/** DE 1225 message function codes: 9 original, 5 replace, 1 cancellation, 3 deletion, and others read as original. */
export const CANCEL_FUNCTIONS = new Set(['1', '3']);
export const KNOWN_FUNCTIONS = new Set(['', '1', '3', '4', '5', '6', '7', '9', '29', '31', '43', '46']);

/** MEA 6313 measured attribute codes that carry a gross weight (AAB unit gross weight, G gross, AAD total gross). */
export const GROSS_WEIGHT_ATTRIBUTES = ['AAB', 'G', 'AAD'] as const;

/** Segments of the DESADV message (D.96A/D.01B) that are read elsewhere or deliberately not used. */
export const DESADV_TAGS = new Set([
  'BGM', 'DTM', 'ALI', 'MEA', 'MOA', 'RFF', 'NAD', 'LOC', 'CTA', 'COM', 'TOD', 'TDT', 'TMD', 'TPL', 'EQD', 'EQA',
  'SEL', 'HAN', 'CPS', 'FTX', 'PAC', 'QTY', 'PCI', 'GIN', 'GIR', 'LIN', 'PIA', 'IMD', 'QVR', 'DLM', 'DGS', 'CNT',
  'SGP', 'PRI', 'GDS', 'CUX', 'TCC', 'PCD', 'SPS', 'EFI', 'CED', 'DOC', 'TSR', 'GEI', 'PGI', 'IDE', 'RCS', 'UNS',
]); // prettier-ignore

/**
 * Logistic unit kind from PAC 7065 package type (UN/ECE Recommendation 21 and EANCOM codes): pallets (ISO pallet
 * sizes 200–206 and EANCOM 08/09 pallets, PX, PE), cartons and boxes; anything else is a package.
 */
const PALLETS = new Set(['200', '201', '202', '203', '204', '205', '206', '08', '09', 'PX', 'PE']);
const CARTONS = new Set(['CT', 'CS', 'BX', '4G']);

export function unitKindOf(packageType: string | undefined): AsnUnitKind {
  if (packageType === undefined) return 'package';
  if (PALLETS.has(packageType)) return 'pallet';
  if (CARTONS.has(packageType)) return 'carton';
  return 'package';
}

/** The PAC 7065 code the writer sends for a unit kind when the unit has no packaging code of its own. */
export const PACKAGE_TYPE_FOR: Readonly<Record<AsnUnitKind, string | undefined>> = {
  pallet: 'PX',
  tare: 'PX', // X12's tare is a pallet as a shipping unit; EDIFACT has no separate level for it
  carton: 'CT',
  package: undefined,
};

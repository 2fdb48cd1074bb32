import { buildGln, buildGtin14 } from './gs1-keys';

/**
 * Who ships what to the demo warehouse. Company prefixes are the example prefixes GS1 member organisations use
 * in their own documentation (0614141 GS1 US, 4012345 GS1 Germany, 5012345 GS1 UK, 8712345 GS1 Netherlands),
 * so the keys look real and belong to nobody. Units of measure are UN/ECE Recommendation 20 codes.
 */

/** How a product is traced: hardware is not, dairy and medicines carry a lot and an expiry, drinks a lot. */
export type Traceability = 'none' | 'lot' | 'lot+expiry';

/** A trade item as the supplier ships it: quantities on ASN lines count this unit. */
export interface Product {
  readonly gtin: string;
  readonly description: string;
  readonly uom: string;
  /** Gross weight of one full carton of this product, kg, as a decimal string. */
  readonly cartonKg: string;
  readonly traceability: Traceability;
  /** Days from shipping to expiry, for products with an expiry. */
  readonly shelfLifeDays?: number;
}

export interface Supplier {
  readonly id: string;
  readonly name: string;
  readonly companyPrefix: string;
  readonly gln: string;
  /** Short code used in ASN ids and lot numbers. */
  readonly code: string;
  readonly carrier: { readonly scac: string; readonly trailerPrefix: string };
  readonly products: Readonly<Record<string, Product>>;
}

/**
 * GTIN-14 with indicator digit 0 for a fixed-measure consumer unit (its GTIN-13 padded), 9 for a variable
 * measure item such as cheese sold by weight (GS1 General Specifications §2.1.2).
 */
function product(
  indicator: 0 | 9,
  prefix: string,
  item: number,
  description: string,
  uom: string,
  cartonKg: string,
  traceability: Traceability,
  shelfLifeDays?: number,
): Product {
  const gtin = buildGtin14(indicator, prefix, item);
  return shelfLifeDays === undefined
    ? { gtin, description, uom, cartonKg, traceability }
    : { gtin, description, uom, cartonKg, traceability, shelfLifeDays };
}

const DAIRY = '4012345';
const HARDWARE = '0614141';
const BEVERAGE = '5012345';
const PHARMA = '8712345';

export const suppliers = {
  dairy: {
    id: 'SUP-1001',
    name: 'Alpenhof Dairy GmbH',
    companyPrefix: DAIRY,
    gln: buildGln(DAIRY, 1),
    code: 'AHD',
    carrier: { scac: 'KUEH', trailerPrefix: 'RF' },
    products: {
      milk: product(0, DAIRY, 10011, 'Whole milk 3.5% 1 L', 'EA', '12.6', 'lot+expiry', 9),
      yogurt: product(0, DAIRY, 10025, 'Natural yogurt 500 g', 'EA', '4.3', 'lot+expiry', 21),
      butter: product(0, DAIRY, 10032, 'Salted butter 250 g', 'EA', '5.2', 'lot+expiry', 60),
      cheese: product(9, DAIRY, 20047, 'Mountain cheese wheel, random weight', 'KGM', '13.1', 'lot+expiry', 120),
    },
  },
  hardware: {
    id: 'SUP-2040',
    name: 'Northbridge Hardware Supply Inc.',
    companyPrefix: HARDWARE,
    gln: buildGln(HARDWARE, 5),
    code: 'NBH',
    carrier: { scac: 'NBFX', trailerPrefix: 'DV' },
    products: {
      screws: product(0, HARDWARE, 31008, 'Wood screws 4x40 mm, box of 200', 'BX', '9.8', 'none'),
      hinges: product(0, HARDWARE, 31015, 'Steel butt hinge 75 mm, pack of 10', 'PK', '8.1', 'none'),
      drill: product(0, HARDWARE, 42001, 'Cordless drill 18 V with two batteries', 'EA', '11.2', 'none'),
      tape: product(0, HARDWARE, 31077, 'Duct tape 48 mm x 50 m', 'EA', '12.9', 'none'),
    },
  },
  beverage: {
    id: 'SUP-3305',
    name: 'Cascade Beverage Co. Ltd',
    companyPrefix: BEVERAGE,
    gln: buildGln(BEVERAGE, 20),
    code: 'CBC',
    carrier: { scac: 'TMLG', trailerPrefix: 'CT' },
    products: {
      cola: product(0, BEVERAGE, 50330, 'Cola 330 ml can', 'EA', '8.4', 'lot'),
      water: product(0, BEVERAGE, 50500, 'Still spring water 500 ml', 'EA', '12.5', 'lot'),
      juice: product(0, BEVERAGE, 50710, 'Orange juice 1 L', 'EA', '6.6', 'lot+expiry', 180),
    },
  },
  pharma: {
    id: 'SUP-4410',
    name: 'Meridian Health Distribution B.V.',
    companyPrefix: PHARMA,
    gln: buildGln(PHARMA, 7),
    code: 'MHD',
    carrier: { scac: 'MDLX', trailerPrefix: 'TC' },
    products: {
      paracetamol: product(0, PHARMA, 60012, 'Paracetamol 500 mg, 20 tablets', 'EA', '1.6', 'lot+expiry', 730),
      bandage: product(0, PHARMA, 60104, 'Elastic bandage 8 cm x 4 m', 'EA', '2.2', 'lot+expiry', 1095),
      syringe: product(0, PHARMA, 60230, 'Sterile syringe 5 ml, box of 100', 'BX', '2.7', 'lot+expiry', 1460),
      gloves: product(0, PHARMA, 60311, 'Nitrile exam gloves M, box of 100', 'BX', '5.5', 'lot+expiry', 1825),
    },
  },
} satisfies Record<string, Supplier>;

/** The demo warehouse: the receiving site every ASN ships to. */
export const shipTo = { gln: buildGln('8798765', 101), name: 'Dockside Demo DC, Dock Hall A' };

/**
 * The documented CSV packing-list columns (docs/asn-csv-format.md) and the header spellings each one answers to.
 * Headers are compared after `normaliseHeader`, so "PO Number", "po_number", "PO-NUMBER" and "PO #" are one name.
 * An alias belongs to one column only: a header that could mean two things ("Type", "Unit", "Line", "Item") is
 * deliberately not an alias; partners who use one map it explicitly (CsvImportOptions.columns).
 */
export const CSV_COLUMNS = [
  'asn_id',
  'asn_version',
  'supplier',
  'supplier_gln',
  'ship_from_gln',
  'ship_to',
  'ship_to_gln',
  'ship_date',
  'delivery_date',
  'carrier_scac',
  'carrier_name',
  'trailer',
  'seal',
  'bill_of_lading',
  'po_number',
  'po_line',
  'line_id',
  'sscc',
  'parent_sscc',
  'unit_type',
  'gross_weight',
  'weight_uom',
  'gtin',
  'buyer_item',
  'vendor_item',
  'description',
  'quantity',
  'uom',
  'ordered_quantity',
  'pack_size',
  'lot',
  'expiry',
  'serials',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Extra spellings, already normalised and separated by spaces; each column also answers to its own name. The German
 * ones are for the `;` files German-locale spreadsheets write.
 */
const ALIASES: Readonly<Record<CsvColumn, string>> = {
  asn_id:
    'asn asnno asnnumber shipmentid shipment shipmentno shipmentnumber despatchadvice deliverynote deliverynoteno lieferschein lieferscheinnr lieferavis',
  asn_version: 'version asnrevision revision',
  supplier: 'suppliername vendor vendorname shipper lieferant',
  supplier_gln: 'suppliergln vendorgln shippergln',
  ship_from_gln: 'shipfrom shipfromgln despatchfromgln',
  ship_to: 'shiptoname consignee deliverto',
  ship_to_gln: 'shiptogln delivertogln consigneegln',
  ship_date: 'shipdate shipped shippedat shippedon dateshipped despatchdate dispatchdate versanddatum',
  delivery_date: 'deliverydate expectedarrival expecteddelivery eta arrivaldate liefertermin',
  carrier_scac: 'scac carrierscac carriercode',
  carrier_name: 'carrier carriername haulier spediteur',
  trailer: 'trailerno trailernumber trailerid equipment equipmentno truck container containerno',
  seal: 'seals sealno sealnumber sealnumbers plombe',
  bill_of_lading: 'bol bolno bolnumber billoflading billofladingno cmr waybill',
  po_number:
    'po pono ponumber purchaseorder purchaseorderno purchaseordernumber ordernumber orderno customerpo customerorder bestellnummer bestellung',
  po_line: 'poline polineno polinenumber orderline orderlineno orderlinenumber bestellposition',
  line_id: 'lineid asnline asnlineno lineno linenumber',
  sscc: 'sscc18 ssccno ssccnumber cartonsscc packagesscc unitsscc nve sscccode',
  parent_sscc: 'parentsscc palletsscc parent parentunit nvepalette',
  unit_type: 'unittype packagetype packaginglevel packagelevel level packtype',
  gross_weight: 'grossweight weight unitweight bruttogewicht gewicht',
  weight_uom: 'weightuom weightunit weightunitofmeasure',
  gtin: 'ean ean13 upc gtin13 gtin14 itemgtin barcode eannumber eancode',
  buyer_item:
    'buyeritem buyeritemno buyeritemnumber customeritem customeritemno customerarticle customerpartno ouritem',
  vendor_item:
    'vendoritem vendoritemno vendoritemnumber supplieritem supplieritemno supplierarticle supplierpartno partno partnumber articleno articlenumber artikelnummer artikelnr material materialno',
  description: 'desc itemdescription productdescription productname product itemname bezeichnung artikelbezeichnung',
  quantity: 'qty qtyshipped shippedqty shippedquantity quantityshipped despatchedquantity units menge liefermenge',
  uom: 'unitofmeasure unitofmeasurement qtyuom quantityunit quantityuom me mengeneinheit einheit',
  ordered_quantity: 'orderedqty qtyordered orderedquantity quantityordered orderqty bestellmenge',
  pack_size: 'packsize innerpack unitspercase unitsperpack casepack packquantity',
  lot: 'lotno lotnumber batch batchno batchnumber charge chargennummer',
  expiry:
    'expirydate expiration expirationdate exp expdate bestbefore bestbeforedate bbd bbe useby usebydate mhd verfallsdatum',
  serials: 'serial serialno serialnumber serialnumbers serialnos seriennummer',
};

/**
 * Lower case, letters and digits only, `#` read as "no" ("PO #" → "pono"). NFKC first so full-width and
 * compatibility characters from spreadsheets compare like their plain forms.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const BY_NAME: ReadonlyMap<string, CsvColumn> = (() => {
  const map = new Map<string, CsvColumn>();
  for (const column of CSV_COLUMNS) {
    for (const name of [normaliseHeader(column), ...aliasesOf(column)]) {
      const taken = map.get(name);
      if (taken && taken !== column) throw new Error(`CSV alias "${name}" names both ${taken} and ${column}`);
      map.set(name, column);
    }
  }
  return map;
})();

export function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}

/** The column a header means by the documented names and aliases, or undefined. */
export function columnForHeader(header: string): CsvColumn | undefined {
  return BY_NAME.get(normaliseHeader(header));
}

/** Every alias of a column, for the documentation test and error hints. */
export function aliasesOf(column: CsvColumn): readonly string[] {
  return ALIASES[column].split(' ');
}

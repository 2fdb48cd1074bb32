import { describe, expect, it } from 'vitest';
import type { AsnImportResult } from '../asn-importer';
import type { CanonicalAsn } from '../canonical-asn';
import type { CsvImportOptions } from './csv-importer';
import { readCsvPackingList } from './csv-importer';

const PALLET = '354107380000001051';
const CARTON = '354107380000001068';
const GTIN = '09506000134352';

function read(text: string, options?: CsvImportOptions): AsnImportResult {
  return readCsvPackingList({ text, fileName: 'list.csv' }, options);
}

function asns(text: string, options?: CsvImportOptions): readonly CanonicalAsn[] {
  const result = read(text, options);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.asns;
}

function messages(text: string, options?: CsvImportOptions): string[] {
  const result = read(text, options);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors.map((e) => e.message);
}

describe('CSV packing lists: headers', () => {
  it('maps alias headers whatever their case, spaces and punctuation', () => {
    const [asn] = asns(
      `Shipment No;PO #;Item GTIN;Qty;UoM;Best before;Batch\nDN-1;4500012345;${GTIN};12;EA;31.01.2026;L-7\n`,
    );
    expect(asn?.orders).toEqual([{ poNumber: '4500012345' }]);
    expect(asn?.lines[0]).toMatchObject({ gtin: GTIN, quantity: '12', uom: 'EA', expiry: '2026-01-31', lot: 'L-7' });
  });

  it('takes an explicit mapping for partner headers, over the aliases, and can ignore a column', () => {
    const text = `Lieferung,Art.-Nr. Kunde,Stk,Weight\nDN-1,CUST-9,5,heavy\n`;
    const [asn] = asns(text, {
      columns: { Lieferung: 'asn_id', 'art nr kunde': 'buyer_item', STK: 'quantity', weight: 'ignore' },
      defaultUom: 'EA',
    });
    expect(asn?.lines[0]).toMatchObject({
      itemIds: [{ qualifier: 'buyer', value: 'CUST-9' }],
      quantity: '5',
      uom: 'EA',
    });
    expect(asn?.warnings).toEqual([]);
  });

  it('warns once per ASN about columns it does not use, and refuses two headers for one column', () => {
    const [asn] = asns(`asn,gtin,qty,uom,Colour\nDN-1,${GTIN},1,EA,red\n`);
    expect(asn?.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Column 5 "Colour" is not a Dockside CSV column'),
    ]);
    expect(messages(`asn,qty,quantity,uom,gtin\nDN-1,1,1,EA,${GTIN}\n`)).toEqual([
      expect.stringContaining('Columns 2 "qty" and 3 "quantity" both mean quantity'),
    ]);
  });

  it('names the columns a header lacks, and what it has', () => {
    expect(messages('Description;Colour\nx;y\n')[0]).toMatch(
      /lacks asn_id .*quantity .*uom .*gtin, buyer_item or vendor_item\. Found: "Description", "Colour"/,
    );
  });
});

describe('CSV packing lists: numbers', () => {
  const file = (qty: string, delimiter = ';') =>
    ['asn', 'gtin', 'qty', 'uom'].join(delimiter) + '\n' + ['DN-1', GTIN, qty, 'EA'].join(delimiter) + '\n';

  it('reads a decimal comma with thousands points in a ; file, exactly', () => {
    expect(asns(file('1.234,5'))[0]?.lines[0]?.quantity).toBe('1234.5');
    expect(asns(file('0,25'))[0]?.lines[0]?.quantity).toBe('0.25');
    expect(asns(file('1.234.567,000'))[0]?.lines[0]?.quantity).toBe('1234567');
  });

  it('refuses points that could mean two things in a ; file, unless the separator is configured', () => {
    expect(messages(file('1.234'))[0]).toMatch(/Row 2, column "qty": "1\.234" is ambiguous/);
    expect(messages(file('12.5'))[0]).toContain('is ambiguous');
    expect(asns(file('1.234'), { decimalSeparator: ',' })[0]?.lines[0]?.quantity).toBe('1234');
    expect(asns(file('12.5'), { decimalSeparator: '.' })[0]?.lines[0]?.quantity).toBe('12.5');
  });

  it('refuses a comma in a decimal-point file, and negatives and words anywhere', () => {
    expect(messages(file('"1,5"', ','))[0]).toContain('has a comma, but this file uses "." for decimals');
    expect(messages(file('1,5', '\t'))[0]).toContain('has a comma');
    expect(messages(file('-3'))[0]).toContain('is negative');
    expect(messages(file('twelve'))[0]).toContain('"twelve" is not a number');
  });
});

describe('CSV packing lists: dates', () => {
  const file = (date: string) => `asn,gtin,qty,uom,Expiry Date\nDN-1,${GTIN},1,EA,${date}\n`;
  const expiry = (date: string, options?: CsvImportOptions) => asns(file(date), options)[0]?.lines[0]?.expiry;

  it('reads ISO, DD.MM.YYYY and slash dates that can only be read one way', () => {
    expect(expiry('2026-01-31')).toBe('2026-01-31');
    expect(expiry('31.1.2026')).toBe('2026-01-31');
    expect(expiry('31/01/2026')).toBe('2026-01-31');
    expect(expiry('01/31/2026')).toBe('2026-01-31');
    expect(expiry('05/05/2026')).toBe('2026-05-05');
  });

  it('refuses an ambiguous slash date with its row and column, unless the order is configured', () => {
    expect(messages(file('03/04/2026'))).toEqual([
      'Row 2, column "Expiry Date": "03/04/2026" is ambiguous: it could be day/month or month/day; write it as YYYY-MM-DD or DD.MM.YYYY, or configure the date order.',
    ]);
    expect(expiry('03/04/2026', { dateOrder: 'dmy' })).toBe('2026-04-03');
    expect(expiry('03/04/2026', { dateOrder: 'mdy' })).toBe('2026-03-04');
  });

  it('refuses dates that do not exist and two-digit years', () => {
    expect(messages(file('2026-02-30'))[0]).toContain('"2026-02-30" is not a real date');
    expect(messages(file('31.04.2026'))[0]).toContain('not a real date');
    expect(messages(file('31.01.26'))[0]).toContain('two-digit year');
  });
});

describe('CSV packing lists: ASNs, units and lines', () => {
  const header =
    'asn_id,supplier,po_number,sscc,parent_sscc,unit_type,gtin,quantity,uom,serials,carrier_scac,trailer\n';

  it('groups rows by asn_id and builds the unit tree from sscc and parent_sscc', () => {
    const text =
      header +
      `DN-1,Acme,PO-1,${CARTON},${PALLET},,${GTIN},6,EA,S1 | S2,DHLX,TR-7\n` +
      `DN-2,Acme,PO-9,,,,${GTIN},1,EA,,,\n` +
      `DN-1,,PO-2,${PALLET},,,${GTIN},2,EA,,DHLX,\n`;
    const [first, second] = asns(text);
    expect(first).toMatchObject({
      asnId: 'DN-1',
      supplier: { name: 'Acme' },
      carrier: { scac: 'DHLX', trailer: 'TR-7', seals: [] },
      orders: [{ poNumber: 'PO-1' }, { poNumber: 'PO-2' }],
      units: [
        { unitId: CARTON, sscc: CARTON, parentUnitId: PALLET, kind: 'carton' },
        { unitId: PALLET, sscc: PALLET, parentUnitId: null, kind: 'pallet' },
      ],
    });
    expect(first?.lines.map((l) => [l.lineId, l.unitId, l.quantity, l.serials])).toEqual([
      ['row-2', CARTON, '6', ['S1', 'S2']],
      ['row-4', PALLET, '2', []],
    ]);
    expect(second).toMatchObject({ asnId: 'DN-2', units: [], lines: [{ unitId: null, quantity: '1' }] });
  });

  it('reads unit rows (no item) for pallets that hold only cartons', () => {
    const text = `asn,sscc,parent_sscc,unit_type,gross_weight,weight_uom,gtin,qty,uom\nDN-1,${PALLET},,pallet,"412,5",KG,,,\n`;
    const [asn] = asns(text.replace(/,/g, ';').replace('"412;5"', '412,5'));
    expect(asn?.units).toEqual([
      { unitId: PALLET, sscc: PALLET, parentUnitId: null, kind: 'pallet', grossWeight: { value: '412.5', unit: 'KG' } },
    ]);
  });

  it('refuses shipment or unit values that disagree between rows, naming both rows', () => {
    const text =
      header +
      `DN-1,Acme,PO-1,${CARTON},,carton,${GTIN},1,EA,,UPSN,TR-7\nDN-1,Acme,PO-1,${CARTON},,pallet,${GTIN},1,EA,,DHLX,TR-7\n`;
    expect(messages(text)).toEqual([
      'Row 3, column "carrier_scac": "DHLX" differs from "UPSN" in row 2; ASN DN-1 has one carrier scac.',
      `Row 3, column "unit_type": "pallet" differs from "carton" in row 2; unit ${CARTON} has one unit type.`,
    ]);
  });

  it('reports every bad cell with its row and column, all at once', () => {
    const text = header + `DN-1,Acme,PO-1,12345,,crate,${GTIN},x,EA,,,\n,Acme,PO-1,,,,${GTIN},1,EA,,,\n`;
    expect(messages(text)).toEqual([
      'Row 2, column "sscc": "12345" has 5 digits; an SSCC has 18 (or 20 with the leading AI 00).',
      'Row 2, column "unit_type": "crate" is not a unit type; use pallet, carton, tare or package.',
      'Row 2, column "quantity": "x" is not a number; write digits with an optional decimal part, such as 12 or 2.5.',
      'Row 3 has no ASN id: every row names the ASN it belongs to.',
    ]);
  });

  it('warns about a wrong SSCC or GTIN check digit and keeps the values', () => {
    const badSscc = '354107380000001052';
    const [asn] = asns(header + `DN-1,Acme,,${badSscc},,,09506000134353,1,EA,,,\n`);
    expect(asn?.warnings.map((w) => [w.code, w.at])).toEqual([
      ['sscc-check-digit', { line: 2, tag: 'sscc' }],
      ['gtin-check-digit', { line: 2, tag: 'gtin' }],
    ]);
    expect(asn?.lines[0]).toMatchObject({ unitId: badSscc, itemIds: [{ value: '09506000134353' }] });
    expect(asn?.lines[0]?.gtin).toBeUndefined();
  });

  it('refuses rows cut short or with unquoted delimiters, lines without quantity, and empty files', () => {
    expect(messages(header + 'DN-1,Acme\n')[0]).toContain('Row 2 has 2 cells but the header has 12 columns');
    expect(messages(header + `DN-1,Acme,,,,,${GTIN},1,EA,,,,x,y\n`)[0]).toContain('Row 2 has 14 cells');
    expect(messages(header + `DN-1,Acme,,,,,${GTIN},,EA,,,\n`)[0]).toContain('lacks a quantity');
    expect(messages(header)[0]).toContain('no rows');
  });
});

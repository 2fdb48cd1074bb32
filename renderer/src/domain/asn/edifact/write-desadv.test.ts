import { describe, expect, it } from 'vitest';
import type { CanonicalAsn } from '../canonical-asn';
import { edifactDateOf, readEdifactDate } from './dates';
import { edifactDesadvImporter } from './desadv-importer';
import { DEFAULT_SEPARATORS } from './separators';
import { writeDesadv } from './write-desadv';

/** The DESADV writer: exact output, release escaping, separator checks; and the DTM date formats it relies on. */
const AT = new Date(Date.UTC(2024, 0, 2, 3, 4));

const ASN: CanonicalAsn = {
  asnId: 'DES?1',
  version: 1,
  status: 'open',
  source: { format: 'json', origin: 'test', controlRefs: [] },
  supplier: { name: "O'Brien + Sons", gln: '5411234512309' },
  shipTo: { name: 'DC:1', gln: '5412345123453' },
  carrier: { seals: [] },
  orders: [{ poNumber: 'PO-1', poDate: '2023-12-24' }],
  units: [
    { unitId: '1', parentUnitId: null, kind: 'package' },
    {
      unitId: '354107380000001051',
      sscc: '354107380000001051',
      parentUnitId: '1',
      kind: 'pallet',
      packagingCode: '201',
    },
  ],
  lines: [
    {
      lineId: '1',
      unitId: '354107380000001051',
      itemIds: [{ qualifier: 'gtin', senderQualifier: 'SRV', value: '05410738000152' }],
      gtin: '05410738000152',
      quantity: '2.5',
      uom: 'KGM',
      serials: [],
    },
  ],
  warnings: [],
};

describe('writeDesadv', () => {
  it('writes a UNA, an interchange and one message per ASN, with units top down under the consignment CPS', () => {
    expect(writeDesadv([ASN], DEFAULT_SEPARATORS, { preparedAt: AT })).toBe(
      [
        "UNA:+.? '",
        "UNB+UNOC:3+5411234512309:14+5412345123453:14+240102:0304+1'",
        "UNH+1+DESADV:D:01B:UN:EAN007'",
        "BGM+351+DES??1+9'",
        "DTM+137:202401020304:203'",
        "RFF+ON:PO-1'",
        "DTM+171:20231224:102'",
        "NAD+SU+5411234512309::9++O?'Brien ?+ Sons'",
        "NAD+DP+5412345123453::9++DC?:1'",
        "CPS+2'",
        "CPS+1+2'",
        "PAC+1'",
        "CPS+3+1'",
        "PAC+1++201'",
        "PCI+33E'",
        "GIN+BJ+354107380000001051'",
        "LIN+1++05410738000152:SRV'",
        "QTY+12:2.5:KGM'",
        "CNT+2:1'",
        "UNT+18+1'",
        "UNZ+1+1'",
        '',
      ].join('\n'),
    );
  });

  it('uses the decimal comma and any separator set, releasing data that contains a separator', () => {
    const text = writeDesadv(
      [ASN],
      { component: '|', element: '^', decimal: ',', release: '\\', repetition: '*', segment: '~' },
      { preparedAt: AT, lineBreaks: false },
    );
    expect(text.startsWith('UNA|^,\\*~UNB^UNOC|4^')).toBe(true);
    expect(text).toContain('QTY^12|2,5|KGM~');
    const back = edifactDesadvImporter.read({ text, fileName: 'x.edi' });
    expect(back.ok && back.asns[0]?.supplier.name).toBe("O'Brien + Sons");
  });

  it('says UNOW (UTF-8, syntax version 4) when the data needs more than ISO 8859-1', () => {
    const text = writeDesadv([{ ...ASN, supplier: { name: '東京 Foods' } }], DEFAULT_SEPARATORS, { preparedAt: AT });
    expect(text).toContain("UNB+UNOW:4+DOCKSIDE:ZZZ+5412345123453:14+20240102:0304+1'");
  });

  it('writes a version in BGM C106 with function 5, and a cancellation as function 1', () => {
    expect(writeDesadv([{ ...ASN, version: 3 }], DEFAULT_SEPARATORS, { preparedAt: AT })).toContain(
      "BGM+351+DES??1:3+5'",
    );
    expect(writeDesadv([{ ...ASN, status: 'cancelled' }], DEFAULT_SEPARATORS, { preparedAt: AT })).toContain(
      "BGM+351+DES??1+1'",
    );
  });

  it('refuses separator sets that cannot be read back', () => {
    expect(() => writeDesadv([ASN], { ...DEFAULT_SEPARATORS, element: ':' })).toThrow(RangeError);
    expect(() => writeDesadv([ASN], { ...DEFAULT_SEPARATORS, release: null })).toThrow(/no release character/);
    const plain = { ...ASN, asnId: 'D1', supplier: { name: 'Plain' }, shipTo: { name: 'DC 1' } };
    expect(() => writeDesadv([plain], { ...DEFAULT_SEPARATORS, release: null }, { preparedAt: AT })).not.toThrow();
  });
});

describe('DTM dates (formats 102, 203, 204)', () => {
  it('reads them as ISO 8601 and refuses impossible dates and unknown formats', () => {
    expect(readEdifactDate('20240229', '102')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readEdifactDate('202402291530', '203')).toEqual({ ok: true, value: '2024-02-29T15:30' });
    expect(readEdifactDate('20240229153045', '')).toEqual({ ok: true, value: '2024-02-29T15:30:45' });
    expect(readEdifactDate('20230229', '102')).toMatchObject({ ok: false });
    expect(readEdifactDate('202401011260', '203')).toMatchObject({ ok: false });
    expect(readEdifactDate('240101', '101')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('101') as unknown,
    });
  });

  it('writes ISO 8601 back in the format of its precision, dropping zone and fraction', () => {
    expect(edifactDateOf('2024-02-29')).toEqual({ value: '20240229', format: '102' });
    expect(edifactDateOf('2024-02-29T15:30')).toEqual({ value: '202402291530', format: '203' });
    expect(edifactDateOf('2024-02-29T15:30:45.123Z')).toEqual({ value: '20240229153045', format: '204' });
    expect(edifactDateOf('29/02/2024')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { WARNINGS_PER_CODE } from './problems';
import { edifactDesadvImporter } from './desadv-importer';
import { codes, edi, interchange, readOk, readOne } from './test-support/edi';

/** What the DESADV reader takes from each segment (inline files; the public fixtures are in test/asn-import). */
const HEADER = [
  'BGM+351+DES1001+9',
  'DTM+137:202401020304:203',
  'DTM+11:20240102:102',
  'DTM+17:202401031530:203',
  'RFF+ON:PO-7',
  'DTM+171:20231224:102',
  'RFF+PK:PL-55',
  'RFF+BM:BOL-9',
  'NAD+SU+5411234512309::9++ACME FOODS:BV',
  'RFF+VA:BE0123',
  'NAD+BY+5412345000013::9',
  'NAD+DP+5412345123453::9',
  'NAD+SF+5412345000105::9',
  'TDT+20++30+31+ABCD::182:Road Runner',
  'EQD+TE+TRL-42',
  'SEL+S1+CA',
  'SEL+S2+CA',
];

describe('edifactDesadvImporter, header', () => {
  it('reads the despatch number, dates, order, references, parties and transport', () => {
    const asn = readOne(interchange([...HEADER, 'CPS+1', 'LIN+1++5410738000152:SRV', 'QTY+12:4']));
    expect(asn).toMatchObject({
      asnId: 'DES1001',
      version: 1,
      status: 'open',
      source: { format: 'edifact-desadv', origin: 'test.edi', controlRefs: ['IC1', 'M1'] },
      supplier: { name: 'ACME FOODS BV', gln: '5411234512309' },
      buyer: { gln: '5412345000013' },
      shipTo: { gln: '5412345123453' },
      shipFrom: { gln: '5412345000105' },
      carrier: { scac: 'ABCD', name: 'Road Runner', trailer: 'TRL-42', seals: ['S1', 'S2'], billOfLading: 'BOL-9' },
      shippedAt: '2024-01-02',
      expectedArrival: '2024-01-03T15:30',
      orders: [{ poNumber: 'PO-7', poDate: '2023-12-24' }],
      references: [{ qualifier: 'PK', value: 'PL-55' }],
    });
    expect(asn.warnings).toEqual([]);
  });

  it('marks a cancellation (BGM 1225 = 1 or 3) and reads a D.01B version (C106 1056)', () => {
    expect(readOne(interchange(['BGM+351+D1+1', 'CPS+1', 'LIN+1++5410738000152:SRV', 'QTY+12:1'])).status).toBe(
      'cancelled',
    );
    expect(readOne(interchange(['BGM+351+D1:4+5', 'CPS+1', 'LIN+1++5410738000152:SRV', 'QTY+12:1'])).version).toBe(4);
  });

  it('keeps a cancellation that lists nothing (nothing to receive is only an error for an open despatch advice)', () => {
    expect(readOne(interchange(['BGM+351+D1+3'])).status).toBe('cancelled');
  });

  it('warns about unknown codes, lower-case qualifiers, bad GLNs and malformed dates, and keeps reading', () => {
    const asn = readOne(
      interchange([
        'BGM+999+D2+77',
        'DTM+11:20241332:102',
        'DTM+17:2024:999',
        'DTM+ZZ9:20240101:102',
        'RFF+QQQ:1',
        'NAD+su+5411234512300::9',
        'NAD+XX+1',
        'XYZ+1',
        'CPS+1',
        'LIN+1++5410738000152:SRV',
        'QTY+12:1',
      ]),
    );
    expect(codes(asn)).toEqual([
      'document-code',
      'message-function',
      'bad-date',
      'bad-date',
      'unknown-qualifier',
      'unknown-qualifier',
      'lower-case-qualifier',
      'gln-check-digit',
      'unknown-qualifier',
      'unknown-segment',
    ]);
    expect(asn.supplier).toEqual({ name: '5411234512300', code: { qualifier: '9', value: '5411234512300' } });
  });

  it('uses the UNB sender as supplier when there is no NAD+SU, and says so', () => {
    const asn = readOne(interchange(['BGM+351+D3+9', 'CPS+1', 'LIN+1++5410738000152:SRV', 'QTY+12:1']));
    expect(asn.supplier).toEqual({ name: '5412345000013', gln: '5412345000013' });
    expect(codes(asn)).toContain('no-supplier');
  });
});

describe('edifactDesadvImporter, lines', () => {
  it('reads item ids, description, quantities, lot, expiry, serials and the order line', () => {
    const asn = readOne(
      interchange([
        'BGM+351+D4+9',
        'NAD+SU+5411234512309::9',
        'RFF+ON:PO-1',
        'RFF+ON:PO-2',
        'CPS+1',
        'LIN+10++5410738000152:SRV',
        'PIA+1+ART-9:SA+B-77:IN+LOT-A:NB+SER1:SN+SER2:SN',
        'IMD+F++:::Pallet of beans:extra fine',
        'QTY+12:12.5:KGM',
        'QTY+21:20:KGM',
        'QTY+52:6',
        'QTY+192:1',
        'DTM+36:20250630:102',
        'RFF+ON:PO-2:4',
        'PCI+36E',
        'GIN+BN+SER3+SER1',
        'LIN+11',
        'PIA+5+ONLY-VENDOR:SA',
        'QTY+12:3',
      ]),
    );
    expect(asn.lines).toEqual([
      {
        lineId: '10',
        unitId: null,
        itemIds: [
          { qualifier: 'gtin', senderQualifier: 'SRV', value: '05410738000152' },
          { qualifier: 'vendor', senderQualifier: 'SA', value: 'ART-9' },
          { qualifier: 'buyer', senderQualifier: 'IN', value: 'B-77' },
        ],
        gtin: '05410738000152',
        description: 'Pallet of beans extra fine',
        quantity: '12.5',
        uom: 'KGM',
        orderedQuantity: '20',
        packSize: '6',
        lot: 'LOT-A',
        expiry: '2025-06-30',
        serials: ['SER1', 'SER2', 'SER3'],
        poNumber: 'PO-2',
        poLine: '4',
      },
      {
        lineId: '11',
        unitId: null,
        itemIds: [{ qualifier: 'vendor', senderQualifier: 'SA', value: 'ONLY-VENDOR' }],
        quantity: '3',
        uom: 'PCE',
        serials: [],
      },
    ]);
    expect(asn.orders.map((order) => order.poNumber)).toEqual(['PO-1', 'PO-2']);
    expect(asn.warnings).toEqual([]);
  });

  it('reads a decimal comma (UNA) and keeps huge quantities exact', () => {
    const text = interchange(['BGM+351+D5+9', 'CPS+1', 'LIN+1++5410738000152:SRV', 'QTY+12:121212121212,121']).replace(
      /^/,
      "UNA:+,? '",
    );
    expect(readOne(text).lines[0]?.quantity).toBe('121212121212.121');
  });

  it('gives the single header order to lines that name none, and line ids that repeat a suffix', () => {
    const asn = readOne(
      interchange([
        'BGM+351+D6+9',
        'RFF+ON:PO-9',
        'CPS+1',
        'LIN+1++5410738000152:SRV',
        'QTY+12:1',
        'LIN+1++5410738000169:SRV',
        'QTY+12:2',
        'LIN+++5410738000169:SRV',
        'QTY+12:2',
      ]),
    );
    expect(asn.lines.map((line) => [line.lineId, line.poNumber])).toEqual([
      ['1', 'PO-9'],
      ['1#2', 'PO-9'],
      ['L3', 'PO-9'],
    ]);
  });

  it('warns about a GTIN with a wrong check digit, a line without quantity and conflicting lots', () => {
    const asn = readOne(
      interchange([
        'BGM+351+D7+9',
        'NAD+SU+5411234512309::9',
        'CPS+1',
        'LIN+1++5410738000153:EN',
        'PIA+1+L1:NB',
        'RFF+BT:L2',
        'LIN+2++5410738000152:SRV',
        'QTY+12:1',
      ]),
    );
    expect(codes(asn)).toEqual(['gtin-check-digit', 'no-quantity', 'lot-conflict']);
    expect(asn.lines[0]).toMatchObject({ quantity: '0', lot: 'L1', itemIds: [{ value: '5410738000153' }] });
    expect(asn.lines[0]?.gtin).toBeUndefined();
  });

  it('reads a message without CPS levels, with a warning that its lines sit in no package', () => {
    const asn = readOne(
      interchange(['BGM+351+D8+9', 'NAD+SU+5411234512309::9', 'LIN+1++5410738000152:SRV', 'QTY+12:1']),
    );
    expect(asn.lines[0]?.unitId).toBeNull();
    expect(codes(asn)).toEqual(['no-cps']);
  });

  it('caps repeated warnings of one kind and counts the rest', () => {
    const lines = Array.from({ length: WARNINGS_PER_CODE + 5 }, (_, i) => [`LIN+${i + 1}++1:EN`, 'QTY+12:1']).flat();
    const asn = readOne(interchange(['BGM+351+D9+9', 'CPS+1', ...lines]));
    expect(codes(asn).filter((code) => code === 'gtin-check-digit')).toHaveLength(WARNINGS_PER_CODE + 1);
    expect(asn.warnings.at(-1)?.message).toContain('5 more warnings');
  });
});

describe('edifactDesadvImporter.sniff', () => {
  it('recognises EDIFACT by its first service segment, with or without BOM and UNA', () => {
    expect(edifactDesadvImporter.sniff("\uFEFFUNA:+.? 'UNB+UNOC:3'")).toBe(true);
    expect(edifactDesadvImporter.sniff("\r\nUNH+1+DESADV:D:96A:UN'")).toBe(true);
    expect(edifactDesadvImporter.sniff('ISA*00*')).toBe(false);
    expect(
      readOk(edi('UNH+1+DESADV:D:96A:UN', 'BGM+351+X+9', 'CPS+1', 'LIN+1++5410738000152:SRV', 'QTY+12:1', 'UNT+6+1')),
    ).toHaveLength(1);
  });
});

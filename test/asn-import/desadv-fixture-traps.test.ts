import { describe, expect, it } from 'vitest';
import type { CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { edifactDesadvImporter } from '../../renderer/src/domain/asn/edifact/desadv-importer';
import { sumQuantities } from '../../renderer/src/domain/quantity';
import { fixtureText, importFixture } from './edifact-fixtures';

/** The traps ../shared/fixtures/edi/INDEX.md lists for the EDIFACT samples (#14–#18), one by one. */
const codes = (asn: CanonicalAsn | undefined): string[] => asn?.warnings.map((warning) => warning.code) ?? [];
const count = (asn: CanonicalAsn | undefined, code: string): number => codes(asn).filter((c) => c === code).length;

describe('#14 edifact_desadv_D96A_EAN007_edifabric_DespatchAdvice.txt (EANCOM manual example)', () => {
  const [asn] = importFixture('edifact_desadv_D96A_EAN007_edifabric_DespatchAdvice.txt');

  it('strips the BOM, uses default separators (no UNA) and reads DES587441 with its order and dates', () => {
    expect(asn).toMatchObject({
      asnId: 'DES587441',
      status: 'open',
      shippedAt: '2002-04-03',
      expectedArrival: '2002-04-03',
      orders: [{ poNumber: '12332', poDate: '2002-03-25' }],
      supplier: { gln: '5411234512309' },
      buyer: { gln: '5412345000013' },
      shipTo: { gln: '5412345123453' },
      shipFrom: { gln: '5412345000105' },
      source: { controlRefs: ['131', 'ME000001'] },
    });
  });

  it('warns that UNZ counts 2 messages for 1, and nothing else', () => {
    expect(codes(asn)).toEqual(['unz-count']);
    expect(asn?.warnings[0]?.message).toBe('UNZ says the interchange holds 2 messages, but it holds 1');
  });

  it('nests the two SSCC pallets under the consignment CPS 1, with their weights', () => {
    expect(asn?.units).toEqual([
      {
        unitId: '354107380000001051',
        sscc: '354107380000001051',
        parentUnitId: null,
        kind: 'pallet',
        packagingCode: '201',
        grossWeight: { value: '263.2', unit: 'KGM' },
      },
      {
        unitId: '354107380000001068',
        sscc: '354107380000001068',
        parentUnitId: null,
        kind: 'pallet',
        packagingCode: '201',
        grossWeight: { value: '305.1', unit: 'KGM' },
      },
    ]);
  });

  it('puts each SRV line on its pallet: 20 on …1051; 5, 3 and 12 on …1068; 40 units', () => {
    expect(asn?.lines.map((line) => [line.gtin, line.quantity, line.unitId])).toEqual([
      ['05410738000152', '20', '354107380000001051'],
      ['05410738000169', '5', '354107380000001068'],
      ['05410738000176', '3', '354107380000001068'],
      ['05410738000183', '12', '354107380000001068'],
    ]);
    expect(sumQuantities(asn?.lines.map((line) => line.quantity) ?? [])).toBe('40');
  });
});

describe('#15 edifact_desadv_D96A_EAN005_bots_desadv1.edi (robustness)', () => {
  const asns = importFixture('edifact_desadv_D96A_EAN005_bots_desadv1.edi');
  const [first, docnum] = asns;

  it('reads 3 messages as 2 ASNs: BGM++1923 (empty document code) and DOCNUM twice, merged with a warning', () => {
    expect(asns.map((asn) => asn.asnId)).toEqual(['1923', 'DOCNUM']);
    expect(count(docnum, 'merged-messages')).toBe(1);
    expect(docnum?.source.controlRefs).toEqual(['1', '8', '10']);
    expect(first?.orders).toEqual([{ poNumber: 'ref1234' }]);
    expect(docnum?.orders).toEqual([{ poNumber: 'BYORDNUM' }]);
  });

  it('CPS+123+123 names itself as parent: warned, read as the consignment, lines kept on the shipment', () => {
    expect(count(first, 'cps-self-parent')).toBe(1);
    expect(first?.units).toEqual([]);
    expect(first?.lines.map((line) => [line.itemIds[0]?.value, line.quantity, line.unitId])).toEqual([
      ['8717755680019', '48', null],
      ['08717755620071', '192', null],
    ]);
  });

  it('two CPS numbered 123 and SSCC 354123450000000014 four times: one pallet, repeats warned, check digit valid', () => {
    expect(count(docnum, 'cps-duplicate')).toBe(1);
    expect(count(docnum, 'sscc-repeated')).toBe(3);
    expect(count(docnum, 'sscc-check-digit')).toBe(0);
    expect(docnum?.units.map((unit) => unit.sscc)).toEqual(['354123450000000014']);
  });

  it('4 LIN all numbered 123 (8712345678906 × 123) stay four lines, plus message 10’s one: 615 in all', () => {
    const lines = docnum?.lines ?? [];
    expect(lines.map((line) => line.lineId)).toEqual(['123', '123#2', '123#3', '123#4', '123@10']);
    expect(lines.every((line) => line.gtin === '08712345678906')).toBe(true);
    expect(sumQuantities(lines.map((line) => line.quantity))).toBe('615');
    expect(lines[0]).toMatchObject({
      orderedQuantity: '123',
      lot: 'BATCHNUMBER',
      serials: ['SERIALNUMBER'],
      expiry: '1999-12-31',
      itemIds: [
        { qualifier: 'gtin', senderQualifier: 'EN', value: '08712345678906' },
        { qualifier: 'vendor', senderQualifier: 'SA', value: 'SUART' },
        { qualifier: 'buyer', senderQualifier: 'IN', value: 'BYART' },
      ],
    });
  });

  it('tolerates lower-case NAD qualifiers (lsp, mf), with warnings', () => {
    expect(count(docnum, 'lower-case-qualifier')).toBe(2);
    expect(docnum?.warnings.find((w) => w.code === 'lower-case-qualifier')?.message).toContain('"lsp"');
  });
});

describe('#16 edifact_desadv_D96A_EAN005_bots_dutchic_desadv1.edi (8 messages, huge 3-decimal quantities)', () => {
  const asns = importFixture('edifact_desadv_D96A_EAN005_bots_dutchic_desadv1.edi');

  it('reads 8 despatch advices VERZENDVB8 … VERZENDVB1 with orders 124 … 117', () => {
    expect(asns.map((asn) => asn.asnId)).toEqual([8, 7, 6, 5, 4, 3, 2, 1].map((n) => `VERZENDVB${n}`));
    expect(asns.map((asn) => asn.orders[0]?.poNumber)).toEqual([
      '124',
      '123',
      '122',
      '121',
      '120',
      '119',
      '118',
      '117',
    ]);
  });

  it('keeps 121212121212.121 exact and sums message 1 per item without floating point', () => {
    const lines = asns[0]?.lines ?? [];
    expect(lines[11]?.quantity).toBe('121212121212.121');
    const total = (gtin: string) =>
      sumQuantities(lines.filter((line) => line.gtin === gtin).map((line) => line.quantity));
    expect(total('08712345003906')).toBe('10007004001');
    expect(total('08712345003913')).toBe('110080050020');
    expect(total('08712345003920')).toBe('122112721512.121');
    expect(sumQuantities(lines.map((line) => line.quantity))).toBe('242199775533.121');
  });

  it('message 2 (VERZENDVB7, order 123): 8712345003906 = 48, 8712345003913 = 250; no SSCC, no unit', () => {
    expect(asns[1]?.lines.map((line) => [line.gtin, line.quantity, line.unitId, line.poNumber])).toEqual([
      ['08712345003906', '48', null, '123'],
      ['08712345003913', '250', null, '123'],
    ]);
    expect(asns.every((asn) => asn.units.length === 0 && asn.warnings.length === 0)).toBe(true);
  });
});

describe('#17 edifact_desadv_D96A_phpedifact_D96ADESADV.edi (book trade)', () => {
  const [asn] = importFixture('edifact_desadv_D96A_phpedifact_D96ADESADV.edi');

  it('tolerates UNH DESADV:0:96A:UN and BGM function 700101, with warnings', () => {
    expect(asn?.asnId).toBe('Y02197250');
    expect(codes(asn)).toEqual(['message-version', 'message-function', 'misplaced-agency', 'misplaced-agency']);
  });

  it('reads orders from the header and the lines, and the RFF+PK packing list', () => {
    expect(asn?.orders.map((order) => order.poNumber)).toEqual(['6877871', '6905456']);
    expect(asn?.references).toEqual([{ qualifier: 'PK', value: 'VEE0214439' }]);
    expect(asn?.shippedAt).toBe('2016-07-26');
  });

  it('reads parties with the SAN agency 31B sent in the wrong element', () => {
    expect(asn?.supplier).toEqual({ name: '1694901', code: { qualifier: '31B', value: '1694901' } });
    expect(asn?.buyer).toEqual({ name: '01131116', code: { qualifier: '31B', value: '01131116' } });
  });

  it('makes CPS+IE2156580387 a package without SSCC and reads books identified only by PIA+5 ISBN-13', () => {
    expect(asn?.units).toEqual([{ unitId: 'IE2156580387', parentUnitId: null, kind: 'package' }]);
    expect(asn?.lines).toEqual([
      expect.objectContaining({
        lineId: '001',
        unitId: 'IE2156580387',
        itemIds: [{ qualifier: 'isbn', senderQualifier: '', value: '9780738507330' }],
        gtin: '09780738507330',
        description: 'MUNCIE THE MIDDLE',
        quantity: '1',
        poNumber: '6877871',
      }),
      expect.objectContaining({
        lineId: '002',
        itemIds: [{ qualifier: 'isbn', senderQualifier: '', value: '9781568361871' }],
        description: 'ROADS TO SATA A 2',
        quantity: '1',
        poNumber: '6905456',
      }),
    ]);
  });
});

describe('#18 edifact_recadv_D96A_ibm-interns_TransmitFile_msgonly.edi', () => {
  it('is refused: a RECADV is a receiving advice, not a despatch advice', () => {
    const name = 'edifact_recadv_D96A_ibm-interns_TransmitFile_msgonly.edi';
    const result = edifactDesadvImporter.read({ text: fixtureText(name), fileName: name });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'not-desadv',
          message: expect.stringContaining(
            'this is a RECADV receiving advice, not a DESADV despatch advice',
          ) as unknown,
          at: { line: 1, segment: 1, tag: 'UNH' },
        },
      ],
    });
  });
});

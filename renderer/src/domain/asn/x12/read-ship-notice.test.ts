import { describe, expect, it } from 'vitest';
import type { CanonicalAsn } from '../canonical-asn';
import { x12AsnImporter } from './x12-asn-importer';

/**
 * Reader rules that the public samples do not all exercise: lot rows that split a line, parents inferred in
 * S/O/T/P/I, marks on item loops, several LINs in one HL, line detail (lot, expiry, serials), and the warnings
 * for what a receiver should know. Files are built here (no fixtures).
 */
const ISA =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*U*00401*000000009*0*P*>~';

function x12(body: readonly string[], { version = '004010', purpose = '00', structure = '0001' } = {}): string {
  const set = ['ST*856*0001', `BSN*${purpose}*SHIP9*20240101*1200*${structure}`, ...body];
  const segments = [`GS*SH*SENDER*RECEIVER*20240101*1200*9*X*${version}`, ...set, `SE*${set.length + 1}*0001`];
  return [ISA, ...segments.map((s) => `${s}~`), 'GE*1*9~', 'IEA*1*000000009~'].join('\n');
}

function asnOf(text: string): CanonicalAsn {
  const result = x12AsnImporter.read({ text, fileName: 't.x12' });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  const [asn] = result.asns;
  if (!asn) throw new Error('no ASN');
  return asn;
}

const codes = (asn: CanonicalAsn): string[] => asn.warnings.map((w) => w.code);
const PACK = [
  'HL*1**S',
  'HL*2*1*O',
  'PRF*PO7',
  'HL*3*2*P',
  'MAN*GM*00000010012345614788',
  'LIN**UP*008815509183',
  'SN1**10*CA',
];

describe('reading an 856 transaction set', () => {
  it('splits a line by its lot rows (ZZ levels) and keeps the count', () => {
    const asn = asnOf(
      x12([
        ...PACK,
        'HL*4*3*ZZ',
        'LIN**LT*A1',
        'SN1**4*CA',
        'DTM*036*20261231',
        'HL*5*3*ZZ',
        'LIN**LT*B2',
        'SN1**6*CA',
      ]),
    );
    expect(asn.lines.map((line) => [line.lineId, line.lot, line.quantity, line.expiry, line.gtin])).toEqual([
      ['ST0001/HL4', 'A1', '4', '2026-12-31', '00008815509183'],
      ['ST0001/HL5', 'B2', '6', undefined, '00008815509183'],
    ]);
    expect(asn.lines.every((line) => line.unitId === '000010012345614788' && line.poNumber === 'PO7')).toBe(true);
    expect(asn.warnings).toEqual([]);
  });

  it('gives a single lot to its line, keeping the ordered quantity, whether in a ZZ loop or the same loop', () => {
    const zz = asnOf(x12([...PACK.slice(0, -1), 'SN1**10*CA**12*CA', 'HL*4*3*ZZ', 'LIN**LT*A1', 'SN1**10*CA']));
    expect(zz.lines).toMatchObject([{ lineId: 'ST0001/HL3', lot: 'A1', quantity: '10', orderedQuantity: '12' }]);
    const same = asnOf(x12([...PACK, 'LIN**LT*A1', 'SN1**10*CA', 'DTM*036*20270101']));
    expect(same.lines).toMatchObject([{ lineId: 'ST0001/HL3.1', lot: 'A1', quantity: '10', expiry: '2027-01-01' }]);
    expect([...zz.warnings, ...same.warnings]).toEqual([]);
  });

  it('warns when lot rows do not add up to their line, and when they carry no quantity', () => {
    const short = asnOf(x12([...PACK, 'HL*4*3*ZZ', 'LIN**LT*A1', 'SN1**4*CA']));
    expect(codes(short)).toEqual(['x12-lot-sum']);
    expect(short.lines.map((line) => line.quantity)).toEqual(['4']);
    const bare = asnOf(x12([...PACK, 'HL*4*3*ZZ', 'LIN**LT*A1', 'HL*5*3*ZZ', 'LIN**LT*B2']));
    expect(codes(bare)).toEqual(['x12-lot-quantity-missing']);
    expect(bare.lines.map((line) => [line.quantity, line.lot])).toEqual([['10', undefined]]);
  });

  it('infers parents in S/O/T/P/I from the order of the loops when HL02 is empty', () => {
    const asn = asnOf(
      x12([
        'HL*1**S',
        'HL*2**O',
        'PRF*PO1',
        'HL*3**T',
        'MAN*GM*00000010012345614788',
        'HL*4**P',
        'HL*5**I',
        'LIN**VN*A',
        'SN1**1*EA',
        'HL*6**P',
        'HL*7**I',
        'LIN**VN*B',
        'SN1**2*EA',
        'HL*8**O',
        'PRF*PO2',
        'HL*9**I',
        'LIN**VN*C',
        'SN1**3*EA',
      ]),
    );
    expect(asn.units.map((unit) => [unit.unitId, unit.parentUnitId, unit.kind])).toEqual([
      ['000010012345614788', null, 'tare'],
      ['ST0001/HL4', '000010012345614788', 'carton'],
      ['ST0001/HL6', '000010012345614788', 'carton'],
    ]);
    expect(asn.lines.map((line) => [line.unitId, line.poNumber])).toEqual([
      ['ST0001/HL4', 'PO1'],
      ['ST0001/HL6', 'PO1'],
      [null, 'PO2'],
    ]);
    expect(codes(asn)).toEqual(['x12-hl-parent-inferred']);
  });

  it('makes an item loop with a MAN mark a carton, and reads several LINs in one loop', () => {
    const asn = asnOf(
      x12([
        'HL*1**S',
        'HL*2*1*I',
        'MAN*GM*00000010012345614788',
        'LIN*1*SK*A*ZX*q',
        'SN1**1*EA',
        'REF*SE*S-1',
        'REF*SE*S-2',
        'LIN*2*SK*B',
        'SN1**2*EA*3*4*EA',
        'PO4*6',
        'PID*F****BLUE WIDGET',
        'REF*LT*L9',
      ]),
    );
    expect(asn.units).toEqual([
      { unitId: '000010012345614788', sscc: '000010012345614788', parentUnitId: null, kind: 'carton' },
    ]);
    expect(asn.lines).toMatchObject([
      { lineId: 'ST0001/HL2.1', poLine: '1', serials: ['S-1', 'S-2'], unitId: '000010012345614788' },
      { lineId: 'ST0001/HL2.2', orderedQuantity: '4', packSize: '6', description: 'BLUE WIDGET', lot: 'L9' },
    ]);
    expect(asn.lines[0]?.itemIds).toContainEqual({ qualifier: 'other', senderQualifier: 'ZX', value: 'q' });
    expect(codes(asn)).toEqual(['x12-unknown-qualifier']);
  });

  it('warns about an SN1 with no LIN and leaves out a LIN with no SN1', () => {
    const asn = asnOf(x12(['HL*1**S', 'HL*2*1*I', 'SN1**5*EA', 'LIN**SK*A', 'HL*3*1*I', 'LIN**SK*B', 'SN1**1*EA']));
    expect(codes(asn)).toEqual(['x12-sn1-without-lin', 'x12-lin-without-sn1']);
    expect(asn.lines.map((line) => line.itemIds[0]?.value)).toEqual(['B']);
  });

  it('keeps a repeated SSCC on both units, under distinct ids, with a warning', () => {
    const asn = asnOf(x12([...PACK, 'HL*4*2*P', 'MAN*GM*000010012345614788', 'LIN**SK*A', 'SN1**1*EA']));
    expect(asn.units.map((unit) => [unit.unitId, unit.sscc])).toEqual([
      ['000010012345614788', '000010012345614788'],
      ['ST0001/HL4', '000010012345614788'],
    ]);
    expect(codes(asn)).toEqual(['x12-sscc-duplicate']);
  });

  it('reads BSN01: cancellation and delete cancel, replace and others stay open, unknown codes warn', () => {
    expect(asnOf(x12(['HL*1**S'], { purpose: '01' })).status).toBe('cancelled');
    expect(asnOf(x12(['HL*1**S'], { purpose: '03' })).status).toBe('cancelled');
    expect(asnOf(x12(PACK, { purpose: '05' }))).toMatchObject({ status: 'open', warnings: [] });
    expect(codes(asnOf(x12(PACK, { purpose: '77' })))).toEqual(['x12-unknown-qualifier']);
  });

  it('warns about versions outside 003060–005010 and control totals that disagree', () => {
    expect(codes(asnOf(x12(PACK, { version: '002040' })))).toEqual(['x12-version']);
    expect(codes(asnOf(x12([...PACK, 'CTT*3*10'])))).toEqual([]);
    expect(codes(asnOf(x12([...PACK, 'CTT*7*11'])))).toEqual(['x12-ctt-count', 'x12-ctt-hash']);
  });

  it('skips other transaction sets of the file with a warning', () => {
    const text = x12(PACK).replace('GE*1*9~', 'ST*810*0002~\nBIG*20240101*INV1~\nSE*3*0002~\nGE*2*9~');
    const asn = asnOf(text);
    expect(asn.warnings).toEqual([
      expect.objectContaining({ code: 'x12-other-set', at: { line: 13, segment: 13, tag: 'ST' } }),
    ]);
  });

  it('reads shipment details: carrier, seals, dates with times, parties with GLNs, weights', () => {
    const asn = asnOf(
      x12([
        'DTM*011*20240102*0930',
        'HL*1**S',
        'TD1*PLT94*2****G*1234.500*KG',
        'TD5*B*2*ABCD*M*ACME FREIGHT',
        'TD3*TL*XY*123456******SEAL1',
        'REF*SN*SEAL2',
        'REF*BM*BOL1',
        'REF*CN*PRO1',
        'DTM*067*20240103*171543',
        'N1*ST*DC 7*UL*0078742035260',
        'N1*VN*MAKER*92*V1',
        ...PACK.slice(1),
      ]),
    );
    expect(asn).toMatchObject({
      shippedAt: '2024-01-02T09:30',
      expectedArrival: '2024-01-03T17:15:43',
      grossWeight: { value: '1234.5', unit: 'KG' },
      carrier: {
        scac: 'ABCD',
        name: 'ACME FREIGHT',
        trailer: 'XY123456',
        seals: ['SEAL1', 'SEAL2'],
        billOfLading: 'BOL1',
        proNumber: 'PRO1',
      },
      shipTo: { name: 'DC 7', gln: '0078742035260' },
      supplier: { name: 'MAKER', code: { qualifier: '92', value: 'V1' } },
    });
  });
});

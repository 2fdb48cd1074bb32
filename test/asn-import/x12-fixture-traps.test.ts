import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { x12AsnImporter } from '../../renderer/src/domain/asn/x12/x12-asn-importer';
import { businessContent } from '../../renderer/src/domain/asn/x12/test-support/business-content';
import { sumQuantities } from '../../renderer/src/domain/quantity';
import { FIXTURE_DIR, fixtureText, importFixture } from './x12-fixture-facts';

/**
 * One assertion per trap that ../shared/fixtures/edi/INDEX.md lists for the X12 files (#1–#13): each is a way real
 * partner files break naive readers. The generic, expected.json-driven checks are in x12-fixtures.test.ts.
 */
function only(file: string): CanonicalAsn {
  const asns = importFixture(file);
  expect(asns).toHaveLength(1);
  const [asn] = asns;
  if (!asn) throw new Error('no ASN');
  return asn;
}

const codes = (asn: CanonicalAsn): string[] => asn.warnings.map((w) => w.code);
const total = (asn: CanonicalAsn): string => sumQuantities(asn.lines.map((line) => line.quantity));

describe('X12 fixture traps (INDEX.md)', () => {
  it('#1 edifabric ShipNotice: BOM, wrong SSCC check digits, GE01 2 for 1 ST, DTM*011*200, ISA12 00204', () => {
    const asn = only('x12_856_edifabric_ShipNotice.txt');
    expect(asn.asnId).toBe('01140824');
    expect(asn.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'MAN*GM 00000010012345614785 at line 23: SSCC check digit should be 8, label says 5',
        'MAN*GM 00000010012378945698 at line 38: SSCC check digit should be 9, label says 8',
        'GE01 says 2 transaction set(s) but group 000000001 holds 1',
        'DTM*011*200 at line 12: "200" is not a date (CCYYMMDD); ignored',
      ]),
    );
    expect(asn.warnings.find((w) => w.code === 'x12-date-malformed')?.at).toEqual({
      line: 12,
      segment: 12,
      tag: 'DTM',
    });
    expect(asn.shippedAt).toBeUndefined();
    expect(codes(asn)).toContain('x12-isa-version');
    expect(asn.units.map((unit) => unit.sscc)).toEqual(['000010012345614785', '000010012378945698']);
    expect(asn.shipTo?.gln).toBe('0078742035260');
    expect(asn.orders.map((order) => order.buyer?.gln)).toEqual(['0078742000992', '0078742000015']);
    expect(asn.carrier).toMatchObject({
      scac: 'JBHT',
      trailer: 'ABCD07213567',
      billOfLading: '01140824',
      proNumber: '082131',
    });
    expect(asn.carrier.seals).toEqual(['30394938483234']);
    expect(total(asn)).toBe('26');
  });

  it('#2 Example1: element ~, component `, segment * with CRLF and indentation; LB line; LIN01 004', () => {
    const asn = only('x12_856_oopfactory_Example1.txt');
    expect(asn.asnId).toBe('123456');
    expect(asn.orders).toEqual([{ poNumber: '123456', releaseNumber: '1234' }]);
    expect(asn.lines.map((line) => [line.poLine, line.quantity, line.uom])).toEqual([
      ['001', '16', 'PC'],
      ['002', '23', 'LB'],
      ['004', '16', 'PC'],
    ]);
    expect(asn.units).toEqual([]);
    expect(asn.warnings).toEqual([]);
  });

  it('#3 Example2: empty BSN02 gets a derived id named in a warning; 003060 YYMMDD dates; PRF in item loops', () => {
    const asn = only('x12_856_oopfactory_Example2.txt');
    expect(asn.asnId).toBe('201495124-000000001-0001');
    expect(asn.warnings.find((w) => w.code === 'x12-bsn02-empty')?.message).toContain('"201495124-000000001-0001"');
    expect(asn.shippedAt).toBe('2003-06-19T14:45');
    expect(asn.orders).toEqual([
      { poNumber: 'B00000389', releaseNumber: '0005' },
      { poNumber: 'B00003489', releaseNumber: '0002' },
    ]);
    expect(asn.lines.map((line) => [line.poNumber, line.itemIds[0]?.value, line.quantity])).toEqual([
      ['B00000389', 'rt2371', '1400'],
      ['B00003489', 'lt2372', '1500'],
    ]);
    expect(asn.grossWeight).toEqual({ value: '3100', unit: 'LB' });
    expect(codes(asn)).not.toContain('x12-ctt-hash'); // CTT*2*2900 is right
  });

  it('#4 Example3: U+2026 terminator, buyer part numbers with spaces, LIN01 out of order', () => {
    const asn = only('x12_856_oopfactory_Example3.txt');
    expect(asn.asnId).toBe('146940');
    expect(asn.lines.map((line) => [line.poLine, line.itemIds[0]?.value, line.quantity])).toEqual([
      ['00030', '000 260 056 524', '1596'],
      ['00010', '000 260 120 524', '1152'],
      ['00020', '000 260 121 524', '1440'],
    ]);
    expect(asn.orders).toEqual([{ poNumber: '5500005194', poDate: '2004-09-17' }]);
    expect(asn.warnings).toEqual([]);
  });

  it('#5 Example4: HL02 empty everywhere, parents inferred; PO with a space; SN105 ordered', () => {
    const asn = only('x12_856_oopfactory_Example4.txt');
    expect(asn.asnId).toBe('DELIVERYNUMBER');
    expect(codes(asn)).toEqual(['x12-hl-parent-inferred']);
    expect(asn.lines).toHaveLength(7);
    expect(new Set(asn.lines.map((line) => line.poNumber))).toEqual(new Set(['PO NUMBER']));
    expect(asn.lines.every((line) => line.orderedQuantity === line.quantity)).toBe(true);
    expect(total(asn)).toBe('65');
  });

  it('#6 FromGregarican: valid (00)-prefixed SSCC, GS08 004010VICS, an EN that is no GTIN', () => {
    const asn = only('x12_856_oopfactory_FromGregarican.txt');
    expect(asn.units).toEqual([
      { unitId: '007121610006156802', sscc: '007121610006156802', parentUnitId: null, kind: 'carton' },
    ]);
    expect(asn.lines[0]).toMatchObject({ unitId: '007121610006156802', gtin: '00883932284904', quantity: '1' });
    expect(codes(asn)).toEqual(['x12-gtin-invalid']);
    expect(asn.warnings[0]?.message).toContain('R08916DSSDDBDI7');
  });

  it('#7 edi1Source: ISA11 "-" is a repetition separator, never split on (REF*BM*999999-001)', () => {
    const asn = only('x12_856_oopfactory_edi1Source.txt');
    expect(asn.asnId).toBe('829716');
    expect(asn.carrier.billOfLading).toBe('999999-001');
    expect(asn.shippedAt).toBe('2011-12-06');
    expect(asn.orders).toEqual([{ poNumber: '99999817', poDate: '2011-12-05' }]);
    expect(
      asn.lines.map((line) => [line.itemIds.find((id) => id.senderQualifier === 'VP')?.value, line.quantity]),
    ).toEqual([
      ['87787D', '24'],
      ['99887D', '6'],
    ]);
    expect(codes(asn)).not.toContain('x12-unknown-qualifier'); // BSN01 14 is a known purpose
  });

  it('#8 gozer asn856: newline terminators, no final newline, ISA13 ≠ IEA02; same content as #7', () => {
    const asn = only('x12_856_gozer_asn856.txt');
    expect(asn.warnings.find((w) => w.code === 'x12-iea-control')?.message).toBe(
      'IEA02 000000049 does not match ISA13 000003438: the interchange control numbers differ',
    );
    expect(businessContent(asn)).toEqual(businessContent(only('x12_856_oopfactory_edi1Source.txt')));
  });

  it('#9 gozer EntireTxSet: no envelope, SE01 296 for 52, tare SSCC check digit, S/O/I/P and S/O/T/P/I', () => {
    const asn = only('x12_856_gozer_EntireTxSet_transcribed.txt');
    expect(codes(asn)).toEqual(expect.arrayContaining(['x12-no-envelope', 'x12-se-count']));
    expect(asn.warnings.map((w) => w.message)).toContain(
      'MAN*GM 00100700302232310393 at line 36: SSCC check digit should be 2, label says 3',
    );
    const ucWarnings = asn.warnings.filter((w) => w.message.startsWith('MAN*UC'));
    expect(ucWarnings.map((w) => w.message.split(' ')[1])).toEqual([
      '10081131916932',
      '10081131916933',
      '10081131916934',
    ]);
    const tare = asn.units.find((unit) => unit.kind === 'tare');
    expect(tare).toMatchObject({ sscc: '100700302232310393', marks: [{ qualifier: 'CP', value: '11211811413' }] });
    expect(asn.units.filter((unit) => unit.parentUnitId === tare?.unitId)).toHaveLength(2);
    expect(asn.lines.find((line) => line.lineId.endsWith('/HL3'))).toMatchObject({
      quantity: '2',
      uom: 'CA',
      unitId: null,
    });
    expect(asn.shipTo?.gln).toBe('0078742042930');
    expect(asn.shipFrom?.code?.value).toBe('0090266420000'); // sent as UL, but its check digit should be 1
    expect(asn.expectedArrival).toBe('2019-05-23');
  });

  it('#10 gozer Perishable: ZZ lot rows give the lot, not a second count; valid tare SSCC', () => {
    const asn = only('x12_856_gozer_Perishable_transcribed.txt');
    expect(total(asn)).toBe('50');
    expect(asn.lines.map((line) => [line.gtin, line.quantity, line.uom, line.lot])).toEqual([
      ['10000651037551', '5', 'CA', '1-1356484'],
      ['10000651044436', '45', 'CA', '1-1354687'],
    ]);
    expect(asn.units[0]).toMatchObject({ sscc: '000006510095090366', kind: 'tare' });
    expect(
      asn.lines.every(
        (line) => asn.units.find((unit) => unit.unitId === line.unitId)?.parentUnitId === '000006510095090366',
      ),
    ).toBe(true);
    expect(codes(asn)).toEqual(['x12-no-envelope', 'x12-se-count']);
  });

  it('#11 bots 856_1: 22-digit MAN*GM placeholders are flagged, never truncated; empty LIN pair; CTT01 = items', () => {
    const asn = only('x12_856_bots_856_1.x12');
    expect(asn.units).toHaveLength(3);
    expect(asn.units.every((unit) => unit.sscc === undefined && unit.marks?.[0]?.value.length === 22)).toBe(true);
    expect(codes(asn)).toEqual(['x12-sscc-invalid', 'x12-sscc-invalid', 'x12-sscc-invalid']);
    expect(asn.lines).toHaveLength(58);
    expect(asn.lines[0]?.itemIds.map((id) => id.senderQualifier)).toEqual(['UP', 'BP']);
    expect(total(asn)).toBe('427');
  });

  it('#12 bots 856_2: one shipment in two STs is one ASN, with HL ids kept apart', () => {
    const asn = only('x12_856_bots_856_2.x12');
    expect(asn.asnId).toBe('4167427123');
    expect(asn.warnings[0]).toMatchObject({ code: 'x12-shipment-repeated' });
    expect(asn.source.controlRefs).toEqual(['ISA13 000000002', 'GS06 2', 'ST02 0060', 'ST02 0061']);
    expect(asn.orders.map((order) => order.poNumber)).toEqual([
      'ordernumber1',
      'ordernumber2',
      'ordernumber4',
      'ordernumber',
    ]);
    expect(new Set(asn.units.map((unit) => unit.unitId)).size).toBe(7);
    expect(new Set(asn.lines.map((line) => line.lineId)).size).toBe(8);
    expect(asn.lines.filter((line) => line.orderedQuantity === '36' && line.quantity === '24')).toHaveLength(2);
    expect(total(asn)).toBe('240');
  });

  it('#13 861: refused as a receiving advice, with the ST line', () => {
    const result = x12AsnImporter.read({ text: fixtureText('x12_861_edifabric_ReceivingAdvice.txt'), fileName: '861' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'x12-no-856',
          message: expect.stringContaining('an 861 receiving advice, not an 856 ship notice') as unknown,
          at: { line: 3, segment: 3, tag: 'ST' },
        },
      ],
    });
  });

  it('EDIFACT files are not X12: sniff says no, read says what they are', () => {
    for (const file of readdirSync(FIXTURE_DIR).filter((name) => name.startsWith('edifact_'))) {
      const text = fixtureText(file);
      expect(x12AsnImporter.sniff(text), file).toBe(false);
      const result = x12AsnImporter.read({ text, fileName: file });
      expect(result.ok ? '' : result.errors[0]?.message, file).toMatch(/Not an X12 file.*(EDIFACT|starts with)/);
    }
    for (const file of readdirSync(FIXTURE_DIR).filter((name) => name.startsWith('x12_856'))) {
      expect(x12AsnImporter.sniff(fixtureText(file)), file).toBe(true);
    }
  });
});

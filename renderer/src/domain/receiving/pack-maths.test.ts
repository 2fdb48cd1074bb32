import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from '../gs1/check-digit';
import { parseScan } from '../gs1/parse-scan';
import {
  convertQuantity,
  countFromScan,
  countScanInLineUnit,
  dockUnitOf,
  gtin14,
  nestedPackaging,
  packagingForLine,
} from './pack-maths';

const EACH = withGs1CheckDigit('0401234500001'); // 13 digits: a GTIN-13 item
const PACK = withGs1CheckDigit('1040123450000'); // GTIN-14 of the inner pack
const CASE = withGs1CheckDigit('2040123450000'); // GTIN-14 of the case
const sixPacksOfTwelve = nestedPackaging(EACH, [
  { unit: 'PK', contains: '12', gtin: PACK },
  { unit: 'CS', contains: '6', gtin: CASE },
]);
const scan = (text: string) => parseScan(text, { referenceDate: new Date(Date.UTC(2026, 10, 23)) });

describe('units of measure', () => {
  it('maps X12, Rec. 20 and Rec. 21 codes onto dock units', () => {
    expect(dockUnitOf('ea')).toBe('EA');
    expect(dockUnitOf('C62')).toBe('EA');
    expect(dockUnitOf('PCE')).toBe('EA');
    expect(dockUnitOf('CT')).toBe('CS');
    expect(dockUnitOf('CA')).toBe('CS');
    expect(dockUnitOf('PK')).toBe('PK');
    expect(dockUnitOf('PL')).toBe('PL');
    expect(dockUnitOf(' KGM ')).toBe('KGM');
    expect(dockUnitOf('LB')).toBe('LBR');
    expect(dockUnitOf('XYZ')).toBeNull();
    expect(dockUnitOf('PL', { PL: 'EA' })).toBe('EA');
  });
});

describe('packaging', () => {
  it('nests inner packs in cases', () => {
    expect(sixPacksOfTwelve.levels).toEqual([
      { unit: 'EA', each: '1', gtin: EACH },
      { unit: 'PK', each: '12', gtin: PACK },
      { unit: 'CS', each: '72', gtin: CASE },
    ]);
  });

  it("lays the ASN line's pack size over master data", () => {
    expect(packagingForLine({ uom: 'CS', packSize: '24' }).levels).toEqual([
      { unit: 'EA', each: '1' },
      { unit: 'CS', each: '24' },
    ]);
    // A line in EA shipped in packs of 12: the pack size is a case of 12.
    expect(packagingForLine({ uom: 'EA', packSize: '12', gtin: EACH }).levels).toEqual([
      { unit: 'EA', each: '1', gtin: EACH },
      { unit: 'CS', each: '12' },
    ]);
    // The supplier packed this shipment in cases of 48: the ASN wins over master data, the GTIN stays.
    const over = packagingForLine({ uom: 'CT', packSize: '48', gtin: '1' }, sixPacksOfTwelve);
    expect(over.levels.find((l) => l.unit === 'CS')).toEqual({ unit: 'CS', each: '48', gtin: CASE });
    // No EA level in master data: EA is added; an unusable pack size or a weight line adds nothing.
    expect(packagingForLine({ uom: 'KGM', packSize: '10' }, { levels: [] }).levels).toEqual([
      { unit: 'EA', each: '1' },
    ]);
    expect(packagingForLine({ uom: 'CS', packSize: 'twelve' }).levels).toHaveLength(1);
    expect(packagingForLine({ uom: 'CS', packSize: '0' }).levels).toHaveLength(1);
    expect(() => nestedPackaging(undefined, [{ unit: 'CS', contains: '0' }])).toThrow(RangeError);
  });
});

describe('convertQuantity', () => {
  it('converts counts through the packaging', () => {
    expect(convertQuantity('144', 'EA', 'CS', sixPacksOfTwelve)).toEqual({ ok: true, quantity: '2', unit: 'CS' });
    expect(convertQuantity('3', 'CS', 'PK', sixPacksOfTwelve)).toEqual({ ok: true, quantity: '18', unit: 'PK' });
    expect(convertQuantity('3', 'PK', 'CS', sixPacksOfTwelve)).toEqual({ ok: true, quantity: '0.5', unit: 'CS' });
    expect(convertQuantity('2', 'CT', 'EA', sixPacksOfTwelve)).toEqual({ ok: true, quantity: '144', unit: 'EA' });
    expect(convertQuantity('07', 'EA', 'EA', sixPacksOfTwelve)).toEqual({ ok: true, quantity: '7', unit: 'EA' });
  });

  it('reports, never rounds, a count that is not a decimal number of the target unit', () => {
    const six = nestedPackaging(undefined, [{ unit: 'CS', contains: '6' }]);
    expect(convertQuantity('7', 'EA', 'CS', six)).toEqual({
      ok: false,
      problem: 'not-whole',
      whole: '1',
      remainder: '1',
      remainderUnit: 'EA',
      message: '7 EA is 1 CS and 1 EA, not a whole number of CS: count the rest in EA',
    });
    // 5 packs of 12 into cases of 72: 0 CS and 5 PK.
    expect(convertQuantity('5', 'PK', 'CS', sixPacksOfTwelve)).toMatchObject({
      whole: '0',
      remainder: '5',
      remainderUnit: 'PK',
    });
    // Packs of 3 and cases of 7 EA (mixed packaging): 3 PK = 9 EA = 1 CS + 2 EA, and 2 EA is not whole packs.
    const odd = {
      levels: [
        { unit: 'EA', each: '1' },
        { unit: 'PK', each: '3' },
        { unit: 'CS', each: '7' },
      ],
    } as const;
    expect(convertQuantity('3', 'PK', 'CS', odd)).toMatchObject({ whole: '1', remainder: '2', remainderUnit: 'EA' });
  });

  it('converts masses by exact factors', () => {
    expect(convertQuantity('2.5', 'KGM', 'GRM', sixPacksOfTwelve)).toEqual({ ok: true, quantity: '2500', unit: 'GRM' });
    expect(convertQuantity('1', 'LB', 'KG', sixPacksOfTwelve)).toEqual({
      ok: true,
      quantity: '0.45359237',
      unit: 'KGM',
    });
    expect(convertQuantity('1', 'KGM', 'LBR', sixPacksOfTwelve)).toMatchObject({
      ok: false,
      problem: 'not-whole',
      whole: '2',
    });
  });

  it('refuses what it cannot convert', () => {
    expect(convertQuantity('1', 'BOX', 'EA', sixPacksOfTwelve)).toMatchObject({ problem: 'unknown-unit' });
    expect(convertQuantity('1', 'EA', 'FOO', sixPacksOfTwelve)).toMatchObject({ problem: 'unknown-unit' });
    expect(convertQuantity('1', 'PL', 'EA', sixPacksOfTwelve)).toMatchObject({
      problem: 'no-conversion',
      message: 'How many EA are in one PL of this item is not known: count in EA',
    });
    expect(convertQuantity('1', 'KGM', 'EA', sixPacksOfTwelve)).toMatchObject({ problem: 'no-conversion' });
    expect(() => convertQuantity('1,5', 'EA', 'EA', sixPacksOfTwelve)).toThrow(/not a decimal quantity/);
  });

  it('property: to a pack unit and back is exact when divisible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 10_000 }),
        (perPack, packsPerCase, cases) => {
          const packaging = nestedPackaging(undefined, [
            { unit: 'PK', contains: String(perPack) },
            { unit: 'CS', contains: String(packsPerCase) },
          ]);
          const each = String(perPack * packsPerCase * cases);
          const inCases = convertQuantity(each, 'EA', 'CS', packaging);
          expect(inCases).toEqual({ ok: true, quantity: String(cases), unit: 'CS' });
          expect(convertQuantity(String(cases), 'CS', 'EA', packaging)).toEqual({
            ok: true,
            quantity: each,
            unit: 'EA',
          });
        },
      ),
    );
  });

  it('property: a failed conversion always adds back up to the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 0, max: 100_000 }), (perCase, each) => {
        const packaging = nestedPackaging(undefined, [{ unit: 'CS', contains: String(perCase) }]);
        const result = convertQuantity(String(each), 'EA', 'CS', packaging);
        if (!result.ok && result.problem === 'not-whole') {
          expect(Number(result.whole) * perCase + Number(result.remainder)).toBe(each);
        }
      }),
    );
  });
});

describe('countFromScan', () => {
  it('reads (02) + (37) as a count of the level the content GTIN names', () => {
    expect(countFromScan(scan(`(00)340123450000000017(02)${PACK}(37)6`), sixPacksOfTwelve)).toEqual({
      ok: true,
      quantity: '6',
      unit: 'PK',
      gtin: PACK,
    });
    expect(countFromScan(scan(`(02)${gtin14(EACH)}(37)72`), sixPacksOfTwelve)).toMatchObject({
      quantity: '72',
      unit: 'EA',
    });
  });

  it('reads (01) alone as one of its level, and (01) + (30) as that many each', () => {
    expect(countFromScan(scan(`(01)${CASE}`), sixPacksOfTwelve)).toMatchObject({ quantity: '1', unit: 'CS' });
    expect(countFromScan(scan(EACH), sixPacksOfTwelve)).toMatchObject({
      quantity: '1',
      unit: 'EA',
      gtin: gtin14(EACH),
    });
    expect(countFromScan(scan(`(01)${CASE}(30)70`), sixPacksOfTwelve)).toMatchObject({ quantity: '70', unit: 'EA' });
  });

  it('reads (310n) net weight as exact kilograms', () => {
    expect(countFromScan(scan(`(01)${CASE}(3103)012345`), sixPacksOfTwelve)).toEqual({
      ok: true,
      quantity: '12.345',
      unit: 'KGM',
      gtin: CASE,
    });
    expect(countFromScan(scan(`(01)${CASE}(3100)000042`), sixPacksOfTwelve)).toMatchObject({ quantity: '42' });
  });

  it('says what is wrong with a scan it cannot count', () => {
    expect(countFromScan(scan('(00)340123450000000017'), sixPacksOfTwelve)).toMatchObject({
      ok: false,
      problem: 'no-item',
    });
    const other = withGs1CheckDigit('0409999900001');
    expect(countFromScan(scan(other), sixPacksOfTwelve)).toMatchObject({ ok: false, problem: 'unknown-gtin' });
    expect(countFromScan(scan(''), sixPacksOfTwelve)).toMatchObject({ ok: false, problem: 'invalid-scan' });
  });

  it("converts a case label's count into the ASN line's unit", () => {
    const line = { uom: 'CS', gtin: CASE };
    expect(countScanInLineUnit(scan(`(02)${PACK}(37)18`), line, sixPacksOfTwelve)).toMatchObject({
      ok: true,
      quantity: '3',
      unit: 'CS',
      scanned: { quantity: '18', unit: 'PK' },
    });
    expect(countScanInLineUnit(scan(`(02)${PACK}(37)7`), line, sixPacksOfTwelve)).toMatchObject({
      ok: false,
      problem: 'not-whole',
      whole: '1',
      remainder: '1',
      remainderUnit: 'PK',
    });
    expect(countScanInLineUnit(scan('(00)340123450000000017'), line)).toMatchObject({ ok: false, problem: 'no-item' });
  });
});

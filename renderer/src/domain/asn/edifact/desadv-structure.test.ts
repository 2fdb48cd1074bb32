import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from '../../gs1/check-digit';
import { codes, edi, interchange, readError, readOk, readOne } from './test-support/edi';

/** Packing hierarchy, envelopes, several messages, and the errors that reject a file (inline files). */
const SU = 'NAD+SU+5411234512309::9';
const ITEM = ['LIN+1++5410738000152:SRV', 'QTY+12:1'];
const SSCC_A = '354107380000001051';
const SSCC_B = '354107380000001068';

describe('CPS hierarchy', () => {
  it('nests units by CPS parent at any depth; the first CPS is the consignment', () => {
    const asn = readOne(
      interchange([
        'BGM+351+H1+9',
        SU,
        'CPS+1',
        'PAC+1++201',
        'CPS+2+1',
        'PAC+1++201',
        'MEA+PD+AAB+KGM:263.2',
        'PCI+33E',
        `GIN+BJ+${SSCC_A}`,
        'CPS+3+2',
        'PAC+1++CT',
        `GIN+BJ+${SSCC_B}`,
        ...ITEM,
        'CPS+4+3',
        'PAC+1++BX',
        ...ITEM.map((segment) => segment.replace('LIN+1', 'LIN+2')),
      ]),
    );
    expect(asn.units).toEqual([
      { unitId: '1', parentUnitId: null, kind: 'pallet', packagingCode: '201' },
      {
        unitId: SSCC_A,
        sscc: SSCC_A,
        parentUnitId: '1',
        kind: 'pallet',
        packagingCode: '201',
        grossWeight: { value: '263.2', unit: 'KGM' },
      },
      { unitId: SSCC_B, sscc: SSCC_B, parentUnitId: SSCC_A, kind: 'carton', packagingCode: 'CT' },
      { unitId: '4', parentUnitId: SSCC_B, kind: 'carton', packagingCode: 'BX' },
    ]);
    expect(asn.lines.map((line) => line.unitId)).toEqual([SSCC_B, '4']);
  });

  it('resolves parents named before or after their children', () => {
    const asn = readOne(
      interchange(['BGM+351+H2+9', SU, `CPS+2+1`, `GIN+BJ+${SSCC_A}`, ...ITEM, 'CPS+1', `GIN+BJ+${SSCC_B}`]),
    );
    expect(asn.units.find((unit) => unit.unitId === SSCC_A)?.parentUnitId).toBe(SSCC_B);
  });

  it('survives self-parents, missing parents, loops and repeated ids, with warnings', () => {
    const asn = readOne(
      interchange([
        'BGM+351+H3+9',
        SU,
        ...['CPS+5+5', 'CPS+6+99', 'CPS+7+8', 'CPS+8+7', 'CPS+7+6'].flatMap((cps) => [cps, 'PAC+1++CT']),
        ...ITEM,
      ]),
    );
    expect(codes(asn)).toEqual(['cps-self-parent', 'cps-missing-parent', 'cps-cycle', 'cps-duplicate']);
    expect(asn.units.map((unit) => [unit.unitId, unit.parentUnitId])).toEqual([
      ['5', null],
      ['6', null],
      ['7', '8'],
      ['8', null],
      ['7#2', '6'],
    ]);
    expect(asn.lines[0]?.unitId).toBe('7#2');
  });

  it('handles a 20,000-level chain without recursion', () => {
    const levels = Array.from({ length: 20_000 }, (_, i) => `CPS+${i + 2}+${i + 1}`);
    const asn = readOne(interchange(['BGM+351+H4+9', SU, 'CPS+1', ...levels, ...ITEM]));
    expect(asn.units).toHaveLength(20_000);
    expect(asn.lines[0]?.unitId).toBe('20001');
  });

  it('makes one unit per SSCC when a level lists several, keeping the lines on the level above', () => {
    const asn = readOne(
      interchange([
        'BGM+351+H5+9',
        SU,
        'CPS+1',
        'CPS+2+1',
        'PAC+2++201',
        'PCI+33E',
        `GIN+BJ+${SSCC_A}+${SSCC_B}`,
        ...ITEM,
      ]),
    );
    expect(asn.units.map((unit) => unit.unitId)).toEqual([SSCC_A, SSCC_B]);
    expect(asn.lines[0]?.unitId).toBeNull();
    expect(codes(asn)).toEqual(['multi-sscc-level']);
  });

  it('expands an SSCC range (GIN C208 first:last) with computed check digits', () => {
    const first = withGs1CheckDigit('35410738000000105');
    const last = withGs1CheckDigit('35410738000000108');
    const asn = readOne(interchange(['BGM+351+H6+9', SU, 'CPS+1', 'PAC+4++201', `GIN+BJ+${first}:${last}`]));
    expect(asn.units.map((unit) => unit.sscc)).toEqual([
      first,
      withGs1CheckDigit('35410738000000106'),
      withGs1CheckDigit('35410738000000107'),
      last,
    ]);
  });

  it('warns about SSCC check digits (naming both digits), repeats and values that are no SSCC', () => {
    const asn = readOne(
      interchange([
        'BGM+351+H7+9',
        SU,
        'CPS+1',
        'CPS+2+1',
        'GIN+BJ+354107380000001052',
        'CPS+3+1',
        `GIN+BJ+${SSCC_A}+${SSCC_A}`,
        'CPS+4+1',
        'GIN+BJ+0000123456781234567892',
        ...ITEM,
      ]),
    );
    expect(codes(asn)).toEqual(['sscc-check-digit', 'sscc-repeated', 'not-an-sscc']);
    expect(asn.warnings[0]?.message).toContain('expected 1, found 2');
    expect(asn.units.map((unit) => unit.unitId)).toEqual(['354107380000001052', SSCC_A, '4']);
  });

  it('never caps SSCC check-digit warnings: each names a label to check at the dock', () => {
    const pallets = Array.from({ length: 60 }, (_, i) => {
      const data = `3541073800000${String(i).padStart(4, '0')}`;
      const wrong = (Number(withGs1CheckDigit(data).slice(17)) + 1) % 10;
      return [`CPS+${i + 2}+1`, `GIN+BJ+${data}${wrong}`];
    }).flat();
    const asn = readOne(interchange(['BGM+351+H9+9', SU, 'CPS+1', ...pallets]));
    expect(codes(asn).filter((code) => code === 'sscc-check-digit')).toHaveLength(60);
  });

  it('places a line in the package its own GIN+BJ names (bottom-up packing)', () => {
    const asn = readOne(interchange(['BGM+351+H8+9', SU, 'CPS+1', ...ITEM, 'PCI+33E', `GIN+BJ+${SSCC_A}`]));
    expect(asn.units).toEqual([{ unitId: SSCC_A, sscc: SSCC_A, parentUnitId: null, kind: 'package' }]);
    expect(asn.lines[0]?.unitId).toBe(SSCC_A);
  });
});

describe('envelopes and several messages', () => {
  const body = (number: string, fn = '9', item = ITEM): string[] => [`BGM+351+${number}+${fn}`, SU, 'CPS+1', ...item];

  it('reads one ASN per message and checks UNT and UNZ counts and references as warnings', () => {
    const text = interchange(body('A'), body('B')).replace('UNT+7+M2', 'UNT+9+X').replace('UNZ+2+IC1', 'UNZ+5+IC9');
    const [a, b] = readOk(text);
    expect(a?.asnId).toBe('A');
    expect(codes(a ?? b ?? readOne(''))).toEqual(['unz-count', 'unz-reference']);
    expect(codes(b ?? readOne(''))).toEqual(['unz-count', 'unz-reference', 'unt-count', 'unt-reference']);
  });

  it('accepts messages without UNB/UNZ, with a warning', () => {
    const asn = readOne(edi('UNH+1+DESADV:D:01B:UN:EAN007', ...body('C'), 'UNT+7+1'));
    expect(codes(asn)).toEqual(['no-unb']);
    expect(asn.source.controlRefs).toEqual(['1']);
  });

  it('merges two original messages with one despatch number, renaming what collides', () => {
    const [asn, ...rest] = readOk(interchange(body('D'), body('D', '9', ['LIN+1++5410738000169:SRV', 'QTY+12:2'])));
    expect(rest).toHaveLength(0);
    expect(asn?.lines.map((line) => [line.lineId, line.quantity])).toEqual([
      ['1', '1'],
      ['1@M2', '2'],
    ]);
    expect(asn?.warnings.map((warning) => warning.code)).toContain('merged-messages');
  });

  it('lets a later replacement (5) replace and a later cancellation (1) cancel, as new versions', () => {
    const [replaced] = readOk(interchange(body('E'), body('E', '5', ['LIN+1++5410738000169:SRV', 'QTY+12:7'])));
    expect(replaced).toMatchObject({ version: 2, status: 'open', lines: [{ quantity: '7' }] });
    const [cancelled] = readOk(interchange(body('F'), ['BGM+351+F+1']));
    expect(cancelled).toMatchObject({ version: 2, status: 'cancelled', lines: [{ quantity: '1' }] });
  });

  it('skips other message types next to a DESADV, with a warning', () => {
    const text = interchange(body('G')).replace(
      "UNZ+1+IC1'",
      "UNH+9+INVOIC:D:96A:UN'\nBGM+380+1'\nUNT+3+9'\nUNZ+2+IC1'",
    );
    expect(codes(readOne(text))).toEqual(['skipped-message']);
  });
});

describe('files that are rejected, with segment and line', () => {
  it('a RECADV receiving advice is not a despatch advice', () => {
    const error = readError(edi('UNH+1+RECADV:D:96A:UN', 'BGM+632+1+9', 'UNT+3+1'));
    expect(error.message).toContain('this is a RECADV receiving advice, not a DESADV despatch advice');
  });

  it('other messages only, or no message at all', () => {
    expect(readError(edi('UNH+1+ORDERS:D:96A:UN', 'BGM+220+1', 'UNT+3+1')).message).toContain('ORDERS');
    expect(readError(edi('UNB+UNOC:3+A+B+240101:0000+1', 'UNZ+0+1')).code).toBe('not-desadv');
  });

  it('a truncated message: no UNT at the end, or a UNH before the UNT', () => {
    expect(readError(edi('UNH+1+DESADV:D:96A:UN', 'BGM+351+X+9', 'CPS+1', ...ITEM))).toMatchObject({
      code: 'truncated',
      at: { line: 1 },
    });
    expect(readError(edi('UNH+1+DESADV:D:96A:UN', 'BGM+351+X+9', 'UNH+2+DESADV:D:96A:UN', 'UNT+2+2'))).toMatchObject({
      code: 'truncated',
      at: { line: 3, tag: 'UNH' },
    });
    expect(readError("UNH+1+DESADV:D:96A:UN'BGM+351+X+9'CPS+1'LIN+1++5410738000152:SRV")).toMatchObject({
      code: 'truncated',
    });
  });

  it('segments out of order', () => {
    expect(readError(edi('UNB+UNOC:3+A+B+240101:0000+1', 'BGM+351+X+9'))).toMatchObject({
      code: 'envelope-order',
      at: { line: 2 },
    });
    expect(readError(edi('UNB+UNOC:3+A+B+240101:0000+1', 'UNT+2+1'))).toMatchObject({ code: 'envelope-order' });
    expect(readError(interchange(['BGM+351+X+9', SU, ...ITEM, 'CPS+1']))).toMatchObject({
      code: 'segment-order',
      at: { tag: 'LIN' },
    });
    expect(readError(interchange(['BGM+351+X+9', 'PAC+1++201', 'CPS+1', ...ITEM]))).toMatchObject({
      code: 'segment-order',
      at: { tag: 'PAC' },
    });
    expect(readError(interchange(['BGM+351+X+9', 'CPS+1', 'QTY+12:1']))).toMatchObject({
      code: 'segment-order',
      at: { tag: 'QTY' },
    });
    expect(readError(interchange(['CPS+1', 'BGM+351+X+9', ...ITEM]))).toMatchObject({
      code: 'segment-order',
      at: { tag: 'BGM' },
    });
    expect(readError(interchange(['CPS+1', ...ITEM]))).toMatchObject({ code: 'no-bgm' });
  });

  it('quantities that are not decimals', () => {
    for (const quantity of ['12,5,0', 'abc', '-4', '1e3', '']) {
      const error = readError(interchange(['BGM+351+X+9', 'CPS+1', 'LIN+7++5410738000152:SRV', `QTY+12:${quantity}`]));
      expect(error).toMatchObject({ code: 'bad-quantity', at: { tag: 'QTY', line: 6 } });
      expect(error.message).toContain('line item 7');
    }
  });

  it('nothing to receive', () => {
    expect(readError(interchange(['BGM+351+X+9', SU, 'CPS+1']))).toMatchObject({ code: 'nothing-to-receive' });
  });
});

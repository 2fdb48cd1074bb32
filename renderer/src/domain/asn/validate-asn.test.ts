import { describe, expect, it } from 'vitest';
import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from './canonical-asn';
import { isRealDate, validateCanonicalAsn } from './validate-asn';

const PALLET = '354107380000001051';
const CARTON = '354107380000001068';
const BAD_CHECK = '354107380000001052';

const unit = (unitId: string, parentUnitId: string | null, sscc?: string): AsnLogisticUnit => ({
  unitId,
  parentUnitId,
  kind: 'carton',
  ...(sscc ? { sscc } : {}),
});
const line = (lineId: string, unitId: string | null, extra: Partial<AsnLine> = {}): AsnLine => ({
  lineId,
  unitId,
  itemIds: [{ qualifier: 'vendor', senderQualifier: 'VN', value: 'X-1' }],
  quantity: '12',
  uom: 'EA',
  serials: [],
  ...extra,
});

function asn(units: AsnLogisticUnit[], lines: AsnLine[], extra: Partial<CanonicalAsn> = {}): CanonicalAsn {
  return {
    asnId: 'A-1',
    version: 1,
    status: 'open',
    source: { format: 'json', origin: 't.json', controlRefs: [] },
    supplier: { name: 'Acme' },
    carrier: { seals: [] },
    orders: [],
    units,
    lines,
    warnings: [],
    ...extra,
  };
}

const codes = (value: CanonicalAsn) => validateCanonicalAsn(value).errors.map((e) => e.code);

describe('validateCanonicalAsn', () => {
  it('passes a well-formed ASN with nested units and a line outside any unit', () => {
    const valid = asn([unit(PALLET, null, PALLET), unit(CARTON, PALLET, CARTON)], [line('1', CARTON), line('2', null)]);
    expect(validateCanonicalAsn(valid)).toEqual({ errors: [], warnings: [] });
  });

  it('rejects references to units the ASN does not list', () => {
    expect(codes(asn([unit('P', 'GONE')], [line('1', 'NOPE')]))).toEqual(['unknown-parent', 'unknown-unit']);
  });

  it('rejects a unit that is its own ancestor, once per cycle, naming the loop', () => {
    const looped = asn([unit('A', 'C'), unit('B', 'A'), unit('C', 'B'), unit('D', 'D'), unit('E', 'A')], []);
    const { errors } = validateCanonicalAsn(looped);
    expect(errors.map((e) => e.code)).toEqual(['unit-cycle', 'unit-cycle']);
    expect(errors[0]?.message).toBe('ASN A-1: units A → C → B → A contain each other; a unit cannot be inside itself');
  });

  it('rejects duplicate unit ids, SSCCs and line ids', () => {
    const twice = asn(
      [unit('U1', null, PALLET), unit('U1', null), unit('U2', null, PALLET)],
      [line('1', null), line('1', null)],
    );
    expect(codes(twice)).toEqual(['duplicate-unit', 'duplicate-sscc', 'duplicate-line']);
  });

  it('rejects quantities that are not decimals of 0 or more, and dates that do not exist', () => {
    const bad = asn(
      [{ ...unit('U', null), grossWeight: { value: '1e3', unit: 'KG' } }],
      [
        line('1', null, { quantity: '-1' }),
        line('2', null, { quantity: '1,5', packSize: '.5' }),
        line('3', null, { expiry: '2025-02-29' }),
      ],
      { shippedAt: '2025-13-01', orders: [{ poNumber: 'P', poDate: '2024-02-30' }] },
    );
    expect(codes(bad)).toEqual(['weight', 'quantity', 'quantity', 'quantity', 'expiry', 'po-date', 'date']);
  });

  it('warns about an SSCC check digit unless the importer already did', () => {
    const plain = asn([unit(BAD_CHECK, null, BAD_CHECK)], []);
    expect(validateCanonicalAsn(plain).warnings).toEqual([
      {
        code: 'sscc-check-digit',
        message: `SSCC ${BAD_CHECK} fails its check digit (expected 1); check the label before receiving it.`,
      },
    ]);
    const warned = {
      ...plain,
      warnings: [{ code: 'x12-sscc-check-digit', message: `MAN*GM 00${BAD_CHECK} at line 9: …` }],
    };
    expect(validateCanonicalAsn(warned)).toEqual({ errors: [], warnings: [] });
  });

  it('rejects an SSCC that is not 18 digits, and an ASN without id or with version 0', () => {
    expect(codes(asn([unit('U', null, '12345')], [], { asnId: ' ', version: 0 }))).toEqual([
      'asn-id',
      'asn-version',
      'sscc-format',
    ]);
  });
});

describe('isRealDate', () => {
  it('knows leap years and month lengths', () => {
    expect(['2024-02-29', '2000-02-29', '2025-12-31'].map(isRealDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '1900-02-29', '2025-04-31', '2025-1-01', '20250101'].map(isRealDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

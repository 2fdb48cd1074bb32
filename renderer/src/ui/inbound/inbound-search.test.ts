import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from '../../domain/gs1/check-digit';
import { filterRows, normaliseSearchText, parseSearchQuery, searchKeyOf } from './inbound-search';

const sscc = withGs1CheckDigit('39506000000001234');
const wrongCheck = `${sscc.slice(0, 17)}${(Number(sscc[17]) + 1) % 10}`;

describe('parseSearchQuery', () => {
  it('reads an SSCC in every form a label gives it', () => {
    for (const text of [
      sscc,
      `00${sscc}`,
      `(00)${sscc}`,
      `(00) ${sscc}`,
      `]C100${sscc}`,
      ` ${sscc} `,
      '(00) 3 9506000 000001234 7',
    ]) {
      expect(parseSearchQuery(text), text).toMatchObject({ kind: 'sscc', sscc });
    }
  });

  it('reads the SSCC from a GS1-128 element string carrying more AIs', () => {
    expect(parseSearchQuery(`]C100${sscc}02095060001343521012`)).toMatchObject({ kind: 'sscc', sscc });
  });

  it('still searches an SSCC with a wrong check digit: partner files carry them', () => {
    expect(parseSearchQuery(wrongCheck)).toMatchObject({ kind: 'sscc', sscc: wrongCheck });
    expect(parseSearchQuery(`(00)${wrongCheck}`)).toMatchObject({ kind: 'sscc', sscc: wrongCheck });
  });

  it('treats a long run of digits as an SSCC prefix and short ones as text', () => {
    expect(parseSearchQuery('39506000')).toMatchObject({ kind: 'sscc-prefix', prefix: '39506000' });
    expect(parseSearchQuery('4500')).toEqual({ kind: 'text', needle: '4500' });
  });

  it('normalises text: case, accents, spaces and punctuation', () => {
    expect(parseSearchQuery('  PO 4500-12 ')).toEqual({ kind: 'text', needle: 'po450012' });
    expect(normaliseSearchText('Müller Façades')).toBe('mullerfacades');
    expect(parseSearchQuery('   ')).toEqual({ kind: 'all' });
  });
});

describe('filterRows', () => {
  const muller = {
    asnId: 'ASN-1001',
    poNumbers: ['PO-4500012', 'PO-4500013'],
    supplierName: 'Müller Foods GmbH',
    supplierId: 'SUP-7',
    trailer: 'TRL 88',
    carrierScac: 'ABCD',
  };
  const rows = [
    muller,
    {
      asnId: 'SHP-77',
      poNumbers: ['7700'],
      supplierName: 'Acme',
      supplierId: '',
      trailer: '',
      carrierScac: 'XPOL',
    },
  ];
  const input = (ssccAsnIds: string[] = []) => ({
    rows,
    keyOf: searchKeyOf,
    idOf: (r: (typeof rows)[number]) => r.asnId,
    ssccAsnIds: new Set(ssccAsnIds),
  });
  const ids = (text: string, ssccAsnIds: string[] = []) =>
    filterRows(parseSearchQuery(text), input(ssccAsnIds)).map((r) => r.asnId);

  it('finds by ASN id, PO, supplier, trailer and carrier, normalised', () => {
    expect(ids('asn1001')).toEqual(['ASN-1001']);
    expect(ids('po 4500013')).toEqual(['ASN-1001']);
    expect(ids('muller')).toEqual(['ASN-1001']);
    expect(ids('trl88')).toEqual(['ASN-1001']);
    expect(ids('xpol')).toEqual(['SHP-77']);
    expect(ids('')).toEqual(['ASN-1001', 'SHP-77']);
    expect(ids('nothing like it')).toEqual([]);
  });

  it('never matches across two fields', () => {
    // "...4500013" + "Müller": a match spanning PO and supplier would be a false hit.
    expect(ids('4500013muller')).toEqual([]);
  });

  it('adds the ASNs the SSCC index found', () => {
    expect(ids(sscc, ['SHP-77'])).toEqual(['SHP-77']);
  });

  it('stays fast with thousands of ASNs', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...muller, asnId: `ASN-${i}` }));
    const keys = new Map(many.map((r) => [r, searchKeyOf(r)]));
    const started = performance.now();
    for (const text of ['asn-4999', 'po-45', 'mull', 'x']) {
      filterRows(parseSearchQuery(text), {
        rows: many,
        keyOf: (r) => keys.get(r) ?? '',
        idOf: (r) => r.asnId,
        ssccAsnIds: new Set(),
      });
    }
    expect(performance.now() - started).toBeLessThan(200);
  });
});

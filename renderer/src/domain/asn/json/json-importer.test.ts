import { describe, expect, it } from 'vitest';
import type { AsnImportResult } from '../asn-importer';
import { canonicalAsnSchema } from './canonical-asn-schema';
import { jsonAsnImporter } from './json-importer';

const asn = {
  asnId: 'A-1',
  version: 2,
  status: 'open',
  source: { format: 'x12-856', origin: 'partner.x12', controlRefs: ['ISA000000001'] },
  supplier: { name: 'Acme', gln: '4012345000009' },
  carrier: { scac: 'DHLX', seals: ['S-1'] },
  shippedAt: '2025-03-04T06:30:00Z',
  orders: [{ poNumber: '4500012345', poDate: '2025-03-01' }],
  units: [{ unitId: '354107380000001051', sscc: '354107380000001051', parentUnitId: null, kind: 'pallet' }],
  lines: [
    {
      lineId: '1',
      unitId: '354107380000001051',
      itemIds: [{ qualifier: 'gtin', senderQualifier: 'UP', value: '09506000134352' }],
      gtin: '09506000134352',
      quantity: '12.5',
      uom: 'EA',
      expiry: '2026-01-31',
      serials: [],
    },
  ],
  warnings: [],
};

function read(document: unknown): AsnImportResult {
  const text = typeof document === 'string' ? document : JSON.stringify(document);
  return jsonAsnImporter.read({ text, fileName: 'asns.json' });
}

function messages(document: unknown): string[] {
  const result = read(document);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors.map((e) => e.message);
}

describe('canonical JSON importer', () => {
  it('reads one ASN, a list, or { "asns": [...] } with other keys beside it, as a JSON-sourced ASN', () => {
    for (const document of [asn, [asn], { ok: true, format: 'x12-856', asns: [asn] }]) {
      const result = read(document);
      expect(result).toMatchObject({ ok: true, asns: [{ asnId: 'A-1', version: 2, lines: [{ quantity: '12.5' }] }] });
      expect(result.ok && result.asns[0]?.source).toEqual({
        format: 'json',
        origin: 'asns.json',
        controlRefs: ['ISA000000001'],
      });
    }
  });

  it('fills in what hand-written files may leave out: source, version, status, empty lists', () => {
    const dropped = new Set(['source', 'version', 'status', 'warnings']);
    const minimal = Object.fromEntries(Object.entries(asn).filter(([key]) => !dropped.has(key)));
    const lines = [{ ...asn.lines[0], serials: undefined }];
    const result = read({ ...minimal, carrier: {}, lines });
    expect(result).toMatchObject({
      ok: true,
      asns: [{ version: 1, status: 'open', carrier: { seals: [] }, warnings: [] }],
    });
    expect(result.ok && result.asns[0]?.lines[0]?.serials).toEqual([]);
  });

  it('names the path of every problem in plain words', () => {
    const line = { ...asn.lines[0], quantity: 12.5, expiry: '2026-02-30', gtin: '09506000134353', qty: '1' };
    expect(messages({ asns: [asn, { ...asn, asnId: 'A-2', lines: [line], supplier: {} }] })).toEqual([
      'asns[1].supplier.name (ASN A-2): is missing.',
      'asns[1].lines[0].gtin (ASN A-2): has a wrong check digit (a GTIN-14 ends in a GS1 check digit).',
      'asns[1].lines[0].quantity (ASN A-2): must be a string.',
      'asns[1].lines[0].expiry (ASN A-2): must be a real date written YYYY-MM-DD.',
      'asns[1].lines[0] (ASN A-2): has a field Dockside does not know: "qty" (misspelt?).',
    ]);
    expect(messages([{ ...asn, units: [{ ...asn.units[0], kind: 'crate' }] }])).toEqual([
      '[0].units[0].kind (ASN A-1): must be one of "pallet", "carton", "tare", "package".',
    ]);
  });

  it('refuses invalid JSON with its line, other shapes, and one ASN version twice', () => {
    const syntax = read('{\n  "asnId": "A-1",\n  oops\n}');
    expect(syntax).toMatchObject({ ok: false, errors: [{ code: 'json-syntax', at: { line: 3 } }] });
    expect(messages('"just a string"')[0]).toContain('one ASN object, a list of them, or { "asns": [...] }');
    expect(messages({ asns: {} })[0]).toBe('"asns" must be a list of ASNs.');
    expect(messages([])[0]).toBe('The file holds no ASN.');
    expect(messages([asn, asn])[0]).toBe('[1]: ASN A-1 version 2 is also at [0]; a file holds each ASN version once.');
  });

  it('survives hostile nesting without throwing', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(read(deep).ok).toBe(false);
  });

  it('exports a schema that accepts what it parses (the station store re-validates with it)', () => {
    const parsed = canonicalAsnSchema.parse(asn);
    expect(canonicalAsnSchema.parse(parsed)).toEqual(parsed);
  });
});

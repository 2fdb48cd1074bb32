import { describe, expect, it } from 'vitest';
import { importAsnFile, sniffAsnFormat } from './importers';

const PALLET = '354107380000001051';
const GTIN = '09506000134352';

describe('sniffAsnFormat', () => {
  it('tells X12, EDIFACT and JSON by their first characters, after a BOM and blank space, and CSV otherwise', () => {
    expect(sniffAsnFormat('ISA*00*          *00*')).toBe('x12-856');
    expect(sniffAsnFormat('\uFEFF\r\nISA|00|')).toBe('x12-856');
    expect(sniffAsnFormat("UNA:+.? 'UNB+UNOC:3")).toBe('edifact-desadv');
    expect(sniffAsnFormat('UNB+UNOA:2+SENDER')).toBe('edifact-desadv');
    expect(sniffAsnFormat("UNH+1+DESADV:D:96A:UN'")).toBe('edifact-desadv');
    expect(sniffAsnFormat('  {"asnId":"A"}')).toBe('json');
    expect(sniffAsnFormat('[{}]')).toBe('json');
    expect(sniffAsnFormat('asn_id;gtin;qty\n')).toBe('csv');
    expect(sniffAsnFormat('UNIT,ISA,qty\n')).toBe('csv');
  });
});

describe('importAsnFile', () => {
  it('uses the format named over the sniffed one', () => {
    const result = importAsnFile({ text: '{"asnId":"A"}', fileName: 'x.csv' }, 'csv');
    expect(result).toMatchObject({ format: 'csv', ok: false });
  });

  it('runs the shared validation after the importer: a unit cycle in a CSV rejects the file', () => {
    const other = '354107380000001068';
    const text = `asn,sscc,parent_sscc,gtin,qty,uom\nA,${PALLET},${other},${GTIN},1,EA\nA,${other},${PALLET},${GTIN},1,EA\n`;
    const result = importAsnFile({ text, fileName: 'loop.csv' });
    expect(result).toMatchObject({ format: 'csv', ok: false, errors: [{ code: 'unit-cycle' }] });
  });

  it('adds validation warnings to the ASN, and none twice', () => {
    const bad = '354107380000001052';
    const json = JSON.stringify({
      asnId: 'A',
      supplier: { name: 'Acme' },
      carrier: {},
      orders: [],
      units: [{ unitId: 'U', sscc: bad, parentUnitId: null, kind: 'pallet' }],
      lines: [],
    });
    const fromJson = importAsnFile({ text: json, fileName: 'a.json' });
    expect(fromJson.ok && fromJson.asns[0]?.warnings.map((w) => w.code)).toEqual(['sscc-check-digit']);
    const csv = importAsnFile({ text: `asn,sscc,gtin,qty,uom\nA,${bad},${GTIN},1,EA\n`, fileName: 'a.csv' });
    expect(csv.ok && csv.asns[0]?.warnings.map((w) => w.at)).toEqual([{ line: 2, tag: 'sscc' }]);
  });

  it('refuses an empty file whatever its format', () => {
    expect(importAsnFile({ text: '\uFEFF \r\n', fileName: 'e.csv' })).toMatchObject({
      ok: false,
      errors: [{ code: 'empty-file' }],
    });
  });
});

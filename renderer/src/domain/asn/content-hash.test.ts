import { describe, expect, it } from 'vitest';
import type { CanonicalAsn } from './canonical-asn';
import { asnContentHash } from './content-hash';

const asn: CanonicalAsn = {
  asnId: 'ASN-1',
  version: 1,
  status: 'open',
  source: { format: 'csv', origin: 'a.csv', controlRefs: [] },
  supplier: { name: 'Alpenhof' },
  carrier: { seals: ['S1'] },
  orders: [{ poNumber: 'PO-1' }],
  units: [{ unitId: 'U1', parentUnitId: null, kind: 'pallet' }],
  lines: [{ lineId: 'L1', unitId: 'U1', itemIds: [], quantity: '12', uom: 'EA', serials: [] }],
  warnings: [],
};

/** Rebuilds every object with its keys in reverse order: same content, different insertion order. */
function reversedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(reversedKeys);
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .reverse()
      .map((k) => [k, reversedKeys(record[k])]),
  );
}

describe('asnContentHash', () => {
  it('does not depend on key order, on where the ASN came from, or on undefined members', () => {
    const hash = asnContentHash(asn);
    expect(asnContentHash(reversedKeys(asn) as CanonicalAsn)).toBe(hash);
    expect(asnContentHash({ ...asn, source: { format: 'x12-856', origin: 'b.x12', controlRefs: ['ST02 1'] } })).toBe(
      hash,
    );
    expect(asnContentHash({ ...asn, shipFrom: undefined } as unknown as CanonicalAsn)).toBe(hash);
  });

  it('changes with what the ASN says', () => {
    const hash = asnContentHash(asn);
    expect(asnContentHash({ ...asn, lines: asn.lines.map((l) => ({ ...l, quantity: '11' })) })).not.toBe(hash);
    expect(asnContentHash({ ...asn, carrier: { seals: ['S2'] } })).not.toBe(hash);
    expect(asnContentHash({ ...asn, status: 'cancelled' })).not.toBe(hash);
  });

  it('keeps the value v2 databases stored (a changed hash would turn every re-import into a revision)', () => {
    expect(asnContentHash(asn)).toBe('9a2a7011d2b36-17276e310993e4');
  });
});

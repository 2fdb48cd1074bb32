import { describe, expect, it } from 'vitest';
import type { CanonicalAsn } from './canonical-asn';
import { asnContentHash, isCurrentContentHash, legacyAsnContentHash } from './content-hash';

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
  it('does not depend on key order, on where the ASN came from, or on undefined members', async () => {
    const hash = await asnContentHash(asn);
    expect(await asnContentHash(reversedKeys(asn) as CanonicalAsn)).toBe(hash);
    expect(
      await asnContentHash({ ...asn, source: { format: 'x12-856', origin: 'b.x12', controlRefs: ['ST02 1'] } }),
    ).toBe(hash);
    expect(await asnContentHash({ ...asn, shipFrom: undefined } as unknown as CanonicalAsn)).toBe(hash);
  });

  it('changes with what the ASN says', async () => {
    const hash = await asnContentHash(asn);
    expect(await asnContentHash({ ...asn, lines: asn.lines.map((l) => ({ ...l, quantity: '11' })) })).not.toBe(hash);
    expect(await asnContentHash({ ...asn, carrier: { seals: ['S2'] } })).not.toBe(hash);
    expect(await asnContentHash({ ...asn, status: 'cancelled' })).not.toBe(hash);
  });

  it('is SHA-256 of the sorted JSON, pinned, and tells itself apart from the hashes stored before', async () => {
    const hash = await asnContentHash(asn);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hash).toBe(await asnContentHash(asn));
    expect(hash).toBe('sha256:c7f4b5f902776ba634d6cdc9b6452611d2dd9f547d2d9cd0b7c8c642cc62527d');
    expect(isCurrentContentHash(hash)).toBe(true);
    // The legacy value v2 stations stored must stay computable for the upgrade tests, and is not current.
    expect(legacyAsnContentHash(asn)).toBe('9a2a7011d2b36-17276e310993e4');
    expect(isCurrentContentHash(legacyAsnContentHash(asn))).toBe(false);
    expect(isCurrentContentHash('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { AsnV1 } from '../../renderer/src/domain/asn-wire';
import { hasValidGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';
import { buildGln, buildGtin14, buildSscc } from './gs1-keys';
import { seedAsnChanges } from './seed';
import { FIXED_NOW } from './test-support';

const changes = seedAsnChanges(FIXED_NOW);
const latest = [...new Map(changes.map((asn) => [asn.asnId, asn])).values()];

describe('GS1 keys for the seed', () => {
  it('builds keys with the right length and check digit', () => {
    // The SSCC GS1's documentation uses as its example: (00) 1 0614141 123456789 7.
    expect(buildSscc(1, '0614141', 123456789)).toBe('106141411234567897');
    const gtin = buildGtin14(1, '0614141', 12345);
    expect(gtin).toMatch(/^1061414112345\d$/);
    expect(hasValidGs1CheckDigit(gtin)).toBe(true);
    const gln = buildGln('0614141', 12345);
    expect(gln).toMatch(/^061414112345\d$/);
    expect(hasValidGs1CheckDigit(gln)).toBe(true);
  });

  it('refuses references that do not fit', () => {
    expect(() => buildSscc(0, '0614141', 1_000_000_000)).toThrow(/does not fit/);
    expect(() => buildGln('06141', 1)).toThrow(/company prefix/);
  });
});

describe('seeded ASNs', () => {
  it('are all valid API v1 ASNs', () => {
    for (const asn of changes) expect(() => AsnV1.parse(asn), asn.asnId).not.toThrow();
  });

  it('are deterministic for a given clock and move their dates with it', () => {
    expect(seedAsnChanges(FIXED_NOW)).toEqual(changes);
    const later = seedAsnChanges(new Date(FIXED_NOW.getTime() + 86_400_000));
    expect(later.map((asn) => asn.units)).toEqual(changes.map((asn) => asn.units));
    expect(later[0]?.expectedArrival).not.toBe(changes[0]?.expectedArrival);
  });

  it('cover four or more suppliers, about eight ASNs, several multi-PO, and one cancellation recorded as a later change', () => {
    expect(new Set(latest.map((asn) => asn.supplier.id)).size).toBeGreaterThanOrEqual(4);
    expect(latest.length).toBeGreaterThanOrEqual(8);
    expect(latest.filter((asn) => asn.poNumbers.length > 1).length).toBeGreaterThanOrEqual(3);
    const cancelled = latest.filter((asn) => asn.status === 'cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.version).toBe(2);
    expect(changes.at(-1)).toBe(cancelled[0]);
  });

  it('nest 3 to 12 cartons in each pallet, have loose cartons, and never reuse an SSCC', () => {
    const all = latest.flatMap((asn) => asn.units);
    expect(new Set(all.map((unit) => unit.sscc)).size).toBe(all.length);
    for (const asn of latest) {
      for (const pallet of asn.units.filter((unit) => unit.type === 'pallet')) {
        const cartons = asn.units.filter((unit) => unit.parentSscc === pallet.sscc);
        expect(cartons.length, `${asn.asnId} pallet ${pallet.sscc}`).toBeGreaterThanOrEqual(3);
        expect(cartons.length).toBeLessThanOrEqual(12);
        expect(cartons.every((unit) => unit.type === 'carton')).toBe(true);
      }
    }
    expect(all.some((unit) => unit.type === 'carton' && unit.parentSscc === null)).toBe(true);
  });

  it('put every line in a carton of the same ASN, and list exactly the POs its lines name', () => {
    for (const asn of latest) {
      const cartons = new Set(asn.units.filter((unit) => unit.type === 'carton').map((unit) => unit.sscc));
      for (const line of asn.lines) expect(cartons.has(line.sscc), `${asn.asnId} line ${line.lineId}`).toBe(true);
      expect([...new Set(asn.lines.map((line) => line.poNumber))].sort()).toEqual([...asn.poNumbers].sort());
      expect(new Set(asn.lines.map((line) => line.lineId)).size).toBe(asn.lines.length);
    }
  });

  it('carry lots and expiries where the goods need them: short for dairy, long for medicines', () => {
    const lines = (supplierName: RegExp) =>
      latest.filter((asn) => supplierName.test(asn.supplier.name)).flatMap((asn) => asn.lines);
    const daysToExpiry = (expiry: string | undefined) => (Date.parse(expiry ?? '') - FIXED_NOW.getTime()) / 86_400_000;
    for (const line of lines(/Dairy/)) {
      expect(line.lot).toMatch(/^AHD-\d{6}-\d{3}$/);
      expect(daysToExpiry(line.expiry)).toBeLessThan(130);
    }
    for (const line of lines(/Health/)) {
      expect(line.lot).toBeDefined();
      expect(daysToExpiry(line.expiry)).toBeGreaterThan(365);
    }
    for (const line of lines(/Hardware/)) expect(line.lot ?? line.expiry).toBeUndefined();
    expect(latest.every((asn) => asn.carrier.scac.length >= 2 && asn.carrier.trailer !== '')).toBe(true);
  });

  it('give pallets the exact sum of their cartons plus the pallet tare', () => {
    const asn = latest[0];
    const pallet = asn?.units.find((unit) => unit.type === 'pallet');
    // 8 cartons of milk at 12.6 kg + 24.5 kg tare = 125.3 kg, in exact decimals.
    expect(pallet?.grossWeightKg).toBe('125.3');
  });
});

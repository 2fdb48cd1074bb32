import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../../canonical-asn';

/**
 * What a receiver cares about in an ASN, with the ids a reader invents (line ids, unit ids of unlabelled units)
 * and the order of siblings taken out, so an ASN written and read back can be compared with the original.
 * Test support only.
 */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => a.localeCompare(b)))
      : field,
  );
}

function sorted<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => stable(a).localeCompare(stable(b)));
}

/** A copy without the listed keys. */
function without(value: object, keys: readonly string[]): object {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

function lineContent(line: AsnLine): object {
  return without(line, ['lineId', 'unitId']);
}

interface UnitContent {
  readonly unit: object;
  readonly lines: object[];
  readonly children: UnitContent[];
}

export function businessContent(asn: CanonicalAsn): object {
  const ids = new Set(asn.units.map((unit) => unit.unitId));
  const childrenOf = new Map<string | null, AsnLogisticUnit[]>();
  for (const unit of asn.units) {
    const parent = unit.parentUnitId !== null && ids.has(unit.parentUnitId) ? unit.parentUnitId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const linesOf = (unitId: string | null): object[] =>
    sorted(
      asn.lines
        .filter((line) => (line.unitId !== null && ids.has(line.unitId) ? line.unitId : null) === unitId)
        .map(lineContent),
    );
  const tree = (unit: AsnLogisticUnit): UnitContent => {
    return {
      unit: without(unit, ['unitId', 'parentUnitId']),
      lines: linesOf(unit.unitId),
      children: sorted((childrenOf.get(unit.unitId) ?? []).map(tree)),
    };
  };
  return {
    asnId: asn.asnId,
    version: asn.version,
    status: asn.status,
    supplier: asn.supplier,
    shipFrom: asn.shipFrom,
    shipTo: asn.shipTo,
    buyer: asn.buyer,
    carrier: { ...asn.carrier, seals: [...asn.carrier.seals].sort() },
    shippedAt: asn.shippedAt,
    expectedArrival: asn.expectedArrival,
    grossWeight: asn.grossWeight,
    orders: sorted(asn.orders),
    references: asn.references && sorted(asn.references),
    units: sorted((childrenOf.get(null) ?? []).map(tree)),
    looseLines: linesOf(null),
  };
}

import type { AsnV1 } from '../asn-wire';
import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from './canonical-asn';

/**
 * The ERP API v1 ASN as a canonical ASN, so ERP pulls and partner files are stored, revised and received by the
 * same code. Pure and total: v1 is validated by zod at the boundary (http-erp-client), and every v1 unit has an
 * SSCC, so the SSCC is its unitId, and the same pallet keeps the same id whichever source announces it.
 *
 * `origin` is the ERP's base URL, kept as the source so a receiver can trace where the figures came from.
 */
export function canonicalFromAsnV1(asn: AsnV1, origin: string): CanonicalAsn {
  const units: AsnLogisticUnit[] = asn.units.map((u) => ({
    unitId: u.sscc,
    sscc: u.sscc,
    parentUnitId: u.parentSscc,
    kind: u.type,
    ...(u.grossWeightKg === undefined ? {} : { grossWeight: { value: u.grossWeightKg, unit: 'KG' } }),
  }));
  const lines: AsnLine[] = asn.lines.map((l) => ({
    lineId: l.lineId,
    poNumber: l.poNumber,
    poLine: l.poLine,
    unitId: l.sscc,
    // v1 carries one identifier, the GTIN-14; the qualifier says it came from the ERP, not from an EDI segment.
    itemIds: [{ qualifier: 'gtin', senderQualifier: 'GTIN', value: l.gtin }],
    gtin: l.gtin,
    description: l.description,
    quantity: l.quantity,
    uom: l.uom,
    ...(l.lot === undefined ? {} : { lot: l.lot }),
    ...(l.expiry === undefined ? {} : { expiry: l.expiry }),
    serials: [],
  }));
  return {
    asnId: asn.asnId,
    version: asn.version,
    status: asn.status,
    source: { format: 'erp', origin, controlRefs: [] },
    supplier: {
      name: asn.supplier.name,
      code: { qualifier: 'ERP', value: asn.supplier.id },
      ...(asn.supplier.gln === undefined ? {} : { gln: asn.supplier.gln }),
    },
    shipTo: { name: asn.shipTo.name, gln: asn.shipTo.gln },
    carrier: {
      scac: asn.carrier.scac,
      trailer: asn.carrier.trailer,
      seals: asn.carrier.seal === undefined ? [] : [asn.carrier.seal],
    },
    shippedAt: asn.shippedAt,
    expectedArrival: asn.expectedArrival,
    orders: asn.poNumbers.map((poNumber) => ({ poNumber })),
    units,
    lines,
    warnings: [],
  };
}

import type { AsnLineV1, AsnLogisticUnitV1, AsnV1 } from '../../renderer/src/domain/asn-wire';
import { addQuantities } from '../../renderer/src/domain/quantity';
import { buildSscc } from './gs1-keys';
import type { Supplier } from './seed-parties';
import { shipTo } from './seed-parties';

/**
 * Turns a compact description of a shipment (which cartons hold what, on which pallets) into an API v1 ASN with
 * real keys: SSCCs numbered per supplier, PO lines numbered per PO in steps of 10 as ERPs do, lots and expiries
 * derived from the ship date, weights summed exactly as decimal strings (a mixed carton counts each product's
 * full-carton weight: an overestimate a demo can live with).
 */

/** One product of one PO packed in a carton. */
export interface Fill {
  readonly product: string;
  readonly po: string;
  readonly quantity: string;
}

/** The fills of one carton; most cartons hold one product, some are mixed. */
export type CartonSpec = readonly Fill[];

export interface ShipmentSpec {
  readonly asnId: string;
  readonly supplier: Supplier;
  readonly shippedHoursAgo: number;
  readonly arrivesInHours: number;
  readonly trailer: number;
  readonly seal?: string;
  readonly pallets: readonly (readonly CartonSpec[])[];
  readonly looseCartons?: readonly CartonSpec[];
}

/** Hands out SSCC serial references per company prefix, so every unit in the seed is unique. */
export class SerialNumbers {
  private readonly next = new Map<string, number>();
  take(companyPrefix: string): number {
    const serial = this.next.get(companyPrefix) ?? 4_100;
    this.next.set(companyPrefix, serial + 1);
    return serial;
  }
}

const PALLET_TARE_KG = '24.5';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function buildAsn(spec: ShipmentSpec, now: Date, serials: SerialNumbers): AsnV1 {
  const shippedAt = new Date(now.getTime() - spec.shippedHoursAgo * HOUR_MS);
  const units: AsnLogisticUnitV1[] = [];
  const lines: AsnLineV1[] = [];
  const poLines = new Map<string, string>();
  const linesPerPo = new Map<string, number>();
  const poNumbers: string[] = [];

  const addCarton = (fills: CartonSpec, parentSscc: string | null): string => {
    // Extension digit 0 for cartons, 3 for pallets: a labelling convention, not a rule; it keeps them apart.
    const sscc = buildSscc(0, spec.supplier.companyPrefix, serials.take(spec.supplier.companyPrefix));
    let weight = '0';
    for (const fill of fills) {
      const product = spec.supplier.products[fill.product];
      if (!product) throw new Error(`${spec.asnId}: ${spec.supplier.name} sells no "${fill.product}"`);
      if (!poNumbers.includes(fill.po)) poNumbers.push(fill.po);
      const poLineKey = `${fill.po}/${product.gtin}`;
      let poLine = poLines.get(poLineKey);
      if (poLine === undefined) {
        const count = (linesPerPo.get(fill.po) ?? 0) + 1;
        linesPerPo.set(fill.po, count);
        poLine = String(10 * count);
        poLines.set(poLineKey, poLine);
      }
      const line: AsnLineV1 = {
        lineId: String(lines.length + 1).padStart(4, '0'),
        poNumber: fill.po,
        poLine,
        sscc,
        gtin: product.gtin,
        description: product.description,
        quantity: fill.quantity,
        uom: product.uom,
      };
      if (product.traceability !== 'none') line.lot = lotNumber(spec.supplier, product.gtin, shippedAt);
      if (product.shelfLifeDays !== undefined) {
        line.expiry = isoDate(new Date(shippedAt.getTime() + product.shelfLifeDays * DAY_MS));
      }
      lines.push(line);
      weight = addQuantities(weight, product.cartonKg);
    }
    units.push({ sscc, parentSscc, type: 'carton', grossWeightKg: weight });
    return weight;
  };

  for (const cartons of spec.pallets) {
    const palletSscc = buildSscc(3, spec.supplier.companyPrefix, serials.take(spec.supplier.companyPrefix));
    const pallet: AsnLogisticUnitV1 = { sscc: palletSscc, parentSscc: null, type: 'pallet' };
    units.push(pallet);
    let weight = PALLET_TARE_KG;
    for (const carton of cartons) weight = addQuantities(weight, addCarton(carton, palletSscc));
    pallet.grossWeightKg = weight;
  }
  for (const carton of spec.looseCartons ?? []) addCarton(carton, null);

  const carrier: AsnV1['carrier'] = {
    scac: spec.supplier.carrier.scac,
    trailer: `${spec.supplier.carrier.trailerPrefix}-${spec.trailer}`,
  };
  if (spec.seal !== undefined) carrier.seal = spec.seal;
  return {
    asnId: spec.asnId,
    version: 1,
    status: 'open',
    supplier: { id: spec.supplier.id, name: spec.supplier.name, gln: spec.supplier.gln },
    shipTo: { ...shipTo },
    carrier,
    shippedAt: shippedAt.toISOString(),
    expectedArrival: new Date(now.getTime() + spec.arrivesInHours * HOUR_MS).toISOString(),
    poNumbers,
    units,
    lines,
  };
}

/** A lot per supplier, production day (the day before shipping) and item: "AHD-250609-011". */
function lotNumber(supplier: Supplier, gtin: string, shippedAt: Date): string {
  const produced = isoDate(new Date(shippedAt.getTime() - DAY_MS))
    .replaceAll('-', '')
    .slice(2);
  return `${supplier.code}-${produced}-${gtin.slice(-4, -1)}`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';

/**
 * A generated canonical ASN: `pallets` pallets, each with `cartonsPerPallet` cartons holding `linesPerCarton`
 * lines, drawn from a catalogue of `items` GTINs (a real 100,000-line ASN ships a few thousand distinct items,
 * not 100,000). Deterministic, so tests and benchmarks see the same data every run.
 */
export interface GeneratedAsnShape {
  readonly pallets: number;
  readonly cartonsPerPallet: number;
  readonly linesPerCarton: number;
  readonly items?: number;
  readonly serialBase?: number;
}

export function ssccFor(n: number): string {
  return withGs1CheckDigit(`3950600${String(n).padStart(10, '0')}`);
}

export function gtinFor(n: number): string {
  return withGs1CheckDigit(`1950600${String(n).padStart(6, '0')}`);
}

export function generateCanonicalAsn(asnId: string, shape: GeneratedAsnShape): CanonicalAsn {
  const items = shape.items ?? 5_000;
  const base = shape.serialBase ?? 0;
  const units: AsnLogisticUnit[] = [];
  const lines: AsnLine[] = [];
  let serial = base;
  for (let p = 0; p < shape.pallets; p++) {
    const pallet = ssccFor(serial++);
    units.push({ unitId: pallet, sscc: pallet, parentUnitId: null, kind: 'pallet' });
    for (let c = 0; c < shape.cartonsPerPallet; c++) {
      const carton = ssccFor(serial++);
      units.push({ unitId: carton, sscc: carton, parentUnitId: pallet, kind: 'carton' });
      for (let l = 0; l < shape.linesPerCarton; l++) {
        const n = lines.length;
        const gtin = gtinFor(n % items);
        lines.push({
          lineId: String(n + 1),
          poNumber: `PO-${1 + (p % 3)}`,
          poLine: String(1 + (n % items)),
          unitId: carton,
          itemIds: [{ qualifier: 'gtin', senderQualifier: 'UP', value: gtin }],
          gtin,
          description: `Item ${n % items}`,
          quantity: String(1 + (n % 24)),
          uom: 'EA',
          lot: `L${n % 97}`,
          expiry: '2027-06-30',
          serials: [],
        });
      }
    }
  }
  return {
    asnId,
    version: 1,
    status: 'open',
    source: { format: 'x12-856', origin: `${asnId}.edi`, controlRefs: ['000000001'] },
    supplier: { name: 'Generated Supplier', gln: withGs1CheckDigit('950600000002') },
    shipTo: { name: 'DC1', gln: withGs1CheckDigit('950600000001') },
    carrier: { scac: 'ABCD', trailer: 'TR-9', seals: ['S-9'] },
    shippedAt: '2026-11-22T08:00:00Z',
    expectedArrival: '2026-11-23T08:00:00Z',
    orders: [{ poNumber: 'PO-1' }, { poNumber: 'PO-2' }, { poNumber: 'PO-3' }],
    units,
    lines,
    warnings: [],
  };
}

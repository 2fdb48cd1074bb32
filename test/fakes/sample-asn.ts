import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';

/** A small, valid ASN for unit tests: one pallet with `cartons` cartons, one line per carton, one loose carton. */
export function sampleAsn(asnId: string, cartons = 3, serialBase = 1000): AsnV1 {
  const sscc = (n: number): string => withGs1CheckDigit(`3950600${String(serialBase + n).padStart(10, '0')}`);
  const pallet = sscc(0);
  const cartonSsccs = Array.from({ length: cartons }, (_, i) => sscc(i + 1));
  const loose = sscc(cartons + 1);
  const gtin = withGs1CheckDigit('1095060001343');
  return {
    asnId,
    version: 1,
    status: 'open',
    supplier: { id: 'SUP-1', name: 'Test Supplier' },
    shipTo: { gln: withGs1CheckDigit('950600000001'), name: 'DC1' },
    carrier: { scac: 'ABCD', trailer: 'TR-1', seal: 'S-1' },
    shippedAt: '2026-11-22T08:00:00Z',
    expectedArrival: '2026-11-23T08:00:00Z',
    poNumbers: ['PO-1', 'PO-2'],
    units: [
      { sscc: pallet, parentSscc: null, type: 'pallet' },
      ...cartonSsccs.map((c) => ({ sscc: c, parentSscc: pallet, type: 'carton' as const })),
      { sscc: loose, parentSscc: null, type: 'carton' },
    ],
    lines: [...cartonSsccs, loose].map((c, i) => ({
      lineId: `${asnId}-L${i + 1}`,
      poNumber: i % 2 === 0 ? 'PO-1' : 'PO-2',
      poLine: String(i + 1),
      sscc: c,
      gtin,
      description: 'Widget',
      quantity: '12',
      uom: 'EA',
      lot: 'LOT1',
      expiry: '2027-01-31',
    })),
  };
}

import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { writeX12_856 } from '../../renderer/src/domain/asn/x12/write-856';
import { x12AsnImporter } from '../../renderer/src/domain/asn/x12/x12-asn-importer';
import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';
import type { BenchResult } from './bench-result';

/**
 * X12 856 parse speed in Node (issue 4, item 7): a generated ship notice with 100,000 item lines on 1,000 pallets
 * of 10 cartons (all with SSCCs), 5 POs, GTINs, vendor ids, descriptions, lots and expiries, written by
 * writeX12_856 with one segment per text line, then read by x12AsnImporter (tokenize, envelope, hierarchy,
 * canonical ASN with its checks). Figures: segments/s and MB/s of UTF-8 input, best of a few runs on one core.
 */
const PALLETS = 1_000;
const CARTONS_PER_PALLET = 10;
const LINES_PER_CARTON = 10;

function digits(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A large canonical ASN, deterministic so runs compare. */
export function largeAsn(): CanonicalAsn {
  const units: AsnLogisticUnit[] = [];
  const lines: AsnLine[] = [];
  const orders = Array.from({ length: 5 }, (_, i) => ({ poNumber: `PO-${4700 + i}`, poDate: '2024-03-01' }));
  for (let p = 0; p < PALLETS; p++) {
    const pallet = withGs1CheckDigit(`0950600${digits(p, 10)}`);
    units.push({ unitId: pallet, sscc: pallet, parentUnitId: null, kind: 'pallet', packagingCode: 'PLT94' });
    for (let c = 0; c < CARTONS_PER_PALLET; c++) {
      const carton = withGs1CheckDigit(`1950600${digits(p * CARTONS_PER_PALLET + c, 10)}`);
      units.push({ unitId: carton, sscc: carton, parentUnitId: pallet, kind: 'carton', packagingCode: 'CTN25' });
      for (let l = 0; l < LINES_PER_CARTON; l++) {
        const n = lines.length;
        const gtin = withGs1CheckDigit(`0950600${digits(n % 9_973, 6)}`).padStart(14, '0');
        lines.push({
          lineId: `L${n}`,
          poNumber: orders[p % orders.length]?.poNumber ?? 'PO',
          poLine: String((n % 400) + 1),
          unitId: carton,
          itemIds: [
            { qualifier: 'gtin', senderQualifier: 'EN', value: gtin },
            { qualifier: 'vendor', senderQualifier: 'VN', value: `V-${n % 9_973}` },
          ],
          gtin,
          description: `ITEM ${n % 9_973} ASSORTED 12X500G`,
          quantity: String((n % 48) + 1),
          uom: 'EA',
          ...(n % 3 === 0 ? { lot: `LOT${n % 777}`, expiry: '2026-12-31' } : {}),
          serials: [],
        });
      }
    }
  }
  return {
    asnId: 'BENCH-856',
    version: 1,
    status: 'open',
    source: { format: 'x12-856', origin: 'bench', controlRefs: [] },
    supplier: { name: 'BENCH SUPPLIER', gln: withGs1CheckDigit('950600013435') },
    carrier: { scac: 'BNCH', seals: [] },
    orders,
    units,
    lines,
    warnings: [],
  };
}

export function benchX12Parse(): Promise<BenchResult[]> {
  const asn = largeAsn();
  const text = writeX12_856([asn], { element: '*', component: '>', segment: '~' }, { lineBreaks: true });
  const bytes = new TextEncoder().encode(text).length;
  const segments = text.split('\n').length - 1;
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = x12AsnImporter.read({ text, fileName: 'bench.x12' });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(result.errors[0]?.message ?? 'rejected');
    if (result.asns[0]?.lines.length !== asn.lines.length) throw new Error('the bench ASN did not read back whole');
    best = Math.min(best, elapsed);
  }
  const seconds = best / 1000;
  const detail = `${segments.toLocaleString('en-US')}-segment 856 (${asn.lines.length.toLocaleString('en-US')} item lines, ${asn.units.length.toLocaleString('en-US')} SSCC units, ${(bytes / 1e6).toFixed(1)} MB), text → canonical ASN, best of 5, one core`;
  return Promise.resolve([
    { name: 'X12 856 parse', value: Math.round(segments / seconds), unit: 'segments/s', detail },
    { name: 'X12 856 parse throughput', value: Math.round((bytes / 1e6 / seconds) * 10) / 10, unit: 'MB/s', detail },
    {
      name: 'X12 856 parse, ASN lines',
      value: Math.round(asn.lines.length / seconds),
      unit: 'lines/s',
      detail: `${asn.lines.length.toLocaleString('en-US')} item lines read in ${Math.round(best)} ms`,
    },
  ]);
}

import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';
import type { AsnLine, AsnLogisticUnit, CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { edifactDesadvImporter } from '../../renderer/src/domain/asn/edifact/desadv-importer';
import { openSegmentReader } from '../../renderer/src/domain/asn/edifact/tokenizer';
import { writeDesadv } from '../../renderer/src/domain/asn/edifact/write-desadv';
import type { BenchResult } from './bench-result';

/**
 * EDIFACT DESADV parse speed in Node (issue 4, item 7): one despatch advice of 100,000 ASN lines on 5,000 SSCC
 * pallets (20 lines each: GTIN, vendor article, lot, expiry, order line, 3-decimal quantities), written by
 * writeDesadv with one segment per text line, then read by the importer from text to canonical ASN (tokenise,
 * envelope and count checks, CPS hierarchy, SSCC and GTIN check digits). Also the tokenizer alone.
 */
const PALLETS = 5_000;
const LINES_PER_PALLET = 20;

export function generateDesadvAsn(pallets = PALLETS, linesPerPallet = LINES_PER_PALLET): CanonicalAsn {
  const units: AsnLogisticUnit[] = [];
  const lines: AsnLine[] = [];
  for (let p = 0; p < pallets; p++) {
    const sscc = withGs1CheckDigit(`35410738${String(p).padStart(9, '0')}`);
    units.push({
      unitId: sscc,
      sscc,
      parentUnitId: null,
      kind: 'pallet',
      packagingCode: '201',
      grossWeight: { value: '512.25', unit: 'KGM' },
    });
    for (let l = 0; l < linesPerPallet; l++) {
      const n = p * linesPerPallet + l;
      const gtin = withGs1CheckDigit(`0541073${String(n % 100_000).padStart(6, '0')}`);
      lines.push({
        lineId: String(n + 1),
        unitId: sscc,
        poNumber: `PO-${1 + (n % 7)}`,
        poLine: String(1 + (n % 250)),
        itemIds: [
          { qualifier: 'gtin', senderQualifier: 'SRV', value: gtin },
          { qualifier: 'vendor', senderQualifier: 'SA', value: `ART-${n % 9973}` },
        ],
        gtin,
        quantity: `${1 + (n % 480)}.${String(n % 1000).padStart(3, '0')}`.replace(/\.?0+$/, ''),
        uom: 'KGM',
        lot: `L${n % 311}`,
        expiry: `2026-${String(1 + (n % 12)).padStart(2, '0')}-15`,
        serials: [],
      });
    }
  }
  return {
    asnId: 'BENCH-100K',
    version: 1,
    status: 'open',
    source: { format: 'edifact-desadv', origin: 'generated', controlRefs: [] },
    supplier: { name: 'Bench Supplier', gln: '5411234512309' },
    shipTo: { name: 'DC 1', gln: '5412345123453' },
    carrier: { seals: ['S-1'], trailer: 'TRL-1' },
    orders: Array.from({ length: 7 }, (_, i) => ({ poNumber: `PO-${i + 1}` })),
    units,
    lines,
    warnings: [],
  };
}

function timed(run: () => void, repeats = 3): number {
  run(); // warm-up: let V8 optimise the hot paths before measuring
  const seconds: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds.sort((a, b) => a - b)[Math.floor(repeats / 2)] ?? 0; // median
}

export function benchDesadvParse(): Promise<BenchResult[]> {
  const asn = generateDesadvAsn();
  const text = writeDesadv([asn], undefined, { preparedAt: new Date(Date.UTC(2026, 0, 1)) });
  const megabytes = new TextEncoder().encode(text).length / 1024 / 1024;
  let segments = 0;
  const tokenizeSeconds = timed(() => {
    const opened = openSegmentReader(text);
    if (!opened.ok) throw new Error(opened.error.message);
    segments = 0;
    while (opened.reader.next().kind === 'segment') segments++;
  });
  const importSeconds = timed(() => {
    const result = edifactDesadvImporter.read({ text, fileName: 'bench.edi' });
    if (!result.ok || result.asns[0]?.lines.length !== asn.lines.length) throw new Error('bench DESADV did not import');
  });
  const size = `${asn.lines.length.toLocaleString('en-US')} ASN lines, ${segments.toLocaleString('en-US')} segments, ${megabytes.toFixed(1)} MB, one core, median of 3`;
  return Promise.resolve([
    {
      name: 'EDIFACT DESADV import',
      value: Math.round(segments / importSeconds),
      unit: 'segments/s',
      detail: `text to canonical ASN; ${size}`,
    },
    {
      name: 'EDIFACT DESADV import',
      value: Math.round((megabytes / importSeconds) * 10) / 10,
      unit: 'MB/s',
      detail: `text to canonical ASN; ${size}`,
    },
    {
      name: 'EDIFACT DESADV import',
      value: Math.round(asn.lines.length / importSeconds),
      unit: 'ASN lines/s',
      detail: `text to canonical ASN; ${size}`,
    },
    {
      name: 'EDIFACT tokenizer',
      value: Math.round(segments / tokenizeSeconds),
      unit: 'segments/s',
      detail: `ISO 9735 tokenising only; ${size}`,
    },
  ]);
}

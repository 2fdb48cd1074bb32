import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';
import { parseScan } from '../../renderer/src/domain/gs1/parse-scan';
import { measureAgreement } from '../corpus/corpus-agreement';
import type { BenchResult } from './bench-result';

/**
 * GS1 parser throughput in Node over a realistic dock mix: GS1-128 pallet labels (SSCC), carton labels
 * (content GTIN, count, lot, expiry, weight), GS1 DataMatrix with serials, EAN-13/UPC-A, ITF-14, bracketed
 * text, Digital Link QR codes and a share of bad scans (wrong check digits, impossible dates).
 */
const GS = '\u001d';
const SSCC = withGs1CheckDigit('39506000012345678');
const GTIN = withGs1CheckDigit('0950600013435');
const GLN = withGs1CheckDigit('950600013435');

export const SCAN_MIX: readonly string[] = [
  `]C100${SSCC}`,
  `]C100${SSCC}410${GLN}400PO-4711${GS}3302001250`,
  `]C102${GTIN}37144${GS}10LOT2026-07${GS}17270131`,
  `]C102${GTIN}3103012500` + `15261231` + `3724`,
  `]d201${GTIN}21SN0000123456${GS}10B77${GS}17280229`,
  ']E04006381333931',
  '036000291452',
  `]I1${withGs1CheckDigit('1540014128876')}`,
  `(01)${GTIN}(10)ABC123(17)261100`,
  `https://id.gs1.org/01/${GTIN}/10/ABC%2F123?17=261231`,
  `${SSCC.slice(0, 17)}${(Number(SSCC.slice(17)) + 1) % 10}`,
  `]C101${GTIN}17261332`,
];

export function benchGs1Parse(): Promise<BenchResult[]> {
  const referenceDate = new Date();
  const options = { referenceDate };
  const run = (scans: number): number => {
    let valid = 0;
    for (let i = 0; i < scans; i++) if (parseScan(SCAN_MIX[i % SCAN_MIX.length] ?? '', options).valid) valid++;
    return valid;
  };
  run(50_000); // warm-up: let V8 optimise the hot path before measuring
  const scans = 500_000;
  const started = performance.now();
  const valid = run(scans);
  const seconds = (performance.now() - started) / 1000;
  const corpus = measureAgreement();
  const sources = Object.keys(corpus.bySource).length;
  return Promise.resolve([
    {
      name: 'GS1 scan parser',
      value: Math.round(scans / seconds),
      unit: 'scans/s',
      detail: `${scans.toLocaleString('en-US')} scans over a ${SCAN_MIX.length}-label dock mix (${Math.round((valid / scans) * 100)}% valid), one core`,
    },
    {
      name: 'GS1 parser agreement with public test cases',
      value: Math.round(corpus.percent * 100) / 100,
      unit: '%',
      detail: `${corpus.agreed}/${corpus.total} cases of test/corpus/gs1-public-cases.json (${sources} cited source files: GS1 Syntax Engine and Syntax Tests vectors, GS1 Digital Link toolkit, biip); disagreements are documented rule choices`,
    },
  ]);
}

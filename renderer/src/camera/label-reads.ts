import { parseScan } from '../domain/gs1/parse-scan';

/**
 * Which of the symbols read in one frame are the scan. A GS1 logistic label carries the SSCC and, beside it,
 * barcodes describing the same unit (content GTIN, count, lot, weights; GS1 General Specifications §2.2,
 * "GS1 Logistic Label"). A wedge user aims at one barcode; a camera sees them all at once. When a frame holds
 * an SSCC, that is what the worker scanned: the unit's other barcodes are attributes of it, and delivering
 * them too would sound an error ("not an SSCC label") on top of the receipt. Frames without an SSCC deliver
 * every read, in the decoder's order.
 */
export function primaryReads(raws: readonly string[]): readonly string[] {
  const ssccReads = raws.filter((raw) => {
    const scan = parseScan(raw);
    return scan.valid && scan.kind === 'gs1' && scan.facts.sscc !== undefined;
  });
  return ssccReads.length > 0 ? ssccReads : raws;
}

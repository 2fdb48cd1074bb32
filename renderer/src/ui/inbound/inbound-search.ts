import type { AsnRow } from '../../db/schema';
import { readSsccScan } from '../../domain/gs1/sscc-scan';

/**
 * Search on the inbound board (issue 4, item 5): ASN id, PO numbers, supplier, trailer and carrier by text; SSCCs
 * through the `units.sscc` index (an ASN row does not hold its units, and a 100,000-line ASN has thousands).
 *
 * Text is normalised on both sides (case, accents, spaces and punctuation dropped), so "po 4500-12" finds
 * "PO450012" and "Müller" finds "MULLER". An SSCC is recognised in every form a person can paste or type from a
 * label: 18 digits, `00` + 18, `(00)` + 18, or with an AIM identifier such as `]C1` (readSsccScan, which reuses
 * parse-scan.ts, so a whole GS1-128 element string with more AIs works too).
 */
export type SearchQuery =
  | { readonly kind: 'all' }
  | { readonly kind: 'text'; readonly needle: string }
  /** `needle` too: an 18-digit ASN id or PO number must still be found by text. */
  | { readonly kind: 'sscc'; readonly sscc: string; readonly needle: string }
  /** Digits only, long enough to be the start of an SSCC (company prefix): index prefix lookup plus text. */
  | { readonly kind: 'sscc-prefix'; readonly prefix: string; readonly needle: string };

/** Shorter digit runs would match thousands of SSCCs by their GS1 company prefix alone. */
export const MIN_SSCC_PREFIX = 8;

export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function parseSearchQuery(input: string): SearchQuery {
  const trimmed = input.trim();
  const needle = normaliseSearchText(trimmed);
  if (needle === '') return { kind: 'all' };
  const sscc = ssccIn(trimmed);
  if (sscc !== null) return { kind: 'sscc', sscc, needle };
  if (/^\d+$/.test(trimmed) && trimmed.length >= MIN_SSCC_PREFIX && trimmed.length < 18) {
    return { kind: 'sscc-prefix', prefix: trimmed, needle };
  }
  return { kind: 'text', needle };
}

/**
 * The SSCC in a scan text, or null. A wrong check digit still searches: partner files carry such SSCCs (kept
 * with a warning), and the receiver looking for that pallet must find it.
 */
function ssccIn(text: string): string | null {
  // Human-readable SSCCs are printed in groups ("(00) 3 9506000 000001234 7"); a copied one keeps the spaces.
  const compact = /^[\d\s()]+$/.test(text) ? text.replace(/\s+/g, '') : text;
  const scan = readSsccScan(compact);
  if (scan.ok) return scan.sscc;
  if (scan.reason !== 'check-digit') return null;
  const digits = /(\d{18})\D*$/.exec(compact.replace(/^\][A-Za-z]\w/, ''));
  return digits?.[1] ?? null;
}

type Searchable = Pick<AsnRow, 'asnId' | 'poNumbers' | 'supplierName' | 'supplierId' | 'trailer' | 'carrierScac'>;

/**
 * One normalised string per ASN, fields apart (a separator normalisation never produces), so a match never
 * spans two fields. Built once per list change, then every keystroke is a substring test per ASN.
 */
export function searchKeyOf(row: Searchable): string {
  return [row.asnId, ...row.poNumbers, row.supplierName, row.supplierId, row.trailer, row.carrierScac]
    .map(normaliseSearchText)
    .join('|');
}

export interface SearchMatchInput<T> {
  readonly rows: readonly T[];
  readonly keyOf: (row: T) => string;
  readonly idOf: (row: T) => string;
  /** ASN ids that hold the searched SSCC (or SSCC prefix), from the units index; empty for text queries. */
  readonly ssccAsnIds: ReadonlySet<string>;
}

export function filterRows<T>(query: SearchQuery, input: SearchMatchInput<T>): T[] {
  if (query.kind === 'all') return [...input.rows];
  return input.rows.filter((row) => input.ssccAsnIds.has(input.idOf(row)) || input.keyOf(row).includes(query.needle));
}

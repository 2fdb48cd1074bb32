import type { DecodedSymbol } from '../decoder-contract';

/** One symbol per distinct raw: zxing-cpp can report a label twice (found again in a rotated or scaled pass). */
export function uniqueByRaw(symbols: readonly DecodedSymbol[]): DecodedSymbol[] {
  const seen = new Set<string>();
  return symbols.filter((s) => !seen.has(s.raw) && seen.add(s.raw));
}

import type { HlNode } from './hl-tree';

/**
 * "The nearest HL at or above this one that has a value": the unit a line sits in, the PO it ships against.
 * Memoised in arrays indexed by `HlNode.index` and walked iteratively, so a 100,000-line ASN stays fast and a
 * hostile file nesting thousands of HLs cannot exhaust the stack. `own[i]` may be filled in while lookups run,
 * as long as an HL gets its own value before anything below it is looked up (parents precede children).
 */
export function nearestLookup(
  nodeCount: number,
  own: readonly (string | undefined)[],
): (node: HlNode) => string | null {
  const memo: (string | null | undefined)[] = new Array<string | null | undefined>(nodeCount);
  return (start) => {
    let result: string | null = null;
    let node: HlNode | null = start;
    for (; node !== null; node = node.parent) {
      const cached = memo[node.index];
      if (cached !== undefined) {
        result = cached;
        break;
      }
      const value = own[node.index];
      if (value !== undefined) {
        result = value;
        break;
      }
    }
    for (let fill: HlNode | null = start; fill !== null && fill !== node; fill = fill.parent) memo[fill.index] = result;
    if (node !== null) memo[node.index] = result;
    return result;
  };
}

import { el, reject, type WarningList } from './problems';
import type { X12Segment } from './tokenizer';

/**
 * The 856 hierarchy: HL segments (HL01 id, HL02 parent id, HL03 level code DE 735) and the segments that follow
 * each HL up to the next one. Levels are S shipment, O order, T tare, P pack, Q subpack, I item, plus partner
 * levels such as ZZ batches (fixture #10). When HL02 is empty (fixture #5) the parent is inferred: the nearest
 * preceding HL of a higher level in the structure BSN05 (DE 1005) names.
 */
export interface HlNode {
  /** Position in `HlStructure.nodes`, for array-backed lookups. */
  readonly index: number;
  readonly id: string;
  readonly level: string;
  readonly hl: X12Segment;
  /** Segments after the HL, up to the next HL (or CTT). */
  readonly content: readonly X12Segment[];
  readonly parent: HlNode | null;
}

export interface HlStructure {
  /** BSN and anything else before the first HL. */
  readonly header: readonly X12Segment[];
  readonly nodes: readonly HlNode[];
  /** CTT and what follows it. */
  readonly trailer: readonly X12Segment[];
}

/** Level ranks per BSN05: a smaller rank sits higher. 0001 S/O/T/P/I, 0002 S/O/I/P, 0004 S/O/I. */
const RANKS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '0001': { S: 0, O: 1, T: 2, P: 3, Q: 4, I: 5 },
  '0002': { S: 0, O: 1, I: 2, T: 3, P: 4, Q: 5 },
  '0004': { S: 0, O: 1, I: 2, T: 3, P: 4, Q: 5 },
};
const DEFAULT_RANKS = RANKS['0001'] ?? {};
/** Partner levels (ZZ batches and the like) nest below every standard level. */
const CUSTOM_RANK = 9;

/** Segments that only make sense inside an HL loop: before the first HL they leave the hierarchy meaningless. */
const DETAIL_TAGS = new Set(['LIN', 'SN1', 'MAN', 'PO4', 'SLN']);

interface MutableNode {
  index: number;
  id: string;
  level: string;
  hl: X12Segment;
  content: X12Segment[];
  parent: MutableNode | null;
}

export function buildHlTree(body: readonly X12Segment[], structure: string, warnings: WarningList): HlStructure {
  const ranks = RANKS[structure] ?? DEFAULT_RANKS;
  const rank = (level: string): number => ranks[level] ?? CUSTOM_RANK;
  const header: X12Segment[] = [];
  const trailer: X12Segment[] = [];
  const nodes: MutableNode[] = [];
  const byId = new Map<string, MutableNode>();
  const inferred: string[] = [];
  let current: MutableNode | null = null;
  let inTrailer = false;
  for (const segment of body) {
    if (segment.tag === 'HL') {
      inTrailer = false;
      const id = el(segment, 1);
      const parentId = el(segment, 2);
      const level = el(segment, 3);
      if (id === '' || level === '') {
        reject('x12-hl', `HL at line ${segment.line} lacks its id (HL01) or level code (HL03).`, segment);
      }
      if (byId.has(id)) {
        reject('x12-hl', `HL id ${id} at line ${segment.line} is used twice in one transaction set.`, segment);
      }
      let parent: MutableNode | null = null;
      if (parentId !== '') {
        parent = byId.get(parentId) ?? null;
        if (parent === null) {
          reject(
            'x12-hl',
            `HL ${id} at line ${segment.line} names parent ${parentId}, which is not an earlier HL: the hierarchy cannot be built.`,
            segment,
          );
        }
      } else if (current !== null && level !== 'S') {
        // HL02 empty: walk up from the previous HL to the nearest one of a higher level.
        let candidate: MutableNode | null = current;
        while (candidate !== null && rank(candidate.level) >= rank(level)) candidate = candidate.parent;
        parent = candidate;
        inferred.push(id);
      }
      const node: MutableNode = { index: nodes.length, id, level, hl: segment, content: [], parent };
      nodes.push(node);
      byId.set(id, node);
      current = node;
    } else if (segment.tag === 'CTT' || inTrailer) {
      inTrailer = true;
      trailer.push(segment);
    } else if (current === null) {
      if (DETAIL_TAGS.has(segment.tag)) {
        reject(
          'x12-segment-order',
          `${segment.tag} at line ${segment.line} comes before any HL: an 856 puts item and package detail inside HL loops, so the hierarchy is meaningless.`,
          segment,
        );
      }
      header.push(segment);
    } else current.content.push(segment);
  }
  const first = inferred[0];
  if (first !== undefined) {
    const node = byId.get(first);
    warnings.add(
      'x12-hl-parent-inferred',
      `HL02 (parent) is empty on ${inferred.length} HL segment(s) (${inferred.slice(0, 5).join(', ')}${inferred.length > 5 ? ', …' : ''}); parents were inferred from the order of the HL loops`,
      node?.hl,
    );
  }
  return { header, nodes, trailer };
}

import bwipjs from 'bwip-js/generic';

/**
 * A symbol as geometry in module units (1 module = the narrow bar or the 2D cell), encoded by bwip-js (Barcode
 * Writer in Pure PostScript): a real encoder independent of the decoders under test. Its raw API gives the
 * bar/space widths of a linear symbol and the module matrix of a 2D one, so frames are drawn at any module
 * size and angle without a canvas.
 */
export type SymbolGrid =
  | {
      readonly kind: 'linear';
      /** Width in modules, without quiet zones. */
      readonly columns: number;
      /** Bar height in modules. */
      readonly rows: number;
      /** Bar start and end positions, in modules from the left edge: [start0, end0, start1, end1, …]. */
      readonly edges: Float64Array;
    }
  | {
      readonly kind: 'matrix';
      readonly columns: number;
      readonly rows: number;
      /** Row-major, 1 = dark module. */
      readonly dark: Uint8Array;
    };

type RawLinear = { sbs: number[] };
type RawMatrix = { pixs: number[]; pixx: number; pixy: number };

export interface EncodeOptions {
  /** Bar height of a linear symbol, in modules. */
  readonly barHeight?: number;
  /**
   * Wide-to-narrow ratio for ITF: bwip-js draws 2:1, below the 2.25–3.0 that GS1 General Specifications
   * §5.3.2.2 requires of ITF-14; printed cartons use about 2.5, so wide elements are redrawn at this ratio.
   */
  readonly itfRatio?: number;
  readonly bwip?: Record<string, unknown>;
}

/** `bcid` is the bwip-js encoder name (gs1-128, itf14, ean13, upca, gs1datamatrix, qrcode, …). */
export function encodeSymbol(bcid: string, text: string, options: EncodeOptions = {}): SymbolGrid {
  const [first] = bwipjs.raw(bcid, text, options.bwip ?? {}) as (RawLinear | RawMatrix)[];
  if (first === undefined) throw new Error(`bwip-js gave nothing for ${bcid}`);
  if ('pixs' in first) {
    return { kind: 'matrix', columns: first.pixx, rows: first.pixy, dark: Uint8Array.from(first.pixs) };
  }
  const ratio = options.itfRatio;
  const widths = first.sbs.map((w) => (ratio !== undefined && w === 2 ? ratio : w));
  const edges = new Float64Array(Math.ceil(widths.length / 2) * 2);
  let x = 0;
  widths.forEach((width, i) => {
    if (i % 2 === 0) {
      edges[i] = x;
      edges[i + 1] = x + width;
    }
    x += width;
  });
  return { kind: 'linear', columns: x, rows: Math.round(options.barHeight ?? 50), edges };
}

/** Is the point (u, v), in modules from the symbol's top-left, dark? `spread` widens the ink (print gain). */
export function isDark(grid: SymbolGrid, u: number, v: number, spread: number): boolean {
  const half = spread / 2;
  if (v < -half || v >= grid.rows + half || u < -half || u >= grid.columns + half) return false;
  if (grid.kind === 'linear') return inBar(grid.edges, u - half) || inBar(grid.edges, u + half);
  const c0 = Math.floor(u - half);
  const c1 = Math.floor(u + half);
  const r0 = Math.floor(v - half);
  const r1 = Math.floor(v + half);
  return cell(grid, c0, r0) || cell(grid, c1, r0) || cell(grid, c0, r1) || cell(grid, c1, r1);
}

function cell(grid: SymbolGrid & { kind: 'matrix' }, c: number, r: number): boolean {
  return c >= 0 && r >= 0 && c < grid.columns && r < grid.rows && grid.dark[r * grid.columns + c] === 1;
}

function inBar(edges: Float64Array, u: number): boolean {
  // Binary search for the last bar start ≤ u.
  let lo = 0;
  let hi = edges.length / 2 - 1;
  if (hi < 0 || u < (edges[0] ?? 0)) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid * 2] ?? 0) <= u) lo = mid;
    else hi = mid - 1;
  }
  return u < (edges[lo * 2 + 1] ?? 0);
}

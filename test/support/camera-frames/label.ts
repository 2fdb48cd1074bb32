import type { LabelContent } from './label-contents';
import type { Prng } from './prng';
import type { SymbolGrid } from './symbol-grid';
import { encodeSymbol, isDark } from './symbol-grid';

/**
 * A printed label in its own plane, measured in modules of its symbol: paper, the symbol with its quiet zone,
 * human-readable text and printed rules around it. Text and rules are what real labels carry beside the
 * barcode; they are also what tempts a decoder into a false read.
 */
export interface Label {
  readonly width: number;
  readonly height: number;
  /** Reflectance of the paper and of the ink, 0 (black) to 1 (white). */
  readonly paper: number;
  readonly ink: number;
  /** Printed straight on brown corrugated board rather than on a white label. */
  readonly kraft: boolean;
  /** Print gain in modules: thermal and flexo printing make dark elements wider than drawn. */
  readonly spread: number;
  readonly symbol: { readonly grid: SymbolGrid; readonly x: number; readonly y: number } | null;
  readonly rects: readonly Rect[];
  readonly text: readonly TextLine[];
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A line of text: glyphs drawn as 5×7 dot-matrix cells, pseudo-random but letter-like. */
export interface TextLine {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly glyphs: readonly number[];
}

export interface LabelStyle {
  readonly paper: number;
  readonly ink: number;
  readonly spread: number;
  readonly kraft?: boolean;
}

/** Lays out a label around a symbol: quiet zones, a human-readable line under it, a header above. */
export function labelFor(content: LabelContent, style: LabelStyle, rng: Prng): Label {
  const grid = encodeSymbol(content.bcid, content.text, {
    ...(content.barHeight === undefined ? {} : { barHeight: content.barHeight }),
    ...(content.itfRatio === undefined ? {} : { itfRatio: content.itfRatio }),
  });
  const q = content.quietZone;
  const linear = grid.kind === 'linear';
  const textSize = linear ? 7 : Math.max(2, grid.rows / 6);
  const header = linear ? 14 : textSize * 3;
  // ITF-14 bearer bars: a frame 4.8 X thick enclosing symbol and quiet zones (GS1 GenSpecs §5.3.2.4).
  const bearer = content.bearer === true ? 4.8 : 0;
  const margin = bearer > 0 ? bearer + 3 : 0;
  const width = grid.columns + 2 * q + 2 * margin + (linear ? 0 : 30);
  const height = header + grid.rows + 2 * q + textSize * 2.5 + 2 * margin;
  const symbolX = q + margin;
  const symbolY = header + q + margin;
  const rects: Rect[] = [];
  if (bearer > 0) {
    const t = bearer;
    const [x0, y0, x1, y1] = [symbolX - q, symbolY - t, symbolX + grid.columns + q, symbolY + grid.rows + t];
    rects.push({ x: x0 - t, y: y0, w: x1 - x0 + 2 * t, h: t }, { x: x0 - t, y: y1 - t, w: x1 - x0 + 2 * t, h: t });
    rects.push({ x: x0 - t, y: y0, w: t, h: y1 - y0 }, { x: x1, y: y0, w: t, h: y1 - y0 });
  }
  const text: TextLine[] = [
    textLine(rng, symbolX, symbolY + grid.rows + q * 0.3 + margin, textSize, grid.columns),
    textLine(rng, symbolX, 2, textSize * 0.9, grid.columns * 0.6),
  ];
  if (!linear) {
    // Beside a 2D symbol: the human-readable AIs in a column of lines, as on a GS1 DataMatrix carton label.
    for (let i = 0; i < 3; i++)
      text.push(textLine(rng, symbolX + grid.columns + q + 2, symbolY + i * textSize * 1.6, textSize, 26));
  }
  return {
    width,
    height,
    paper: style.paper,
    ink: style.ink,
    kraft: style.kraft ?? false,
    spread: style.spread,
    symbol: { grid, x: symbolX, y: symbolY },
    rects,
    text,
  };
}

/** A label with text and rules only (an address label): the decoder must find nothing on it. */
export function textOnlyLabel(rng: Prng, width: number, height: number, style: LabelStyle): Label {
  const text: TextLine[] = [];
  const rects: Rect[] = [{ x: 2, y: height * 0.3, w: width - 4, h: 0.8 }];
  for (let y = 3; y < height - 8; y += rng.between(8, 12)) {
    if (Math.abs(y - height * 0.3) < 4) continue;
    const size = rng.between(4, 7);
    text.push(textLine(rng, rng.between(3, 8), y, size, rng.between(width * 0.3, width - 12)));
  }
  return {
    width,
    height,
    paper: style.paper,
    ink: style.ink,
    kraft: style.kraft ?? false,
    spread: style.spread,
    symbol: null,
    rects,
    text,
  };
}

function textLine(rng: Prng, x: number, y: number, size: number, maxWidth: number): TextLine {
  const pitch = (size * 6) / 7;
  const count = Math.max(1, Math.floor(maxWidth / pitch));
  const glyphs = Array.from({ length: count }, () => (rng.next() < 0.15 ? 0 : glyph(rng)));
  return { x, y, size, glyphs };
}

/** A 5×7 glyph bitmap (35 bits): strokes rather than noise, so it looks like print at a distance. */
function glyph(rng: Prng): number {
  let bits = 0;
  const set = (c: number, r: number): void => {
    bits |= 1 << (r * 5 + c);
  };
  const vertical = rng.int(0, 3);
  for (let r = 0; r < 7; r++) {
    if (vertical & 1) set(0, r);
    if (vertical & 2) set(4, r);
  }
  for (const row of [0, 3, 6]) if (rng.next() < 0.5) for (let c = 0; c < 5; c++) set(c, row);
  if (rng.next() < 0.3) for (let r = 0; r < 7; r++) set(2, r);
  if (bits === 0) for (let r = 0; r < 7; r++) set(rng.int(0, 4), r);
  return bits;
}

/** Reflectance of the label at (u, v) in label modules, or -1 outside the label. */
export function sampleLabel(label: Label, u: number, v: number): number {
  if (u < 0 || v < 0 || u >= label.width || v >= label.height) return -1;
  const { symbol } = label;
  if (symbol && isDark(symbol.grid, u - symbol.x, v - symbol.y, label.spread)) return label.ink;
  for (const r of label.rects) if (u >= r.x && u < r.x + r.w && v >= r.y && v < r.y + r.h) return label.ink;
  for (const line of label.text) {
    if (v < line.y || v >= line.y + line.size || u < line.x) continue;
    const cell = line.size / 7;
    const col = Math.floor((u - line.x) / cell);
    const index = Math.floor(col / 6);
    const bits = line.glyphs[index];
    if (bits === undefined) continue;
    const c = col % 6;
    const r = Math.floor((v - line.y) / cell);
    if (c < 5 && (bits >> (r * 5 + c)) & 1) return label.ink;
  }
  return label.paper;
}

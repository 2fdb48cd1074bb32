import type { FramePoint } from '../decoder-contract';
import { barExtent } from './bar-extent';
import type { BarRegion } from './bar-regions';
import type { Luma } from './luma';

/**
 * Turns a found bar region upright: samples a rotated rectangle of the frame so the bars stand vertical, and
 * averages each output row over a band along the bars. A linear symbol's information runs across the bars
 * only, so averaging along them keeps every edge while cutting sensor noise by √(band); it also removes the
 * tilt that defeats row-scanning readers (bar-regions.ts).
 */
export interface Straightened {
  readonly luma: Luma;
  /** Maps a point of the straightened image back to the frame (for the highlight's corners). */
  toFrame(x: number, y: number): FramePoint;
}

export interface StraightenOptions {
  /** Output pixels per frame pixel across the bars: > 1 helps readers with modules under ~2 px. */
  readonly upscale: number;
  /** Output rows, each the average of one band along the bars. */
  readonly rows: number;
}

export function straighten(luma: Luma, region: BarRegion, options: StraightenOptions): Straightened {
  const ux = Math.cos(region.angle);
  const uy = Math.sin(region.angle);
  // Block-quantised regions can miss the outer bars and always miss the quiet zone: widen generously.
  const margin = Math.max(24, region.length * 0.15);
  const halfLength = region.length / 2 + margin;
  const outWidth = Math.max(1, Math.round(2 * halfLength * options.upscale));
  // Bands only where the bars are (not over the text above and below them), trimmed by a tenth at each end.
  const extent = barExtent(luma, region);
  const trim = (extent.to - extent.from) * 0.1;
  const vFrom = extent.from + trim;
  const span = Math.max(options.rows, extent.to - extent.from - 2 * trim);
  const band = span / options.rows;
  // Up to six lines per band: √6 less noise already, and the cost stays flat on tall regions. Samples are taken
  // straight at the output resolution: interpolating once (bilinear) keeps edges that a second, 1D
  // interpolation of already-interpolated samples would soften.
  const perBand = Math.min(MAX_LINES_PER_BAND, Math.max(1, Math.round(band)));
  const data = new Uint8ClampedArray(outWidth * options.rows);
  const step = 1 / options.upscale;
  const source = luma;
  for (let r = 0; r < options.rows; r++) {
    const sums = new Float32Array(outWidth);
    for (let s = 0; s < perBand; s++) {
      const v = vFrom + r * band + ((s + 0.5) * band) / perBand;
      const x0 = region.cx + (-halfLength + step / 2) * ux - v * uy - 0.5;
      const y0 = region.cy + (-halfLength + step / 2) * uy + v * ux - 0.5;
      for (let i = 0; i < outWidth; i++) {
        sums[i] =
          (sums[i] ?? 0) + bilinear(source.data, source.width, source.height, x0 + i * step * ux, y0 + i * step * uy);
      }
    }
    for (let i = 0; i < outWidth; i++) data[r * outWidth + i] = (sums[i] ?? 0) / perBand;
  }
  const out: Luma = { width: outWidth, height: options.rows, data };
  return {
    luma: out,
    toFrame(x: number, y: number): FramePoint {
      const u = -halfLength + x / options.upscale;
      const v = vFrom + y * band;
      return { x: region.cx + u * ux - v * uy, y: region.cy + u * uy + v * ux };
    },
  };
}

const MAX_LINES_PER_BAND = 6;

function bilinear(data: Uint8ClampedArray, width: number, height: number, x: number, y: number): number {
  const cx = Math.min(width - 2, Math.max(0, x));
  const cy = Math.min(height - 2, Math.max(0, y));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const fx = cx - x0;
  const fy = cy - y0;
  const i = y0 * width + x0;
  const a = data[i] ?? 0;
  const b = data[i + 1] ?? 0;
  const c = data[i + width] ?? 0;
  const d = data[i + width + 1] ?? 0;
  return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
}

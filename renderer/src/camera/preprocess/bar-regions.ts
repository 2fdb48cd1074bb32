import type { Luma } from './luma';

/**
 * Where the frame shows a 1D barcode, and at what angle. ZXing's 1D readers scan pixel rows (and, rotated,
 * columns): a linear symbol tilted by more than about atan(bar height / symbol width), roughly 10–15° for a
 * GS1-128 label, is crossed by no single row, and one noisy row rarely decodes. This finds the bars
 * instead, so straighten.ts can turn them upright and average along them.
 *
 * Method: the structure tensor of the image gradient (Bigün & Granlund; the usual barcode localisation by
 * "gradient coherence"). Over blocks of the half-resolution image, bars give strong gradients that all point
 * one way (coherence near 1); text, noise and board texture give weak or scattered ones. Neighbouring
 * coherent blocks with the same orientation are joined into regions.
 */
export interface BarRegion {
  /** Centre, in frame pixels. */
  readonly cx: number;
  readonly cy: number;
  /** Direction across the bars (the gradient direction), radians in (−π/2, π/2]. */
  readonly angle: number;
  /** Extent across the bars and along them, in frame pixels (block-quantised, without quiet zones). */
  readonly length: number;
  readonly height: number;
  /** Number of blocks: a rough measure of how much of the frame the bars cover. */
  readonly blocks: number;
}

/** Half-resolution block size (so 16 × 16 frame pixels). */
const BLOCK = 8;
/** Coherence (0–1) above which a block counts as bars; measured: bars ≥ 0.8, text and noise ≤ 0.5. */
const MIN_COHERENCE = 0.72;
/** RMS gradient (grey levels per half-res pixel) below which a block is flat. */
const MIN_RMS_GRADIENT = 6;
/** Two blocks belong to one region when their orientations differ by less than this. */
const MAX_ANGLE_STEP = (12 * Math.PI) / 180;
const MIN_BLOCKS = 8;

export function findBarRegions(luma: Luma, maxRegions = 3): BarRegion[] {
  const half = downsample(luma);
  const bw = Math.floor(half.width / BLOCK);
  const bh = Math.floor(half.height / BLOCK);
  const angle = new Float32Array(bw * bh);
  const weight = new Float32Array(bw * bh);
  const candidate = new Uint8Array(bw * bh);
  const { data, width } = half;
  // Gradients by central differences; blocks start one pixel in, so every neighbour exists.
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let sxx = 0;
      let syy = 0;
      let sxy = 0;
      const y0 = Math.max(1, by * BLOCK);
      const y1 = Math.min(half.height - 1, (by + 1) * BLOCK);
      const x0 = Math.max(1, bx * BLOCK);
      const x1 = Math.min(width - 1, (bx + 1) * BLOCK);
      for (let y = y0; y < y1; y++) {
        for (let i = y * width + x0, end = y * width + x1; i < end; i++) {
          const gx = (data[i + 1] as number) - (data[i - 1] as number);
          const gy = (data[i + width] as number) - (data[i - width] as number);
          sxx += gx * gx;
          syy += gy * gy;
          sxy += gx * gy;
        }
      }
      const count = (y1 - y0) * (x1 - x0);
      const energy = sxx + syy;
      const b = by * bw + bx;
      if (count === 0 || energy / count < MIN_RMS_GRADIENT * MIN_RMS_GRADIENT) continue;
      const coherence = Math.sqrt((sxx - syy) ** 2 + 4 * sxy * sxy) / energy;
      if (coherence < MIN_COHERENCE) continue;
      candidate[b] = 1;
      angle[b] = 0.5 * Math.atan2(2 * sxy, sxx - syy);
      weight[b] = energy * coherence;
    }
  }
  return joinBlocks(candidate, angle, weight, bw, bh)
    .sort((a, b) => b.blocks - a.blocks)
    .slice(0, maxRegions);
}

/** Flood fill over 8-neighbours with similar orientation; one BarRegion per component. */
function joinBlocks(
  candidate: Uint8Array,
  angle: Float32Array,
  weight: Float32Array,
  bw: number,
  bh: number,
): BarRegion[] {
  const seen = new Uint8Array(candidate.length);
  const regions: BarRegion[] = [];
  const size = BLOCK * 2; // block size in frame pixels
  for (let start = 0; start < candidate.length; start++) {
    if (candidate[start] !== 1 || seen[start] === 1) continue;
    const members: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const b = stack.pop() ?? 0;
      members.push(b);
      const bx = b % bw;
      const by = (b - bx) / bw;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = bx + dx;
          const ny = by + dy;
          if (nx < 0 || ny < 0 || nx >= bw || ny >= bh) continue;
          const n = ny * bw + nx;
          if (candidate[n] !== 1 || seen[n] === 1) continue;
          if (angleBetween(angle[b] ?? 0, angle[n] ?? 0) > MAX_ANGLE_STEP) continue;
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
    if (members.length < MIN_BLOCKS) continue;
    // Mean orientation of an axis (θ ≡ θ + π): average the doubled angles as unit vectors.
    let c2 = 0;
    let s2 = 0;
    let cx = 0;
    let cy = 0;
    let total = 0;
    for (const b of members) {
      const w = weight[b] ?? 0;
      const a = angle[b] ?? 0;
      c2 += w * Math.cos(2 * a);
      s2 += w * Math.sin(2 * a);
      const bx = b % bw;
      cx += w * (bx + 0.5) * size;
      cy += w * ((b - bx) / bw + 0.5) * size;
      total += w;
    }
    const theta = 0.5 * Math.atan2(s2, c2);
    const ux = Math.cos(theta);
    const uy = Math.sin(theta);
    cx /= total;
    cy /= total;
    let uMin = Infinity;
    let uMax = -Infinity;
    let vMin = Infinity;
    let vMax = -Infinity;
    for (const b of members) {
      const bx = b % bw;
      const px = (bx + 0.5) * size - cx;
      const py = ((b - bx) / bw + 0.5) * size - cy;
      const u = px * ux + py * uy;
      const v = -px * uy + py * ux;
      uMin = Math.min(uMin, u);
      uMax = Math.max(uMax, u);
      vMin = Math.min(vMin, v);
      vMax = Math.max(vMax, v);
    }
    const uMid = (uMin + uMax) / 2;
    const vMid = (vMin + vMax) / 2;
    regions.push({
      cx: cx + uMid * ux - vMid * uy,
      cy: cy + uMid * uy + vMid * ux,
      angle: theta,
      length: uMax - uMin + size,
      height: vMax - vMin + size,
      blocks: members.length,
    });
  }
  return regions;
}

function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % Math.PI;
  return Math.min(d, Math.PI - d);
}

/** 2 × 2 box average: halves the noise and the work. */
function downsample(luma: Luma): Luma {
  const width = luma.width >> 1;
  const height = luma.height >> 1;
  const data = new Uint8ClampedArray(width * height);
  const src = luma.data;
  const w = luma.width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 2 * y * w + 2 * x;
      data[y * width + x] = ((src[i] ?? 0) + (src[i + 1] ?? 0) + (src[i + w] ?? 0) + (src[i + w + 1] ?? 0) + 2) >> 2;
    }
  }
  return { width, height, data };
}

import type { BarRegion } from './bar-regions';
import type { Luma } from './luma';

/**
 * How far the bars reach along their own direction. A region found by blocks also covers the human-readable
 * text above and below a label's bars (its vertical strokes look like bars to the block test); averaging that
 * text into a band destroys the band. Each line along the bar direction is scored by the edge energy of its
 * profile across the bars; the bars are the run of lines, around the strongest one, that score at least half
 * as much.
 *
 * Returns the run as offsets from the region centre along the bars, in frame pixels.
 */
export function barExtent(luma: Luma, region: BarRegion): { readonly from: number; readonly to: number } {
  const ux = Math.cos(region.angle);
  const uy = Math.sin(region.angle);
  const halfU = Math.round(region.length * 0.4);
  const halfV = region.height / 2 + 8;
  const step = 2;
  const scores: number[] = [];
  for (let v = -halfV; v <= halfV; v += step) scores.push(lineScore(luma, region, ux, uy, halfU, v));
  let peak = 0;
  scores.forEach((s, i) => {
    if (s > (scores[peak] ?? 0)) peak = i;
  });
  const threshold = (scores[peak] ?? 0) * 0.5;
  let lo = peak;
  let hi = peak;
  while (lo > 0 && (scores[lo - 1] ?? 0) >= threshold) lo--;
  while (hi < scores.length - 1 && (scores[hi + 1] ?? 0) >= threshold) hi++;
  return { from: -halfV + lo * step, to: -halfV + hi * step };
}

function lineScore(luma: Luma, region: BarRegion, ux: number, uy: number, halfU: number, v: number): number {
  const { data, width, height } = luma;
  let previous = -1;
  let score = 0;
  for (let u = -halfU; u <= halfU; u++) {
    const x = Math.round(region.cx + u * ux - v * uy);
    const y = Math.round(region.cy + u * uy + v * ux);
    const value = x < 0 || y < 0 || x >= width || y >= height ? 0 : (data[y * width + x] ?? 0);
    if (previous >= 0) score += (value - previous) ** 2;
    previous = value;
  }
  return score;
}

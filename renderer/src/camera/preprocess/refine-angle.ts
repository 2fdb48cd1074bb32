import type { BarRegion } from './bar-regions';
import type { Luma } from './luma';

/**
 * Re-measures a bar region's angle by projection: the profile taken along the bars is sharpest when the
 * projection direction matches them exactly (a local Radon transform). Gradient-based angles (the structure
 * tensor of bar-regions.ts) are biased by several degrees towards 45° when modules are 2–3 px, because a
 * finite difference under-reads high frequencies more along one axis than the other; a band averaged along
 * bars that are off by 3° already smears a 2 px module.
 */
export function refineAngle(luma: Luma, region: BarRegion): BarRegion {
  let best = region.angle;
  // Coarse ±6° in 1.5° steps, then ±1° in 0.25° steps around the best.
  for (const [range, step] of [
    [6, 1.5],
    [1, 0.25],
  ] as const) {
    const centre = best;
    let bestScore = -1;
    for (let d = -range; d <= range + 1e-9; d += step) {
      const angle = centre + (d * Math.PI) / 180;
      const score = profileSharpness(luma, region, angle);
      if (score > bestScore) {
        bestScore = score;
        best = angle;
      }
    }
  }
  return { ...region, angle: best };
}

/** Sum of squared steps of the profile across the bars, each bin averaged along the bars' middle half. */
function profileSharpness(luma: Luma, region: BarRegion, angle: number): number {
  const { data, width, height } = luma;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const halfU = Math.round(region.length * 0.45);
  const halfV = region.height * 0.25;
  const samples = Math.max(4, Math.min(12, Math.round(halfV)));
  let previous = -1;
  let score = 0;
  for (let u = -halfU; u <= halfU; u++) {
    let sum = 0;
    for (let s = 0; s < samples; s++) {
      const v = -halfV + ((s + 0.5) * 2 * halfV) / samples;
      const x = region.cx + u * ux - v * uy;
      const y = region.cy + u * uy + v * ux;
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
      const e = data[i + width + 1] ?? 0;
      sum += a + (b - a) * fx + (c - a) * fy + (a - b - c + e) * fx * fy;
    }
    const value = sum / samples;
    if (previous >= 0) score += (value - previous) ** 2;
    previous = value;
  }
  return score;
}

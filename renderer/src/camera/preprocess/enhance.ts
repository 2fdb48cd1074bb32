import type { Luma } from './luma';

/**
 * Sharpening for a straightened 1D crop (rows across the bars): an unsharp mask, x + k·(x − blur(x)), along
 * rows only, since across the bars is where the information is and along them the straightening already
 * averaged. Defocus spreads each edge over ~2σ; with modules of 2 px the narrow spaces between wide bars lose
 * most of their contrast and a reader's threshold merges them. Sharpening restores their depth first.
 * (A local-mean binarisation of the crop was also measured; it read almost nothing and was dropped.)
 */
export function sharpen(luma: Luma, sigma: number, amount: number): Luma {
  const blurred = blurRows(luma, sigma);
  const data = new Uint8ClampedArray(luma.data.length);
  for (let i = 0; i < data.length; i++) {
    const v = luma.data[i] ?? 0;
    data[i] = v + amount * (v - (blurred[i] ?? 0));
  }
  return { ...luma, data };
}

function blurRows(luma: Luma, sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(sigma * 2.5));
  const kernel: number[] = [];
  let total = 0;
  for (let k = -radius; k <= radius; k++) {
    const w = Math.exp(-(k * k) / (2 * sigma * sigma));
    kernel.push(w);
    total += w;
  }
  const { width, height } = luma;
  const out = new Float32Array(luma.data.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) {
        const xx = Math.min(width - 1, Math.max(0, x + k));
        sum += (luma.data[row + xx] ?? 0) * (kernel[k + radius] ?? 0);
      }
      out[row + x] = sum / total;
    }
  }
  return out;
}

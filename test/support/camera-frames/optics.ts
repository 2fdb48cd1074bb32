/**
 * What the camera does to the light: lens defocus (Gaussian blur), motion while the frame is exposed (a box
 * along the motion), and sensor noise. All act on a Float32 image of `width` × `height`.
 */
export function gaussianBlur(image: Float32Array, width: number, height: number, sigma: number): Float32Array {
  if (sigma <= 0) return image;
  const radius = Math.ceil(sigma * 3);
  const kernel = new Float32Array(radius * 2 + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const w = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel[i + radius] = w;
    sum += w;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] = (kernel[i] ?? 0) / sum;
  return convolve(convolve(image, width, height, kernel, true), width, height, kernel, false);
}

/** Motion blur of `length` pixels along the angle `degrees` (a hand or a conveyor moving the carton). */
export function motionBlur(
  image: Float32Array,
  width: number,
  height: number,
  length: number,
  degrees: number,
): Float32Array {
  if (length <= 1) return image;
  const steps = Math.ceil(length);
  const dx = Math.cos((degrees * Math.PI) / 180);
  const dy = Math.sin((degrees * Math.PI) / 180);
  const out = new Float32Array(image.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let s = 0; s < steps; s++) {
        const t = s - (steps - 1) / 2;
        const sx = Math.min(width - 1, Math.max(0, Math.round(x + t * dx)));
        const sy = Math.min(height - 1, Math.max(0, Math.round(y + t * dy)));
        sum += image[sy * width + sx] ?? 0;
      }
      out[y * width + x] = sum / steps;
    }
  }
  return out;
}

/** One separable pass; edge pixels repeat the border (clamped taps only near the edges, for speed). */
function convolve(
  image: Float32Array,
  width: number,
  height: number,
  kernel: Float32Array,
  horizontal: boolean,
): Float32Array {
  const out = new Float32Array(image.length);
  const radius = (kernel.length - 1) / 2;
  const stride = horizontal ? 1 : width;
  const length = horizontal ? width : height;
  const lines = horizontal ? height : width;
  const lineStride = horizontal ? width : 1;
  const taps = kernel.length;
  for (let line = 0; line < lines; line++) {
    const base = line * lineStride;
    for (let p = 0; p < length; p++) {
      let sum = 0;
      if (p >= radius && p < length - radius) {
        // Interior: no clamping. (Typed-array reads in range; the casts only satisfy noUncheckedIndexedAccess.)
        let at = base + (p - radius) * stride;
        for (let k = 0; k < taps; k++, at += stride) sum += (image[at] as number) * (kernel[k] as number);
      } else {
        for (let k = -radius; k <= radius; k++) {
          const q = Math.min(length - 1, Math.max(0, p + k));
          sum += (image[base + q * stride] as number) * (kernel[k + radius] as number);
        }
      }
      out[base + p * stride] = sum;
    }
  }
  return out;
}

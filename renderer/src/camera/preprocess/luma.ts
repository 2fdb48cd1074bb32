import type { RgbaFrame } from '../decoder-contract';

/** A greyscale image, one byte per pixel, row-major: what barcode decoders actually read. */
export interface Luma {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/**
 * RGBA → luminance with the ITU-R BT.601 weights in integer arithmetic (77, 150, 29)/256. Decoders need one
 * byte per pixel; handing @zxing/library the RGBA bytes makes it read each channel as a pixel (TRAPS.md).
 */
export function lumaOf(frame: RgbaFrame): Luma {
  const { data, width, height } = frame;
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = ((data[j] ?? 0) * 77 + (data[j + 1] ?? 0) * 150 + (data[j + 2] ?? 0) * 29) >> 8;
  }
  return { width, height, data: out };
}

/** Grey back to RGBA (R = G = B), for readers that only take ImageData-shaped input. */
export function rgbaOf(luma: Luma): RgbaFrame {
  const data = new Uint8ClampedArray(luma.width * luma.height * 4);
  for (let i = 0, j = 0; i < luma.data.length; i++, j += 4) {
    const v = luma.data[i] ?? 0;
    data[j] = v;
    data[j + 1] = v;
    data[j + 2] = v;
    data[j + 3] = 255;
  }
  return { width: luma.width, height: luma.height, data };
}

import { inflateSync } from 'node:zlib';

/** An 8-bit RGBA image, rows top to bottom (the layout of ImageData). */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Just enough of a PNG decoder (RFC 2083) for what bwip-js writes: 8-bit greyscale, RGB or RGBA, not
 * interlaced. Written here so the fake-camera video needs no image library (the brief: no new dependency).
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      const header = new DataView(body.buffer, body.byteOffset, body.byteLength);
      width = header.getUint32(0);
      height = header.getUint32(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = ({ 0: 1, 2: 3, 6: 4 } as Record<number, number>)[colour ?? -1] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = unfilter(raw, stride, height, channels);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, p = 0; i < width * height; i += 1, p += channels) {
    const grey = channels === 1;
    data[i * 4] = pixels[p] ?? 0;
    data[i * 4 + 1] = pixels[grey ? p : p + 1] ?? 0;
    data[i * 4 + 2] = pixels[grey ? p : p + 2] ?? 0;
    data[i * 4 + 3] = channels === 4 ? (pixels[p + 3] ?? 255) : 255;
  }
  return { width, height, data };
}

/** Undoes the per-row filters (PNG spec §9): None, Sub, Up, Average, Paeth. */
function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? -1;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[row - stride + x - bpp] ?? 0) : 0;
      const value = raw[src + x] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = a;
          break;
        case 2:
          predicted = b;
          break;
        case 3:
          predicted = (a + b) >> 1;
          break;
        case 4:
          predicted = paeth(a, b, c);
          break;
        default:
          throw new Error(`PNG row ${y}: unknown filter ${filter}`);
      }
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

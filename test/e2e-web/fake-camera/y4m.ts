import type { RgbaImage } from './png-pixels';

/**
 * YUV4MPEG2 (the `.y4m` Chromium's `--use-file-for-fake-video-capture` plays, looping): a one-line text header,
 * then per frame `FRAME\n` and the planar I420 picture (full-size Y, then quarter-size U and V). Written by
 * hand so the test needs no ffmpeg.
 */
export function y4mHeader(width: number, height: number, fps: number): string {
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error('I420 needs even frame sizes');
  return `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`;
}

/** One frame, converted with the BT.601 studio-range matrix that video decoders assume for y4m input. */
export function y4mFrame(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  const ySize = width * height;
  const cSize = ySize / 4;
  const out = Buffer.alloc(6 + ySize + 2 * cSize);
  out.write('FRAME\n', 0, 'latin1');
  const yPlane = 6;
  const uPlane = yPlane + ySize;
  const vPlane = uPlane + cSize;
  const at = (x: number, y: number, c: number): number => data[(y * width + x) * 4 + c] ?? 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      out[yPlane + y * width + x] = clamp(16 + 0.257 * at(x, y, 0) + 0.504 * at(x, y, 1) + 0.098 * at(x, y, 2));
    }
  }
  // Chroma: the average of each 2x2 block.
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        r += at(x + dx, y + dy, 0) / 4;
        g += at(x + dx, y + dy, 1) / 4;
        b += at(x + dx, y + dy, 2) / 4;
      }
      const c = (y / 2) * (width / 2) + x / 2;
      out[uPlane + c] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b);
      out[vPlane + c] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b);
    }
  }
  return out;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}

import { writeFile } from 'node:fs/promises';
import bwipjs from 'bwip-js/node';
import { decodePng, type RgbaImage } from './png-pixels';
import { y4mFrame, y4mHeader } from './y4m';

export interface LabelVideoOptions {
  /** The 18-digit SSCC printed as a GS1-128 label, `(00)` + SSCC. */
  readonly sscc: string;
  readonly width?: number;
  readonly height?: number;
  readonly frames?: number;
  readonly fps?: number;
}

/**
 * A fake-camera video of one pallet label held in front of the camera: a white GS1-128 label (bwip-js, the
 * real encoder) on brown cardboard, every frame, nudged a pixel or two from frame to frame like a hand-held
 * label. Chromium loops the file, so the same label stays in view for as long as the test runs: exactly what
 * the camera's de-duplication must turn into one scan.
 */
export async function writeLabelVideo(file: string, options: LabelVideoOptions): Promise<void> {
  const { sscc, width = 640, height = 480, frames = 8, fps = 10 } = options;
  const png = await bwipjs.toBuffer({
    bcid: 'gs1-128',
    text: `(00)${sscc}`,
    scale: 2,
    height: 18,
    includetext: true,
    textxalign: 'center',
    backgroundcolor: 'FFFFFF',
    paddingwidth: 16,
    paddingheight: 10,
  });
  const label = decodePng(png);
  const chunks: Buffer[] = [Buffer.from(y4mHeader(width, height, fps), 'latin1')];
  for (let i = 0; i < frames; i += 1) {
    // A small deterministic wobble: the highlight follows it; the scan must not repeat because of it.
    const dx = Math.round(3 * Math.sin(i));
    const dy = Math.round(2 * Math.cos(i));
    chunks.push(y4mFrame(compose(label, width, height, dx, dy)));
  }
  await writeFile(file, Buffer.concat(chunks));
}

const CARDBOARD = [150, 112, 72] as const;

function compose(label: RgbaImage, width: number, height: number, dx: number, dy: number): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    data.set(CARDBOARD, i * 4);
    data[i * 4 + 3] = 255;
  }
  const left = Math.round((width - label.width) / 2) + dx;
  const top = Math.round((height - label.height) / 2) + dy;
  for (let y = 0; y < label.height; y += 1) {
    const ty = top + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < label.width; x += 1) {
      const tx = left + x;
      if (tx < 0 || tx >= width) continue;
      const s = (y * label.width + x) * 4;
      const alpha = (label.data[s + 3] ?? 255) / 255;
      for (let c = 0; c < 3; c += 1) {
        const under = data[(ty * width + tx) * 4 + c] ?? 0;
        data[(ty * width + tx) * 4 + c] = Math.round((label.data[s + c] ?? 0) * alpha + under * (1 - alpha));
      }
    }
  }
  return { width, height, data };
}

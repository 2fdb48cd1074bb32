import type { CameraSymbology, DecodedSymbol, FramePoint } from '../decoder-contract';
import { cornersFromPoints } from '../decoders/corners';
import { findBarRegions } from './bar-regions';
import { sharpen } from './enhance';
import type { Luma } from './luma';
import { refineAngle } from './refine-angle';
import { straighten } from './straighten';

/**
 * The second pass both decoders run when the whole frame gave nothing (docs/decisions/camera-decoder.md):
 * find the bars, turn them upright, average along them, sharpen across them, and let the decoder's 1D readers
 * read that small crop. It recovers linear symbols at odd angles, in noise, under defocus and at small module
 * sizes, the cases where reading single pixel rows of the frame fails.
 */
export interface CropSymbol {
  readonly raw: string;
  readonly symbology: CameraSymbology;
  /** The symbol's outline in crop pixels (any number of points; the decoder's own). */
  readonly points: readonly FramePoint[];
}

export type CropReader = (crop: Luma) => Promise<readonly CropSymbol[]>;

/**
 * One way of looking at a straightened region: how much to stretch it across the bars (> 1 helps readers with
 * modules under ~2 px) and how hard to sharpen it (unsharp mask amount; σ is one source pixel). Each decoder
 * passes the views that measured best for it (docs/decisions/camera-decoder.md): they differ, because
 * zxing-cpp's edge finding likes a strongly sharpened profile and @zxing/library's stricter quiet-zone and
 * variance checks reject the overshoot.
 */
export interface StraightenView {
  readonly upscale: number;
  readonly sharpen: number;
}

/** Eight bands along the bars; at most three regions, largest first. */
const ROWS = 8;
const MAX_REGIONS = 3;

export async function readStraightenedBars(
  luma: Luma,
  views: readonly StraightenView[],
  read: CropReader,
): Promise<DecodedSymbol[]> {
  if (views.length === 0) return [];
  for (const found of findBarRegions(luma, MAX_REGIONS)) {
    const region = refineAngle(luma, found);
    for (const view of views) {
      const straight = straighten(luma, region, { upscale: view.upscale, rows: ROWS });
      const crop = view.sharpen > 0 ? sharpen(straight.luma, view.upscale, view.sharpen) : straight.luma;
      const symbols = await read(crop);
      if (symbols.length > 0) {
        return symbols.map((symbol) => ({
          raw: symbol.raw,
          symbology: symbol.symbology,
          corners: cornersFromPoints(symbol.points.map((p) => straight.toFrame(p.x, p.y))),
        }));
      }
    }
  }
  return [];
}

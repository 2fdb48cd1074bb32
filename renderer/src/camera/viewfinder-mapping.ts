import type { FramePoint } from './decoder-contract';

/**
 * Where a point of the camera frame appears in the viewfinder, so the highlight sits on the label the worker
 * sees. The <video> scales the frame with CSS `object-fit` (CSS Images 3, §5.5): `contain` shows all of it,
 * centred, with bars; `cover` fills the element and crops the overflow, centred. A front camera's picture is
 * shown mirrored (CSS `scaleX(-1)` on the video, like a mirror, which is what people expect of a front camera),
 * while the decoder sees the unmirrored frame, so the outline must be mirrored too.
 */
export type ViewfinderFit = 'contain' | 'cover';

export interface ViewfinderGeometry {
  /** The frame the decoder saw, in pixels. */
  readonly frameWidth: number;
  readonly frameHeight: number;
  /** The viewfinder element's box, in CSS pixels. */
  readonly viewWidth: number;
  readonly viewHeight: number;
  readonly fit: ViewfinderFit;
  readonly mirrored: boolean;
}

/** The frame-to-view transform; null while any size is still unknown (0), when nothing can be drawn. */
export function frameToView(geometry: ViewfinderGeometry): ((point: FramePoint) => FramePoint) | null {
  const { frameWidth, frameHeight, viewWidth, viewHeight, fit, mirrored } = geometry;
  if (!(frameWidth > 0 && frameHeight > 0 && viewWidth > 0 && viewHeight > 0)) return null;
  const scaleX = viewWidth / frameWidth;
  const scaleY = viewHeight / frameHeight;
  const scale = fit === 'cover' ? Math.max(scaleX, scaleY) : Math.min(scaleX, scaleY);
  const offsetX = (viewWidth - frameWidth * scale) / 2;
  const offsetY = (viewHeight - frameHeight * scale) / 2;
  return ({ x, y }) => {
    const viewX = offsetX + x * scale;
    return { x: mirrored ? viewWidth - viewX : viewX, y: offsetY + y * scale };
  };
}

/** A symbol's outline in view coordinates, or null when it cannot be placed yet. */
export function outlineInView(corners: readonly FramePoint[], geometry: ViewfinderGeometry): FramePoint[] | null {
  const map = frameToView(geometry);
  return map ? corners.map(map) : null;
}

/** The `points` attribute of an SVG polygon, rounded to a tenth of a pixel. */
export function svgPoints(points: readonly FramePoint[]): string {
  const round = (value: number): number => Math.round(value * 10) / 10;
  return points.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ');
}

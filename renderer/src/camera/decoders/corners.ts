import type { DecodedSymbol, FramePoint } from '../decoder-contract';

export type Corners = DecodedSymbol['corners'];

/**
 * The four corners of a symbol for the viewfinder's highlight, clockwise from the corner nearest the frame's
 * top-left (screen coordinates, y down). Decoders report different point sets: zxing-cpp four corners,
 * @zxing/library two ends of a 1D scan line, three QR finder centres (plus an alignment pattern) or four
 * DataMatrix corners. This turns any of them into one outline.
 */
export function cornersFromPoints(points: readonly FramePoint[], lineHalfWidth = 8): Corners {
  const [a, b] = points;
  if (a === undefined) return [ORIGIN, ORIGIN, ORIGIN, ORIGIN];
  if (b === undefined) return [a, a, a, a];
  if (points.length === 2) return clockwise(lineToQuad(a, b, lineHalfWidth));
  if (points.length === 3) {
    // zxing's QR result order: bottom-left, top-left, top-right finder centres; complete the parallelogram.
    const c = points[2] ?? b;
    return clockwise([a, b, c, { x: a.x + c.x - b.x, y: a.y + c.y - b.y }]);
  }
  return clockwise(points.slice(0, 4));
}

const ORIGIN: FramePoint = { x: 0, y: 0 };

/** A 1D reader only knows the scan line it read; widen it so the highlight is visible. */
function lineToQuad(a: FramePoint, b: FramePoint, half: number): FramePoint[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = (-(b.y - a.y) / length) * half;
  const ny = ((b.x - a.x) / length) * half;
  return [
    { x: a.x + nx, y: a.y + ny },
    { x: b.x + nx, y: b.y + ny },
    { x: b.x - nx, y: b.y - ny },
    { x: a.x - nx, y: a.y - ny },
  ];
}

/** Sorts by angle around the centroid (clockwise on screen) and starts at the point nearest the top-left. */
function clockwise(points: readonly FramePoint[]): Corners {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sorted = [...points].sort((p, q) => Math.atan2(p.y - cy, p.x - cx) - Math.atan2(q.y - cy, q.x - cx));
  let first = 0;
  sorted.forEach((p, i) => {
    const best = sorted[first] ?? p;
    if (p.x + p.y < best.x + best.y) first = i;
  });
  const at = (i: number): FramePoint => sorted[(first + i) % sorted.length] ?? ORIGIN;
  return [at(0), at(1), at(2), at(3)];
}

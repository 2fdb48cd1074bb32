/**
 * 3×3 projective transforms (row-major), used to place a label in the camera frame: scale, rotation, a
 * perspective tilt and a translation, then inverted so each frame pixel is sampled from label coordinates.
 */
export type Matrix3 = readonly [number, number, number, number, number, number, number, number, number];

export function multiply(a: Matrix3, b: Matrix3): Matrix3 {
  const [a0, a1, a2, a3, a4, a5, a6, a7, a8] = a;
  const [b0, b1, b2, b3, b4, b5, b6, b7, b8] = b;
  return [
    a0 * b0 + a1 * b3 + a2 * b6,
    a0 * b1 + a1 * b4 + a2 * b7,
    a0 * b2 + a1 * b5 + a2 * b8,
    a3 * b0 + a4 * b3 + a5 * b6,
    a3 * b1 + a4 * b4 + a5 * b7,
    a3 * b2 + a4 * b5 + a5 * b8,
    a6 * b0 + a7 * b3 + a8 * b6,
    a6 * b1 + a7 * b4 + a8 * b7,
    a6 * b2 + a7 * b5 + a8 * b8,
  ];
}

export function invert(a: Matrix3): Matrix3 {
  const [a0, a1, a2, a3, a4, a5, a6, a7, a8] = a;
  const c0 = a4 * a8 - a5 * a7;
  const c1 = a5 * a6 - a3 * a8;
  const c2 = a3 * a7 - a4 * a6;
  const det = a0 * c0 + a1 * c1 + a2 * c2;
  if (Math.abs(det) < 1e-12) throw new Error('singular transform');
  const k = 1 / det;
  return [
    c0 * k,
    (a2 * a7 - a1 * a8) * k,
    (a1 * a5 - a2 * a4) * k,
    c1 * k,
    (a0 * a8 - a2 * a6) * k,
    (a2 * a3 - a0 * a5) * k,
    c2 * k,
    (a1 * a6 - a0 * a7) * k,
    (a0 * a4 - a1 * a3) * k,
  ];
}

export const translate = (x: number, y: number): Matrix3 => [1, 0, x, 0, 1, y, 0, 0, 1];
export const scale = (sx: number, sy: number): Matrix3 => [sx, 0, 0, 0, sy, 0, 0, 0, 1];
export function rotate(degrees: number): Matrix3 {
  const r = (degrees * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}
/**
 * A tilt of the label plane: `px`, `py` are the projective terms (per pixel from the label centre), so a label
 * seen at an angle has one edge nearer (larger) than the other.
 */
export const perspective = (px: number, py: number): Matrix3 => [1, 0, 0, 0, 1, 0, px, py, 1];

export function apply(m: Matrix3, x: number, y: number): { x: number; y: number } {
  const w = m[6] * x + m[7] * y + m[8];
  return { x: (m[0] * x + m[1] * y + m[2]) / w, y: (m[3] * x + m[4] * y + m[5]) / w };
}

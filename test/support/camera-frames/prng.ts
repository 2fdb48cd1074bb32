/**
 * A seeded pseudo-random generator (mulberry32, 32-bit state): the same seed gives the same frames in Node
 * and in Chromium, so the frame set is code, never stored binaries.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Approximately standard normal: the sum of four uniforms, rescaled (Irwin–Hall; cheap and bounded). */
  gaussian(): number;
}

export function prng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    gaussian: () => (next() + next() + next() + next() - 2) * Math.sqrt(3),
  };
}

/** A seed from a frame id, so adding or reordering frames never changes another frame's pixels. */
export function seedOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * What lies around the label in a dock camera's frame, as reflectance per frame pixel. Procedural and seeded:
 * corrugated board with its flutes and fibres, a grey floor or wall, stretch film, darkness, and the cut edge of
 * corrugated board, whose flutes make regular dark and light stripes much like bars.
 */
export type BackgroundKind = 'cardboard' | 'grey' | 'dark' | 'stretch-film' | 'flutes';

/** The whole background of a `width` × `height` frame, sampled at pixel centres. */
export function renderBackground(kind: BackgroundKind, seed: number, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const field = (salt: number, cellX: number, cellY: number): NoiseField =>
    new NoiseField(seed + salt, cellX, cellY, width, height);
  switch (kind) {
    case 'cardboard':
    case 'stretch-film': {
      // Kraft board (reflectance ~0.4): a low-frequency mottle, fibres, and faint flutes showing through.
      const mottle = field(0, 45, 45);
      const fibres = field(3, 3, 40);
      const film = kind === 'stretch-film' ? field(7, 9, 140) : null;
      fill(out, width, height, (x, y) => {
        let v = 0.4 + 0.06 * mottle.at(x, y) + 0.03 * fibres.at(x, y) + 0.012 * Math.sin((y / 11) * Math.PI * 2);
        // Wrinkled film over the carton: bright diagonal streaks of specular reflection.
        if (film) v += Math.max(0, film.at(x + y, x - y) - 0.25) * 1.2;
        return Math.min(1, v);
      });
      return out;
    }
    case 'grey': {
      const broad = field(0, 60, 60);
      const fine = field(1, 5, 5);
      fill(out, width, height, (x, y) => 0.5 + 0.05 * broad.at(x, y) + 0.02 * fine.at(x, y));
      return out;
    }
    case 'dark': {
      const broad = field(0, 30, 30);
      fill(out, width, height, (x, y) => 0.08 + 0.03 * broad.at(x, y));
      return out;
    }
    case 'flutes': {
      // The cut edge of double-wall board: two wave layers, periods ~9 and ~13.5 px, slightly wavy.
      const wobble = field(0, 80, 80);
      const grain = field(2, 4, 4);
      fill(out, width, height, (x, y) => {
        const w = 2 * wobble.at(x, y);
        const a = Math.sin(((x + w) / 9) * Math.PI * 2);
        const b = Math.sin(((x - w) / 13.5) * Math.PI * 2);
        return 0.35 + 0.14 * Math.max(a, 0) + 0.1 * Math.max(b, 0) + 0.02 * grain.at(x, y);
      });
      return out;
    }
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/** Whether the background is brown board (for the colour of the frame). */
export function isBoard(kind: BackgroundKind): boolean {
  return kind === 'cardboard' || kind === 'stretch-film' || kind === 'flutes';
}

function fill(out: Float32Array, width: number, height: number, f: (x: number, y: number) => number): void {
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = f(x + 0.5, y + 0.5);
}

/**
 * Smooth value noise in [-1, 1]: seeded random values on a lattice of `cellX` × `cellY` pixels, interpolated
 * with smoothstep. The lattice is computed once for the frame, so sampling is a few multiplications.
 */
class NoiseField {
  private readonly columns: number;
  private readonly values: Float32Array;
  private readonly x0: number;
  private readonly y0: number;

  constructor(
    seed: number,
    private readonly cellX: number,
    private readonly cellY: number,
    width: number,
    height: number,
  ) {
    // Room for sheared coordinates (stretch film samples x+y, x−y).
    this.x0 = Math.floor(-height / cellX) - 2;
    this.y0 = Math.floor(-width / cellY) - 2;
    this.columns = Math.ceil((width + height) / cellX) - this.x0 + 3;
    const rows = Math.ceil((width + height) / cellY) - this.y0 + 3;
    this.values = new Float32Array(this.columns * rows);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < this.columns; c++)
        this.values[r * this.columns + c] = lattice(seed, c + this.x0, r + this.y0);
  }

  at(x: number, y: number): number {
    const gx = x / this.cellX - this.x0;
    const gy = y / this.cellY - this.y0;
    const cx = Math.floor(gx);
    const cy = Math.floor(gy);
    const fx = smooth(gx - cx);
    const fy = smooth(gy - cy);
    const i = cy * this.columns + cx;
    const a = this.values[i] ?? 0;
    const b = this.values[i + 1] ?? 0;
    const c = this.values[i + this.columns] ?? 0;
    const d = this.values[i + this.columns + 1] ?? 0;
    return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
  }
}

const smooth = (t: number): number => t * t * (3 - 2 * t);

function lattice(seed: number, x: number, y: number): number {
  let h = Math.imul(x, 374761393) ^ Math.imul(y, 668265263) ^ Math.imul(seed, 2246822519);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return ((h >>> 0) / 4294967295) * 2 - 1;
}

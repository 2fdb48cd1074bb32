import type { RgbaFrame } from '../../../renderer/src/camera/decoder-contract';
import type { BackgroundKind } from './backgrounds';
import { isBoard, renderBackground } from './backgrounds';
import type { Matrix3 } from './homography';
import { apply, invert, multiply, perspective, rotate, scale, translate } from './homography';
import type { Label } from './label';
import { sampleLabel } from './label';
import { gaussianBlur, motionBlur } from './optics';
import { prng } from './prng';

/** Where the label is and how the camera sees it. Every number here is documented in frame-set.ts. */
export interface Scene {
  readonly seed: number;
  readonly label: Label | null;
  /** Pixels per module, rotation in degrees (clockwise on screen), perspective tilt, label point at (cx, cy). */
  readonly placement: {
    readonly ppm: number;
    readonly rotation: number;
    readonly tiltX: number;
    readonly tiltY: number;
    readonly cx: number;
    readonly cy: number;
  };
  readonly background: BackgroundKind;
  /** Light on the scene: overall exposure, a linear falloff across the frame, an optional specular glare. */
  readonly light: {
    readonly exposure: number;
    readonly gradient: number;
    readonly gradientAngle: number;
    readonly glare: {
      readonly x: number;
      readonly y: number;
      readonly radius: number;
      readonly strength: number;
    } | null;
  };
  /** Veiling light (0–1) that lifts the blacks: a scratched lens, shrink wrap, a dirty dock window. */
  readonly haze: number;
  /** Defocus blur (Gaussian sigma, px) and motion blur (length px, direction). */
  readonly blur: number;
  readonly motion: { readonly length: number; readonly angle: number };
  /** Sensor and compression noise, standard deviation in grey levels (0–255). */
  readonly noise: number;
  /** Replace the picture by uniform random pixels (the false-positive frame of pure noise). */
  readonly pureNoise?: boolean;
}

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;

/** Brown board in RGB, normalised to the luminance of the grey value (BT.601 weights). */
const KRAFT_TINT = [1.17, 0.97, 0.72] as const;

export function renderScene(scene: Scene): RgbaFrame {
  const width = FRAME_WIDTH;
  const height = FRAME_HEIGHT;
  const { reflectance, kraft } = sampleScene(scene, width, height);
  let image = gaussianBlur(reflectance, width, height, scene.blur);
  image = motionBlur(image, width, height, scene.motion.length, scene.motion.angle);
  const rng = prng(scene.seed ^ 0x5bd1e995);
  const data = new Uint8ClampedArray(width * height * 4);
  const { exposure, gradient, gradientAngle, glare } = scene.light;
  const gx = Math.cos((gradientAngle * Math.PI) / 180) / width;
  const gy = Math.sin((gradientAngle * Math.PI) / 180) / height;
  const haze = scene.haze;
  const lastGamma = GAMMA.length - 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let light = exposure * (1 + gradient * ((x - width / 2) * gx + (y - height / 2) * gy) * 2);
      if (glare) {
        const d2 = ((x - glare.x) ** 2 + (y - glare.y) ** 2) / (glare.radius * glare.radius);
        if (d2 < 16) light += glare.strength * Math.exp(-d2);
      }
      const v = (image[i] ?? 0) * light * (1 - haze) + haze * 0.6;
      const step = Math.round(v * GAMMA_STEPS);
      let grey = GAMMA[step < 0 ? 0 : step > lastGamma ? lastGamma : step] ?? 255;
      grey = scene.pureNoise === true ? rng.next() * 255 : grey + scene.noise * rng.gaussian();
      const j = i * 4;
      if (kraft[i] === 1) {
        data[j] = grey * KRAFT_TINT[0];
        data[j + 1] = grey * KRAFT_TINT[1];
        data[j + 2] = grey * KRAFT_TINT[2];
      } else {
        data[j] = grey;
        data[j + 1] = grey;
        data[j + 2] = grey;
      }
      data[j + 3] = 255;
    }
  }
  return { width, height, data };
}

/** sRGB-like gamma encoding (1/2.2), as a webcam delivers its frames; a table for speed. */
const GAMMA_STEPS = 2048;
const GAMMA = Float32Array.from({ length: GAMMA_STEPS * 3 }, (_, i) => 255 * Math.pow(i / GAMMA_STEPS, 1 / 2.2));

/** Frame pixel → label module coordinates, centred on the label's symbol (or the label's middle). */
export function frameToLabel(scene: Scene): Matrix3 {
  const { label, placement: p } = scene;
  const symbol = label?.symbol;
  const ox = symbol ? symbol.x + symbol.grid.columns / 2 : (label?.width ?? 0) / 2;
  const oy = symbol ? symbol.y + symbol.grid.rows / 2 : (label?.height ?? 0) / 2;
  const labelToFrame = [
    translate(p.cx, p.cy),
    perspective(p.tiltX, p.tiltY),
    rotate(p.rotation),
    scale(p.ppm, p.ppm),
    translate(-ox, -oy),
  ].reduce(multiply);
  return invert(labelToFrame);
}

/**
 * 2×2 supersampling where the label is: each pixel averages four points of the label, as a sensor integrates
 * over its area. The background is smooth at pixel scale, so it is sampled once per pixel.
 */
function sampleScene(scene: Scene, width: number, height: number): { reflectance: Float32Array; kraft: Uint8Array } {
  const reflectance = renderBackground(scene.background, scene.seed, width, height);
  const kraft = new Uint8Array(width * height).fill(isBoard(scene.background) ? 1 : 0);
  const { label } = scene;
  if (!label) return { reflectance, kraft };
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = frameToLabel(scene);
  const box = labelBox(scene, label);
  const labelKraft = label.kraft ? 1 : 0;
  for (let y = Math.max(0, box.y0); y < Math.min(height, box.y1); y++) {
    for (let x = Math.max(0, box.x0); x < Math.min(width, box.x1); x++) {
      const i = y * width + x;
      const bg = reflectance[i] ?? 0;
      let sum = 0;
      let onLabel = 0;
      for (let s = 0; s < 4; s++) {
        const fx = x + (s & 1 ? 0.75 : 0.25);
        const fy = y + (s & 2 ? 0.75 : 0.25);
        const w = m6 * fx + m7 * fy + m8;
        const r = sampleLabel(label, (m0 * fx + m1 * fy + m2) / w, (m3 * fx + m4 * fy + m5) / w);
        if (r >= 0) onLabel++;
        sum += r >= 0 ? r : bg;
      }
      reflectance[i] = sum / 4;
      if (onLabel >= 2) kraft[i] = labelKraft;
    }
  }
  return { reflectance, kraft };
}

/** The label's bounding box in frame pixels (its four corners mapped forward), one pixel of margin. */
function labelBox(scene: Scene, label: Label): { x0: number; y0: number; x1: number; y1: number } {
  const toFrame = invert(frameToLabel(scene));
  const corners = [
    apply(toFrame, 0, 0),
    apply(toFrame, label.width, 0),
    apply(toFrame, 0, label.height),
    apply(toFrame, label.width, label.height),
  ];
  return {
    x0: Math.floor(Math.min(...corners.map((c) => c.x))) - 1,
    y0: Math.floor(Math.min(...corners.map((c) => c.y))) - 1,
    x1: Math.ceil(Math.max(...corners.map((c) => c.x))) + 1,
    y1: Math.ceil(Math.max(...corners.map((c) => c.y))) + 1,
  };
}

import type { CameraSymbology, RgbaFrame } from '../../../renderer/src/camera/decoder-contract';
import type { BackgroundKind } from './backgrounds';
import type { Label, LabelStyle } from './label';
import { labelFor, textOnlyLabel } from './label';
import type { ContentKind } from './label-contents';
import { CONTENTS } from './label-contents';
import { prng, seedOf } from './prng';
import type { Scene } from './render';
import { FRAME_HEIGHT, FRAME_WIDTH, renderScene } from './render';

/**
 * The generated camera frame set (issue 3, items 6 and 7): 640×480 frames of dock labels as a webcam sees them,
 * shared by the decoder tests, the Chromium benchmark and the fake-camera test. Code, not stored images: every
 * frame is drawn from its definition below with a PRNG seeded by its id, identically in Node and in a browser.
 *
 * The conditions were chosen from what a receiving dock actually shows a fixed or hand-held webcam, before
 * measuring any decoder, and were not tuned afterwards:
 * - Every frame has some defocus (σ ≥ 0.6 px; a webcam at 30–60 cm is never perfectly sharp), sensor noise
 *   (σ ≥ 3 grey levels), uneven light (a 15% falloff across the frame) and a slight haze; symbols sit at a
 *   seeded offset from the centre, never on a pixel grid.
 * - Rotation: 0, 90, 180, 270 and odd angles (a carton turned on a table, a label on the side of a pallet).
 * - Small modules: long GS1-128 carton codes (220–270 modules) must fit a 640 px frame, so 1.5–1.8 px per
 *   module; 2D symbols down to 2.5–3 px per module.
 * - Blur: defocus up to σ 1.2 px, motion while the carton moves (3–4 px).
 * - Noise: σ up to 16 grey levels (a dim dock at night, webcam gain up).
 * - Low contrast: worn thermal print (ink reflectance 0.35–0.4 instead of 0.07), haze 0.15–0.2, under-exposure.
 * - Perspective: the label plane tilted so one side is up to about 30% larger than the other.
 * - Glare from shrink wrap, a light falloff across the frame, ITF-14 printed straight on kraft board with
 *   bearer bars and 0.2 module ink spread.
 * - Empty frames: bare board, text-only address labels, pure noise, stretch film, flutes at the cut edge of
 *   board (stripes like bars), darkness, and a GS1-128 cut off by the frame edge (no complete symbol).
 */
export interface CameraFrame {
  readonly id: string;
  /** What the frame shows, in words: content and every condition applied. */
  readonly description: string;
  readonly conditions: readonly Condition[];
  /**
   * The raw a correct decoder returns (AIM identifier + data, GS for FNC1) and the GS1 elements parsing it
   * must give, or null for an empty frame.
   */
  readonly expected: {
    readonly raw: string;
    readonly symbology: CameraSymbology;
    readonly elements: readonly (readonly [string, string])[];
  } | null;
  readonly frame: RgbaFrame;
}

export type Condition =
  | 'upright'
  | 'rotated-90'
  | 'rotated-odd'
  | 'small-modules'
  | 'blur'
  | 'motion'
  | 'noise'
  | 'low-contrast'
  | 'perspective'
  | 'glare'
  | 'kraft'
  | 'empty';

type Style = 'thermal' | 'laser' | 'faded' | 'kraft';

const STYLES: Readonly<Record<Style, LabelStyle>> = {
  // Direct thermal label: near-black ink on white, slight gain.
  thermal: { paper: 0.85, ink: 0.07, spread: 0.08 },
  laser: { paper: 0.88, ink: 0.05, spread: 0.04 },
  // Worn or faded thermal print: grey bars on a duller white.
  faded: { paper: 0.78, ink: 0.38, spread: 0 },
  // Flexo printed straight on kraft corrugated board: brown "paper", ink gain of a fifth of a module.
  kraft: { paper: 0.42, ink: 0.07, spread: 0.22, kraft: true },
};

/** One symbol frame: what it shows and how the camera sees it; unset numbers take the defaults below. */
interface Shot {
  readonly id: string;
  readonly content: ContentKind;
  readonly ppm: number;
  readonly rotation: number;
  readonly style?: Style;
  readonly tilt?: readonly [number, number];
  readonly blur?: number;
  readonly motion?: readonly [number, number];
  readonly noise?: number;
  readonly haze?: number;
  readonly exposure?: number;
  readonly gradient?: number;
  readonly glare?: readonly [number, number, number, number];
  readonly background?: BackgroundKind;
  /** Where the symbol's centre lands, relative to the frame centre (default: a seeded offset of ±20 px). */
  readonly offset?: readonly [number, number];
}

const DEFAULTS = { blur: 0.6, noise: 3, haze: 0.03, exposure: 1, gradient: 0.15 } as const;

export const SYMBOL_SHOTS: readonly Shot[] = [
  // GS1-128 and Code 128 (pallet and carton labels, locations)
  { id: 'gs1-128-sscc-upright', content: 'ssccPallet', ppm: 2.6, rotation: 0 },
  { id: 'gs1-128-sscc-rot90', content: 'ssccPallet', ppm: 2.2, rotation: 90 },
  { id: 'gs1-128-sscc-rot180', content: 'ssccPallet', ppm: 2.4, rotation: 180 },
  { id: 'gs1-128-sscc-rot17', content: 'ssccPallet', ppm: 2.4, rotation: 17 },
  { id: 'gs1-128-sscc-rot-33-blur', content: 'ssccPallet', ppm: 2.2, rotation: -33, blur: 1.2 },
  { id: 'gs1-128-sscc-rot270-tilt', content: 'ssccPallet', ppm: 2.0, rotation: 270, tilt: [0, 0.0006] },
  { id: 'gs1-128-sscc-small', content: 'ssccPallet', ppm: 1.5, rotation: 4 },
  { id: 'gs1-128-sscc-faded', content: 'ssccPallet', ppm: 2.4, rotation: 2, style: 'faded', haze: 0.15, exposure: 0.6 },
  { id: 'gs1-128-sscc-noise', content: 'ssccPallet', ppm: 2.2, rotation: 8, noise: 14 },
  { id: 'gs1-128-sscc-motion', content: 'ssccPallet', ppm: 2.4, rotation: -5, motion: [4, 70] },
  { id: 'gs1-128-carton-upright', content: 'cartonContents', ppm: 1.8, rotation: 0 },
  { id: 'gs1-128-carton-rot90', content: 'cartonContents', ppm: 1.6, rotation: 90 },
  { id: 'gs1-128-carton-rot211-blur', content: 'cartonContents', ppm: 1.8, rotation: 211, blur: 0.9 },
  { id: 'gs1-128-weight-rot45-small', content: 'cartonWeight', ppm: 1.6, rotation: 45 },
  { id: 'gs1-128-weight-glare', content: 'cartonWeight', ppm: 2.0, rotation: -3, glare: [150, 200, 70, 1.4] },
  { id: 'code-128-location-dim', content: 'location', ppm: 2.5, rotation: 0, exposure: 0.3, noise: 8 },
  { id: 'code-128-location-rot120-tilt', content: 'location', ppm: 2.4, rotation: 120, tilt: [0.0007, 0.0003] },
  // ITF-14 printed on corrugated board
  { id: 'itf-14-upright', content: 'itf14', ppm: 2.5, rotation: 0, style: 'kraft' },
  { id: 'itf-14-rot90', content: 'itf14', ppm: 2.4, rotation: 90, style: 'kraft' },
  { id: 'itf-14-rot180-tilt', content: 'itf14', ppm: 2.6, rotation: 180, style: 'kraft', tilt: [-0.0006, 0] },
  { id: 'itf-14-rot-25-blur', content: 'itf14', ppm: 2.5, rotation: -25, style: 'kraft', blur: 1.0 },
  { id: 'itf-14-small', content: 'itf14', ppm: 1.6, rotation: 3, style: 'kraft' },
  { id: 'itf-14-low-contrast', content: 'itf14', ppm: 2.6, rotation: -2, style: 'kraft', haze: 0.12, exposure: 0.7 },
  { id: 'itf-14-noise-shadow', content: 'itf14', ppm: 2.4, rotation: 6, style: 'kraft', noise: 12, gradient: 0.6 },
  { id: 'itf-14-rot63-tilt', content: 'itf14', ppm: 2.2, rotation: 63, style: 'kraft', tilt: [0.0005, -0.0004] },
  // EAN-13, UPC-A, EAN-8, UPC-E (retail codes on cartons and items)
  { id: 'ean-13-upright', content: 'ean13', ppm: 2.5, rotation: 0 },
  { id: 'ean-13-rot90', content: 'ean13', ppm: 2.8, rotation: 90 },
  { id: 'ean-13-rot160-blur', content: 'ean13', ppm: 3.0, rotation: 160, blur: 1.1 },
  { id: 'ean-13-small-noise', content: 'ean13', ppm: 1.5, rotation: -7, noise: 6 },
  { id: 'upc-a-faded', content: 'upca', ppm: 2.8, rotation: 0, style: 'faded', haze: 0.2 },
  { id: 'upc-a-rot270-tilt', content: 'upca', ppm: 2.6, rotation: 270, tilt: [0.0008, 0] },
  { id: 'upc-a-rot30-motion', content: 'upca', ppm: 3.0, rotation: 30, motion: [3, 20] },
  { id: 'ean-8-upright', content: 'ean8', ppm: 3.0, rotation: 0 },
  { id: 'ean-8-rot100-noise', content: 'ean8', ppm: 3.0, rotation: 100, noise: 12 },
  { id: 'upc-e-rot10', content: 'upce', ppm: 3.0, rotation: 10 },
  // GS1 DataMatrix
  { id: 'gs1-datamatrix-upright', content: 'gs1DataMatrix', ppm: 6, rotation: 0, style: 'laser' },
  { id: 'gs1-datamatrix-rot90', content: 'gs1DataMatrix', ppm: 5, rotation: 90, style: 'laser' },
  { id: 'gs1-datamatrix-rot37-blur', content: 'gs1DataMatrix', ppm: 5, rotation: 37, style: 'laser', blur: 1.0 },
  { id: 'gs1-datamatrix-small', content: 'gs1DataMatrix', ppm: 3, rotation: 5, style: 'laser' },
  { id: 'gs1-datamatrix-faded', content: 'gs1DataMatrix', ppm: 5, rotation: -8, style: 'faded', haze: 0.15 },
  {
    id: 'gs1-datamatrix-rot200-tilt',
    content: 'gs1DataMatrix',
    ppm: 5,
    rotation: 200,
    style: 'laser',
    tilt: [0.0007, 0.0005],
  },
  { id: 'gs1-datamatrix-noise', content: 'gs1DataMatrix', ppm: 5, rotation: 12, style: 'laser', noise: 16 },
  { id: 'gs1-datamatrix-carton-rot135', content: 'gs1DataMatrixCarton', ppm: 4, rotation: 135 },
  {
    id: 'gs1-datamatrix-carton-glare',
    content: 'gs1DataMatrixCarton',
    ppm: 5,
    rotation: 3,
    glare: [260, 190, 45, 1.2],
  },
  { id: 'gs1-datamatrix-carton-kraft', content: 'gs1DataMatrixCarton', ppm: 5, rotation: 300, style: 'kraft' },
  // QR Code: GS1 Digital Link and GS1 QR
  { id: 'qr-digital-link-upright', content: 'digitalLink', ppm: 5, rotation: 0, style: 'laser' },
  { id: 'qr-digital-link-rot90', content: 'digitalLink', ppm: 4.5, rotation: 90, style: 'laser' },
  { id: 'qr-digital-link-rot225-blur', content: 'digitalLink', ppm: 5, rotation: 225, style: 'laser', blur: 1.1 },
  { id: 'qr-digital-link-small', content: 'digitalLink', ppm: 2.6, rotation: -4, style: 'laser' },
  {
    id: 'qr-digital-link-faded',
    content: 'digitalLink',
    ppm: 5,
    rotation: 6,
    style: 'faded',
    haze: 0.15,
    exposure: 0.7,
  },
  { id: 'qr-digital-link-tilt', content: 'digitalLink', ppm: 5, rotation: 15, style: 'laser', tilt: [0.0009, 0.0004] },
  { id: 'gs1-qr-upright', content: 'gs1Qr', ppm: 5, rotation: 0 },
  { id: 'gs1-qr-rot270-noise', content: 'gs1Qr', ppm: 5, rotation: 270, noise: 12 },
  { id: 'gs1-qr-motion', content: 'gs1Qr', ppm: 5, rotation: -10, motion: [3, 30] },
  { id: 'gs1-qr-small-rot58', content: 'gs1Qr', ppm: 2.5, rotation: 58 },
];

/** Frames in which a correct decoder finds nothing (false-positive checks). */
interface EmptyShot {
  readonly id: string;
  readonly description: string;
  readonly scene: (seed: number) => Scene;
}

const still = (seed: number, label: Label | null, background: BackgroundKind, over: Partial<Scene> = {}): Scene => ({
  seed,
  label,
  placement: { ppm: 2, rotation: 0, tiltX: 0, tiltY: 0, cx: FRAME_WIDTH / 2, cy: FRAME_HEIGHT / 2 },
  background,
  light: { exposure: 1, gradient: DEFAULTS.gradient, gradientAngle: 30, glare: null },
  haze: DEFAULTS.haze,
  blur: DEFAULTS.blur,
  motion: { length: 0, angle: 0 },
  noise: DEFAULTS.noise,
  ...over,
});

export const EMPTY_SHOTS: readonly EmptyShot[] = [
  { id: 'empty-bare-carton', description: 'bare corrugated board', scene: (s) => still(s, null, 'cardboard') },
  {
    id: 'empty-address-label',
    description: 'white address label: text lines and a rule, no barcode',
    scene: (s) =>
      still(s, textOnlyLabel(prng(s), 200, 140, STYLES.thermal), 'cardboard', {
        placement: { ppm: 2.6, rotation: 4, tiltX: 0, tiltY: 0, cx: 330, cy: 250 },
      }),
  },
  {
    id: 'empty-dense-text-rot90',
    description: 'small dense text (a packing list) rotated 90°',
    scene: (s) =>
      still(s, textOnlyLabel(prng(s), 300, 220, STYLES.laser), 'grey', {
        placement: { ppm: 1.6, rotation: 90, tiltX: 0, tiltY: 0, cx: 320, cy: 240 },
      }),
  },
  {
    id: 'empty-uniform-noise',
    description: 'uniform random pixels',
    scene: (s) => still(s, null, 'grey', { pureNoise: true }),
  },
  {
    id: 'empty-grey-wall-noisy',
    description: 'grey wall, heavy sensor noise (σ 20)',
    scene: (s) =>
      still(s, null, 'grey', { noise: 20, light: { exposure: 0.5, gradient: 0.3, gradientAngle: 0, glare: null } }),
  },
  {
    id: 'empty-stretch-film',
    description: 'carton under wrinkled stretch film (bright streaks)',
    scene: (s) => still(s, null, 'stretch-film'),
  },
  {
    id: 'empty-dark',
    description: 'lights off / lens covered: near black, gain noise σ 10',
    scene: (s) =>
      still(s, null, 'dark', { noise: 10, light: { exposure: 0.4, gradient: 0, gradientAngle: 0, glare: null } }),
  },
  {
    id: 'empty-board-flutes',
    description: 'cut edge of corrugated board: flutes as regular stripes',
    scene: (s) => still(s, null, 'flutes', { blur: 0.8 }),
  },
  {
    id: 'empty-text-label-glare-rot33',
    description: 'text label rotated 33° with glare from shrink wrap',
    scene: (s) =>
      still(s, textOnlyLabel(prng(s), 180, 120, STYLES.thermal), 'cardboard', {
        placement: { ppm: 2.4, rotation: 33, tiltX: 0, tiltY: 0, cx: 320, cy: 240 },
        light: { exposure: 1, gradient: 0.2, gradientAngle: 90, glare: { x: 300, y: 220, radius: 80, strength: 1.3 } },
      }),
  },
  {
    id: 'empty-sscc-cut-off',
    description: 'GS1-128 SSCC with its right 40% outside the frame (no complete symbol, no stop pattern)',
    scene: (s) => {
      const rng = prng(s);
      const label = labelFor(CONTENTS.ssccPallet(rng), STYLES.thermal, rng);
      // Symbol 156 modules × 2.6 px = 406 px wide; its centre at x = 560 puts the right 40% past x = 640.
      return still(s, label, 'cardboard', {
        placement: { ppm: 2.6, rotation: 0, tiltX: 0, tiltY: 0, cx: 560, cy: 240 },
      });
    },
  },
];

export interface FrameDefinition {
  readonly id: string;
  readonly description: string;
  readonly conditions: readonly Condition[];
  readonly expected: CameraFrame['expected'];
  /** The scene behind the frame (for tests of the generator: symbol bounds, determinism). */
  readonly scene: Scene;
}

/** Every frame's definition, in a fixed order: symbol frames first, then empty frames. Cheap (no pixels). */
export function cameraFrameDefinitions(): readonly FrameDefinition[] {
  return [...SYMBOL_SHOTS.map(symbolFrame), ...EMPTY_SHOTS.map(emptyFrame)];
}

/** Draws one frame (about 30–60 ms in Node). */
export function renderCameraFrame(definition: FrameDefinition): CameraFrame {
  const { scene, ...rest } = definition;
  return { ...rest, frame: renderScene(scene) };
}

function symbolFrame(shot: Shot): FrameDefinition {
  const seed = seedOf(shot.id);
  const rng = prng(seed);
  const content = CONTENTS[shot.content](rng);
  const style = STYLES[shot.style ?? 'thermal'];
  const label = labelFor(content, style, rng);
  const [dx, dy] = shot.offset ?? [rng.between(-20, 20), rng.between(-20, 20)];
  const [tiltX, tiltY] = shot.tilt ?? [0, 0];
  const glare = shot.glare
    ? { x: shot.glare[0], y: shot.glare[1], radius: shot.glare[2], strength: shot.glare[3] }
    : null;
  const scene: Scene = {
    seed,
    label,
    placement: {
      ppm: shot.ppm,
      rotation: shot.rotation,
      tiltX,
      tiltY,
      cx: FRAME_WIDTH / 2 + dx,
      cy: FRAME_HEIGHT / 2 + dy,
    },
    background: shot.background ?? 'cardboard',
    light: {
      exposure: shot.exposure ?? DEFAULTS.exposure,
      gradient: shot.gradient ?? DEFAULTS.gradient,
      gradientAngle: rng.between(0, 360),
      glare,
    },
    haze: shot.haze ?? DEFAULTS.haze,
    blur: shot.blur ?? DEFAULTS.blur,
    motion: { length: shot.motion?.[0] ?? 0, angle: shot.motion?.[1] ?? 0 },
    noise: shot.noise ?? DEFAULTS.noise,
  };
  return {
    id: shot.id,
    description: describe(shot, content.name),
    conditions: conditionsOf(shot, content.symbology),
    expected: { raw: content.expectedRaw, symbology: content.symbology, elements: content.elements },
    scene,
  };
}

function emptyFrame(shot: EmptyShot): FrameDefinition {
  return {
    id: shot.id,
    description: shot.description,
    conditions: ['empty'],
    expected: null,
    scene: shot.scene(seedOf(shot.id)),
  };
}

function conditionsOf(shot: Shot, symbology: CameraSymbology): Condition[] {
  const c: Condition[] = [];
  const turn = ((shot.rotation % 360) + 360) % 360;
  if (turn === 0) c.push('upright');
  else if (turn % 90 === 0) c.push('rotated-90');
  else if (Math.min(turn % 90, 90 - (turn % 90)) > 5) c.push('rotated-odd');
  else c.push('upright');
  const matrix = symbology === 'datamatrix' || symbology === 'qr';
  if (shot.ppm <= (matrix ? 3 : 1.8)) c.push('small-modules');
  if ((shot.blur ?? 0) >= 0.9) c.push('blur');
  if (shot.motion) c.push('motion');
  if ((shot.noise ?? 0) >= 6) c.push('noise');
  if (shot.style === 'faded' || (shot.haze ?? 0) >= 0.1 || (shot.exposure ?? 1) <= 0.5) c.push('low-contrast');
  if (shot.tilt) c.push('perspective');
  if (shot.glare) c.push('glare');
  if (shot.style === 'kraft') c.push('kraft');
  return c;
}

function describe(shot: Shot, contentName: string): string {
  const parts = [contentName, `${shot.ppm} px/module`, `rotated ${shot.rotation}°`];
  if (shot.style && shot.style !== 'thermal') parts.push(`${shot.style} print`);
  if (shot.tilt) parts.push(`perspective tilt (${shot.tilt.join(', ')})`);
  if (shot.blur !== undefined) parts.push(`defocus σ ${shot.blur} px`);
  if (shot.motion) parts.push(`motion blur ${shot.motion[0]} px at ${shot.motion[1]}°`);
  if (shot.noise !== undefined) parts.push(`noise σ ${shot.noise}`);
  if (shot.haze !== undefined) parts.push(`haze ${shot.haze}`);
  if (shot.exposure !== undefined) parts.push(`exposure ${shot.exposure}`);
  if (shot.gradient !== undefined) parts.push(`light falloff ${shot.gradient}`);
  if (shot.glare) parts.push(`glare r ${shot.glare[2]} px`);
  return parts.join(', ');
}

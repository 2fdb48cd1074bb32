import { describe, expect, it } from 'vitest';
import { parseScan } from '../../../renderer/src/domain/gs1/parse-scan';
import type { FrameDefinition } from './frame-set';
import { cameraFrameDefinitions, renderCameraFrame } from './frame-set';
import { apply, invert } from './homography';
import { FRAME_HEIGHT, FRAME_WIDTH, frameToLabel } from './render';

/** The generated frame set itself: size, coverage, correct expectations, determinism, symbols in view. */
const definitions = cameraFrameDefinitions();
const symbolFrames = definitions.filter((d) => d.expected !== null);
const emptyFrames = definitions.filter((d) => d.expected === null);

/** The frame-pixel corners of a frame's symbol and two modules around it. */
function symbolCorners(d: FrameDefinition): { x: number; y: number }[] {
  const symbol = d.scene.label?.symbol;
  if (!symbol) return [];
  const q = 2;
  const toFrame = invert(frameToLabel(d.scene));
  const [x0, y0, x1, y1] = [
    symbol.x - q,
    symbol.y - q,
    symbol.x + symbol.grid.columns + q,
    symbol.y + symbol.grid.rows + q,
  ];
  return [apply(toFrame, x0, y0), apply(toFrame, x1, y0), apply(toFrame, x1, y1), apply(toFrame, x0, y1)];
}

describe('generated camera frame set', () => {
  it('has at least 50 symbol frames and 8 empty ones, all with distinct ids', () => {
    expect(symbolFrames.length).toBeGreaterThanOrEqual(50);
    expect(emptyFrames.length).toBeGreaterThanOrEqual(8);
    expect(new Set(definitions.map((d) => d.id)).size).toBe(definitions.length);
  });

  it('covers the five symbologies, each turned 90° and at odd angles, under every condition', () => {
    const families = {
      'gs1-128': ['code-128'],
      itf: ['itf'],
      'ean-upc': ['ean-13', 'upc-a', 'ean-8', 'upc-e'],
      datamatrix: ['datamatrix'],
      qr: ['qr'],
    };
    for (const symbologies of Object.values(families)) {
      const frames = symbolFrames.filter((d) => symbologies.includes(d.expected?.symbology ?? ''));
      expect(frames.length).toBeGreaterThanOrEqual(8);
      const conditions = new Set(frames.flatMap((d) => d.conditions));
      for (const c of [
        'upright',
        'rotated-90',
        'rotated-odd',
        'blur',
        'noise',
        'low-contrast',
        'perspective',
      ] as const) {
        expect([symbologies[0], c, conditions.has(c)]).toEqual([symbologies[0], c, true]);
      }
    }
    const all = new Set(symbolFrames.flatMap((d) => d.conditions));
    for (const c of ['small-modules', 'motion', 'glare', 'kraft'] as const) expect(all.has(c)).toBe(true);
  });

  it('expects raws that parse to the elements the label was printed with', () => {
    for (const d of symbolFrames) {
      const parsed = parseScan(d.expected?.raw ?? '', { referenceDate: new Date('2026-01-01T00:00:00Z') });
      expect([d.id, parsed.valid]).toEqual([d.id, true]);
      const elements = parsed.valid ? parsed.elements.map((e) => [e.ai, e.value]) : null;
      expect([d.id, elements]).toEqual([d.id, d.expected?.elements]);
    }
  });

  it('shows every symbol whole, with two modules around it, inside the 640×480 frame (the cut-off frame excepted)', () => {
    for (const d of symbolFrames) {
      const inside = symbolCorners(d).every((p) => p.x >= 0 && p.y >= 0 && p.x <= FRAME_WIDTH && p.y <= FRAME_HEIGHT);
      expect([d.id, inside]).toEqual([d.id, true]);
    }
    const cut = definitions.find((d) => d.id === 'empty-sscc-cut-off');
    expect(cut && symbolCorners(cut).some((p) => p.x > FRAME_WIDTH)).toBe(true);
  });

  it('draws the same pixels every time, and different frames differently', () => {
    const [a, b] = [symbolFrames[0], symbolFrames[1]];
    if (!a || !b) throw new Error('no frames');
    const first = renderCameraFrame(a).frame;
    expect(first.width).toBe(640);
    expect(first.height).toBe(480);
    expect(fingerprint(renderCameraFrame(a).frame.data)).toBe(fingerprint(first.data));
    expect(fingerprint(renderCameraFrame(b).frame.data)).not.toBe(fingerprint(first.data));
  });
});

/** FNV-1a over the bytes: comparing 1.2 MB arrays element by element is needlessly slow in expect(). */
function fingerprint(bytes: Uint8ClampedArray): number {
  let h = 2166136261;
  for (const byte of bytes) h = Math.imul(h ^ byte, 16777619);
  return h >>> 0;
}

import { describe, expect, it } from 'vitest';
import { frameToView, outlineInView, svgPoints, type ViewfinderGeometry } from './viewfinder-mapping';

const vga = { frameWidth: 640, frameHeight: 480 };

function map(geometry: ViewfinderGeometry, x: number, y: number): { x: number; y: number } {
  const transform = frameToView(geometry);
  if (!transform) throw new Error('no transform');
  return transform({ x, y });
}

describe('frame-to-viewfinder mapping', () => {
  it('is a plain scale when the aspect ratios match', () => {
    const g = { ...vga, viewWidth: 320, viewHeight: 240, fit: 'contain', mirrored: false } as const;
    expect(map(g, 0, 0)).toEqual({ x: 0, y: 0 });
    expect(map(g, 640, 480)).toEqual({ x: 320, y: 240 });
    expect(map({ ...g, fit: 'cover' }, 320, 240)).toEqual({ x: 160, y: 120 });
  });

  it('contain: a 4:3 frame in a 16:9 box is scaled to the height and centred between side bars', () => {
    const g = { ...vga, viewWidth: 1280, viewHeight: 540, fit: 'contain', mirrored: false } as const;
    // scale 540/480 = 1.125; the picture is 720 wide, bars of 280 on each side.
    expect(map(g, 0, 0)).toEqual({ x: 280, y: 0 });
    expect(map(g, 640, 480)).toEqual({ x: 1000, y: 540 });
    expect(map(g, 320, 240)).toEqual({ x: 640, y: 270 });
  });

  it('cover: a 4:3 frame in a 16:9 box is scaled to the width and cropped top and bottom', () => {
    const g = { ...vga, viewWidth: 1280, viewHeight: 720, fit: 'cover', mirrored: false } as const;
    // scale 2; the picture is 960 high, 120 cropped above and below.
    expect(map(g, 0, 0)).toEqual({ x: 0, y: -120 });
    expect(map(g, 640, 480)).toEqual({ x: 1280, y: 840 });
    expect(map(g, 0, 60)).toEqual({ x: 0, y: 0 });
  });

  it('cover: a 16:9 frame in a 4:3 box is cropped left and right', () => {
    const g = { frameWidth: 1280, frameHeight: 720, viewWidth: 400, viewHeight: 300, fit: 'cover', mirrored: false };
    // scale 300/720; the picture is 533.3 wide, 66.7 cropped each side.
    const centre = map({ ...g, fit: 'cover' }, 640, 360);
    expect(centre.x).toBeCloseTo(200);
    expect(centre.y).toBeCloseTo(150);
    expect(map({ ...g, fit: 'cover' }, 0, 0).x).toBeCloseTo(-66.667, 2);
  });

  it('mirrors x for a front camera shown as a mirror, in either fit', () => {
    const contain = { ...vga, viewWidth: 1280, viewHeight: 540, fit: 'contain', mirrored: true } as const;
    expect(map(contain, 0, 0)).toEqual({ x: 1000, y: 0 });
    expect(map(contain, 640, 480)).toEqual({ x: 280, y: 540 });
    const cover = { ...vga, viewWidth: 1280, viewHeight: 720, fit: 'cover', mirrored: true } as const;
    expect(map(cover, 100, 60)).toEqual({ x: 1080, y: 0 });
  });

  it('maps a whole outline, and gives nothing to draw before the sizes are known', () => {
    const g = { ...vga, viewWidth: 320, viewHeight: 240, fit: 'contain', mirrored: false } as const;
    const corners = [
      { x: 100, y: 100 },
      { x: 300, y: 100 },
      { x: 300, y: 200 },
      { x: 100, y: 200 },
    ];
    expect(outlineInView(corners, g)).toEqual([
      { x: 50, y: 50 },
      { x: 150, y: 50 },
      { x: 150, y: 100 },
      { x: 50, y: 100 },
    ]);
    expect(outlineInView(corners, { ...g, viewWidth: 0 })).toBeNull();
    expect(outlineInView(corners, { ...g, frameHeight: 0 })).toBeNull();
    expect(frameToView({ ...g, frameWidth: Number.NaN })).toBeNull();
  });

  it('writes SVG polygon points', () => {
    expect(
      svgPoints([
        { x: 1.234, y: 5 },
        { x: 10, y: 20.06 },
      ]),
    ).toBe('1.2,5 10,20.1');
  });
});

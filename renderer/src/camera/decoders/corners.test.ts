import { describe, expect, it } from 'vitest';
import { cornersFromPoints } from './corners';

describe('corners for the viewfinder highlight', () => {
  it('orders four points clockwise on screen from the one nearest the top-left', () => {
    const corners = cornersFromPoints([
      { x: 10, y: 90 },
      { x: 90, y: 10 },
      { x: 10, y: 10 },
      { x: 90, y: 90 },
    ]);
    expect(corners).toEqual([
      { x: 10, y: 10 },
      { x: 90, y: 10 },
      { x: 90, y: 90 },
      { x: 10, y: 90 },
    ]);
  });

  it('completes the QR parallelogram from three finder centres', () => {
    // @zxing/library order: bottom-left, top-left, top-right.
    const corners = cornersFromPoints([
      { x: 0, y: 100 },
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
    expect(corners).toContainEqual({ x: 100, y: 100 });
  });

  it('widens a 1D scan line into a thin box around it', () => {
    const corners = cornersFromPoints([
      { x: 10, y: 50 },
      { x: 110, y: 50 },
    ]);
    const ys = corners.map((p) => p.y);
    expect(Math.min(...ys)).toBeLessThan(50);
    expect(Math.max(...ys)).toBeGreaterThan(50);
    expect(corners.map((p) => p.x).sort((a, b) => a - b)).toEqual([10, 10, 110, 110]);
  });
});

import { describe, expect, it } from 'vitest';
import { frameDefinition, renderCameraFrame } from '../../../../test/support/camera-frames';
import { findBarRegions } from './bar-regions';
import { lumaOf } from './luma';
import { refineAngle } from './refine-angle';
import { straighten } from './straighten';

const lumaOfFrame = (id: string) => lumaOf(renderCameraFrame(frameDefinition(id)).frame);

/** Angle between two axes (θ ≡ θ + 180°), in degrees. */
function axisError(radians: number, degrees: number): number {
  const d = Math.abs(((radians * 180) / Math.PI - degrees) % 180);
  return Math.min(d, 180 - d);
}

describe('finding 1D bars and their angle', () => {
  it.each([
    ['gs1-128-sscc-rot17', 17],
    ['gs1-128-sscc-rot-33-blur', -33],
    ['gs1-128-weight-rot45-small', 45],
    ['itf-14-rot-25-blur', -25],
    ['ean-8-rot100-noise', 100],
    ['gs1-128-carton-rot211-blur', 211],
  ])('%s: the largest region is the barcode, its refined angle within 1° of %i°', (id, degrees) => {
    const luma = lumaOfFrame(id);
    const [largest] = findBarRegions(luma);
    expect(largest).toBeDefined();
    if (!largest) return;
    expect(axisError(largest.angle, degrees)).toBeLessThan(8);
    expect(axisError(refineAngle(luma, largest).angle, degrees)).toBeLessThan(1);
  });

  it.each(['empty-uniform-noise', 'empty-grey-wall-noisy', 'empty-dark', 'empty-bare-carton'])(
    '%s: no bar region in noise, darkness or bare board',
    (id) => {
      expect(findBarRegions(lumaOfFrame(id))).toEqual([]);
    },
  );

  it('straightened bars stand upright: the averaged bands agree with each other', () => {
    const luma = lumaOfFrame('gs1-128-sscc-rot17');
    const [found] = findBarRegions(luma);
    if (!found) throw new Error('no region');
    const region = refineAngle(luma, found);
    const agreement = (angle: number): number => {
      const { data, width, height } = straighten(luma, { ...region, angle }, { upscale: 1, rows: 8 }).luma;
      const first = data.subarray(0, width);
      const last = data.subarray((height - 1) * width, height * width);
      return correlation(first, last);
    };
    expect(agreement(region.angle)).toBeGreaterThan(0.9);
    // Five degrees off, the top and bottom bands no longer line up bar for bar.
    expect(agreement(region.angle + (5 * Math.PI) / 180)).toBeLessThan(0.5);
  });
});

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] ?? 0;
    mb += b[i] ?? 0;
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const x = (a[i] ?? 0) - ma;
    const y = (b[i] ?? 0) - mb;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

import { describe, expect, it } from 'vitest';
import { renderTestLabelSvgs, svgDataUrl } from './test-label-svg';

describe('the printed test label', () => {
  it('encodes as GS1-128 and GS1 DataMatrix (bwip-js accepts the AIs and their data)', async () => {
    const { gs1128, dataMatrix } = await renderTestLabelSvgs();
    expect(gs1128).toMatch(/^<svg[^>]+viewBox="0 0 \d+ \d+"/);
    expect(dataMatrix).toMatch(/^<svg/);
    expect(svgDataUrl(gs1128)).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  });
});

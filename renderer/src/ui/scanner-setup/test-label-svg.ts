import { TEST_LABEL_HRI } from '../../scanner/test-label';

/**
 * The test label's two symbols as SVG, drawn by bwip-js (a real encoder: it places FNC1 in first position and
 * after the variable-length lot from the AI rules, GS1 General Specifications §5.4 and §7.8). Loaded on demand:
 * the encoder is large and only the scanner setup screen needs it.
 */
export interface TestLabelSvgs {
  readonly gs1128: string;
  readonly dataMatrix: string;
}

export async function renderTestLabelSvgs(): Promise<TestLabelSvgs> {
  const { toSVG } = await import('bwip-js/browser');
  return {
    // The human-readable text is printed by the page, larger than bwip-js draws it.
    gs1128: toSVG({ bcid: 'gs1-128', text: TEST_LABEL_HRI, scale: 3, height: 22, paddingwidth: 12 }),
    dataMatrix: toSVG({ bcid: 'gs1datamatrix', text: TEST_LABEL_HRI, scale: 6, padding: 4 }),
  };
}

/** An SVG as an image source: the CSP allows data: images, and an <img> cannot run anything inside the SVG. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

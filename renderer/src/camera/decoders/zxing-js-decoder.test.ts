import { describe, expect, it } from 'vitest';
import { decodeFrame } from '../../../../test/support/camera-frames/decoder-expectations';
import { createZxingJsDecoder } from './zxing-js-decoder';

/**
 * @zxing/library, the fallback decoder, on generated camera frames: every symbology it reads, with the exact
 * raw (the AIM identifier derived in zxing-js-aim.ts) parsing to the label's elements, and nothing on the
 * empty frames. Frames it cannot read are in docs/decisions/camera-decoder.md, not hidden here.
 */
const decoder = createZxingJsDecoder();

const SYMBOL_FRAMES = [
  'gs1-128-sscc-upright', //         ]C1 from ASSUME_GS1, whole frame
  'gs1-128-sscc-rot17', //           straightened second pass
  'gs1-128-carton-upright', //       GS after the count (37)
  'code-128-location-dim', //        ]C0
  'itf-14-upright', //               ]I1 (14 digits, valid check digit)
  'ean-13-rot90', //                 ]E0 via the straightened pass
  'upc-a-faded', //                  UPC-A as 13 digits under ]E0
  'ean-8-upright', //                ]E4
  'gs1-datamatrix-upright', //       ]d2 from the leading FNC1, GS after the lot
  'qr-digital-link-upright', //      ]Q1
  'gs1-qr-upright', //               ]Q3 from the FNC1-first mode indicator, GS after the lot
] as const;

const EMPTY_FRAMES = [
  'empty-address-label',
  'empty-uniform-noise',
  'empty-stretch-film',
  'empty-board-flutes',
  'empty-sscc-cut-off',
] as const;

describe('zxing-js decoder on generated camera frames', () => {
  it.each(SYMBOL_FRAMES)('%s: reads the exact raw, which parses to the label’s elements', async (id) => {
    const result = await decodeFrame(decoder, id);
    expect(result.raws).toEqual(result.expectedRaws);
    expect(result.elements).toEqual(result.frame.expected?.elements);
    expect(result.symbols[0]?.symbology).toBe(result.frame.expected?.symbology);
  });

  it.each(EMPTY_FRAMES)('%s: answers nothing', async (id) => {
    const result = await decodeFrame(decoder, id);
    expect(result.raws).toEqual([]);
  });
});

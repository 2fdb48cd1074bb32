import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame } from '../../../../test/support/camera-frames/decoder-expectations';
import { zxingReaderWasmBytes } from '../../../../test/support/zxing-wasm-binary';
import type { BarcodeDecoder } from '../decoder-contract';
import { createZxingWasmDecoder } from './zxing-wasm-decoder';

/**
 * zxing-wasm (zxing-cpp) on generated camera frames (test/support/camera-frames): one or more frame of every
 * symbology and every condition, each read with the exact raw a wedge with AIM identifiers sends, parsed to
 * the label's own GS1 elements; and nothing at all on the frames that show no complete symbol.
 */
let decoder: BarcodeDecoder;
beforeAll(async () => {
  decoder = await createZxingWasmDecoder({ wasmBinary: zxingReaderWasmBytes() });
});

const SYMBOL_FRAMES = [
  // id                              what it proves beyond the raw
  'gs1-128-sscc-upright', //           ]C1 + SSCC, whole-frame pass
  'gs1-128-sscc-rot90', //             a pallet label on its side
  'gs1-128-sscc-rot-33-blur', //       second pass, second view (defocus at an odd angle)
  'gs1-128-sscc-noise', //             second pass: averaging along the bars
  'gs1-128-carton-rot211-blur', //     GS after the variable-length count (37), upside down and tilted
  'gs1-128-weight-rot45-small', //     1.6 px modules at 45°
  'code-128-location-rot120-tilt', //  plain Code 128 is ]C0, in perspective
  'itf-14-noise-shadow', //            ]I1 on kraft board in a shadow
  'ean-13-rot160-blur', //             ]E0
  'upc-a-rot270-tilt', //              UPC-A sent as 13 digits under ]E0
  'upc-e-rot10', //                    UPC-E expanded to 13 digits under ]E0
  'ean-8-rot100-noise', //             ]E4
  'gs1-datamatrix-rot37-blur', //      ]d2 with GS after the lot, rotated and blurred
  'gs1-datamatrix-faded', //           low contrast
  'gs1-datamatrix-carton-kraft', //    printed on board
  'qr-digital-link-tilt', //           ]Q1 Digital Link URI in perspective
  'gs1-qr-small-rot58', //             ]Q3 with GS, 2.5 px modules
] as const;

const EMPTY_FRAMES = [
  'empty-bare-carton',
  'empty-address-label',
  'empty-dense-text-rot90',
  'empty-uniform-noise',
  'empty-grey-wall-noisy',
  'empty-stretch-film',
  'empty-dark',
  'empty-board-flutes',
  'empty-text-label-glare-rot33',
  'empty-sscc-cut-off',
] as const;

describe('zxing-wasm decoder on generated camera frames', () => {
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

  it('gives the SSCC of a GS1-128 pallet label and GTIN, lot and expiry of a GS1 DataMatrix', async () => {
    const pallet = await decodeFrame(decoder, 'gs1-128-sscc-rot90');
    expect(pallet.parsed).toMatchObject({ valid: true, symbology: { aim: ']C1', name: 'gs1-128' } });
    expect(pallet.parsed?.valid === true && pallet.parsed.kind === 'gs1' ? pallet.parsed.facts.sscc : null).toMatch(
      /^3950600\d{11}$/,
    );
    const item = await decodeFrame(decoder, 'gs1-datamatrix-rot37-blur');
    const facts = item.parsed?.valid === true && item.parsed.kind === 'gs1' ? item.parsed.facts : null;
    expect(item.parsed).toMatchObject({ valid: true, symbology: { aim: ']d2', name: 'gs1-datamatrix' } });
    expect(facts).toMatchObject({
      gtin: expect.stringMatching(/^0950600\d{7}$/) as unknown,
      lot: expect.any(String) as unknown,
    });
    expect(facts?.expiry).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('outlines the symbol where it is in the frame', async () => {
    const { symbols } = await decodeFrame(decoder, 'gs1-datamatrix-upright');
    const corners = symbols[0]?.corners ?? [];
    // The DataMatrix is drawn centred (±20 px) at 6 px per module, 22 modules: about 132 px across.
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(110);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(160);
    expect((Math.max(...xs) + Math.min(...xs)) / 2).toBeGreaterThan(290);
    expect((Math.max(...ys) + Math.min(...ys)) / 2).toBeLessThan(270);
  });
});

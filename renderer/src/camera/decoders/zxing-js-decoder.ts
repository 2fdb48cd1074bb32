import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  Exception as ZxingException,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library';
import type { Result } from '@zxing/library';
import type { BarcodeDecoder, CameraSymbology, DecodedSymbol, FramePoint, RgbaFrame } from '../decoder-contract';
import type { Luma } from '../preprocess/luma';
import { lumaOf } from '../preprocess/luma';
import type { StraightenView } from '../preprocess/straightened-bars';
import { readStraightenedBars } from '../preprocess/straightened-bars';
import { cornersFromPoints } from './corners';
import { eanUpcSymbology } from './ean-upc';
import { aimRaw } from './zxing-js-aim';

/**
 * @zxing/library (the JavaScript port of ZXing): the fallback where WebAssembly is unavailable or fails to
 * instantiate. It finds at most one symbol per frame. Given the same help as zxing-wasm, so the comparison in
 * docs/decisions/camera-decoder.md is fair: the same second pass on straightened 1D crops.
 */
const LINEAR: readonly BarcodeFormat[] = [
  BarcodeFormat.CODE_128,
  BarcodeFormat.ITF,
  BarcodeFormat.EAN_13,
  BarcodeFormat.EAN_8,
  BarcodeFormat.UPC_A,
  BarcodeFormat.UPC_E,
];
const ALL: readonly BarcodeFormat[] = [...LINEAR, BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE];

const SYMBOLOGY: Partial<Record<BarcodeFormat, CameraSymbology>> = {
  [BarcodeFormat.CODE_128]: 'code-128',
  [BarcodeFormat.ITF]: 'itf',
  [BarcodeFormat.EAN_13]: 'ean-13',
  [BarcodeFormat.EAN_8]: 'ean-8',
  [BarcodeFormat.UPC_A]: 'upc-a',
  [BarcodeFormat.UPC_E]: 'upc-e',
  [BarcodeFormat.DATA_MATRIX]: 'datamatrix',
  [BarcodeFormat.QR_CODE]: 'qr',
};

function readerFor(formats: readonly BarcodeFormat[], tryHarder: boolean): MultiFormatReader {
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, formats],
    // Without it the Code 128 reader drops FNC1, and GS1-128 cannot be told from plain Code 128.
    [DecodeHintType.ASSUME_GS1, true],
  ]);
  if (tryHarder) hints.set(DecodeHintType.TRY_HARDER, true);
  reader.setHints(hints);
  return reader;
}

/**
 * Everything measured when choosing the settings (docs/decisions/camera-decoder.md); the station runs
 * JS_TUNING. TRY_HARDER and the 90° retry were measured and rejected there: slower, and TRY_HARDER gave the
 * only false read seen.
 */
export interface ZxingJsTuning {
  readonly tryHarder: boolean;
  /** Retry the whole frame turned 90° when nothing was found (its 1D readers scan rows only). */
  readonly rotate90: boolean;
  readonly views: readonly StraightenView[];
}

export const JS_TUNING: ZxingJsTuning = {
  tryHarder: false,
  rotate90: false,
  views: [
    { upscale: 1, sharpen: 0 },
    { upscale: 2, sharpen: 1 },
  ],
};

export function createZxingJsDecoder(tuning: ZxingJsTuning = JS_TUNING): BarcodeDecoder {
  const frameReader = readerFor(ALL, tuning.tryHarder);
  const cropReader = readerFor(LINEAR, false);
  return {
    name: 'zxing-js',
    async decode(frame: RgbaFrame): Promise<readonly DecodedSymbol[]> {
      const luma = lumaOf(frame);
      const result = read(frameReader, luma);
      if (result) return toSymbols(result);
      if (tuning.rotate90) {
        const turned = read(frameReader, rotate90(luma));
        if (turned) return toSymbols(turned, (p) => ({ x: p.y, y: luma.height - 1 - p.x }));
      }
      return readStraightenedBars(luma, tuning.views, (crop) => {
        const found = read(cropReader, crop);
        const symbology = found ? SYMBOLOGY[found.getBarcodeFormat()] : undefined;
        if (!found || symbology === undefined) return Promise.resolve([]);
        const points = found.getResultPoints().map((p) => ({ x: p.getX(), y: p.getY() }));
        const raw = aimRaw(symbology, found.getText(), found.getRawBytes());
        return Promise.resolve([{ raw, symbology: eanUpcSymbology(symbology, raw), points }]);
      });
    },
  } satisfies BarcodeDecoder;
}

function read(reader: MultiFormatReader, luma: Luma): Result | null {
  const source = new RGBLuminanceSource(luma.data, luma.width, luma.height);
  try {
    return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source)));
  } catch (error) {
    // The library answers "no valid symbol here" by throwing (NotFound, Checksum, Format, and on odd images
    // IllegalArgument or ArrayIndexOutOfBounds from inside a reader): all of its own exceptions mean no read.
    // Anything else is a real fault and propagates.
    if (error instanceof ZxingException) return null;
    throw error;
  }
}

/** The frame turned 90° clockwise: (x, y) → (height − 1 − y, x). */
function rotate90(luma: Luma): Luma {
  const { width, height } = luma;
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[x * height + (height - 1 - y)] = luma.data[y * width + x] ?? 0;
  }
  return { width: height, height: width, data };
}

function toSymbols(result: Result, toFrame: (p: FramePoint) => FramePoint = (p) => p): DecodedSymbol[] {
  const symbology = SYMBOLOGY[result.getBarcodeFormat()];
  if (symbology === undefined) return [];
  const points = result.getResultPoints().map((p) => toFrame({ x: p.getX(), y: p.getY() }));
  const raw = aimRaw(symbology, result.getText(), result.getRawBytes());
  return [{ raw, symbology: eanUpcSymbology(symbology, raw), corners: cornersFromPoints(points) }];
}

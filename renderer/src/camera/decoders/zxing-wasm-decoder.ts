import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { ReaderOptions, ReadResult } from 'zxing-wasm/reader';
import type { BarcodeDecoder, CameraSymbology, DecodedSymbol, RgbaFrame } from '../decoder-contract';
import { lumaOf, rgbaOf } from '../preprocess/luma';
import type { CropSymbol, StraightenView } from '../preprocess/straightened-bars';
import { readStraightenedBars } from '../preprocess/straightened-bars';
import { eanUpcSymbology } from './ean-upc';
import { uniqueByRaw } from './unique';
import { expandUpce } from './upce';

/**
 * zxing-cpp in WebAssembly (zxing-wasm, `reader` build: decoding only, ~930 kB of .wasm).
 *
 * Offline: the package's default `locateFile` fetches the .wasm from a CDN, which a dock without network (and
 * our CSP, connect-src 'self') refuses. The caller always says where the binary is: a URL inside our own
 * build (the worker passes Vite's `?url` import) or the bytes themselves (Node tests read them from
 * node_modules).
 */
export type ZxingWasmBinary = { readonly wasmUrl: string } | { readonly wasmBinary: ArrayBuffer };

/** The dock's symbologies (issue 3, item 4) and nothing else: fewer readers, fewer false reads, less time. */
const FORMATS: NonNullable<ReaderOptions['formats']> = [
  'Code128',
  'ITF',
  'EAN13',
  'EAN8',
  'UPCA',
  'UPCE',
  'DataMatrix',
  'QRCode',
];
const LINEAR_FORMATS: NonNullable<ReaderOptions['formats']> = ['Code128', 'ITF', 'EAN13', 'EAN8', 'UPCA', 'UPCE'];

/**
 * Whole-frame pass, chosen by measurement on the generated frame set (docs/decisions/camera-decoder.md).
 * - `textMode: 'Plain'`: the data as encoded, FNC1 separators as GS (ASCII 29). The default 'HRI' would turn
 *   GS1 data into the bracketed "(01)…" form; the AIM identifier comes separately as `symbologyIdentifier`.
 * - `tryRotate: true`: zxing-cpp's DataMatrix detector needs it for symbols turned 90° or more (four of ten
 *   DataMatrix frames were lost without it).
 * - `tryHarder: false`, `tryDownscale: false`: they tripled the median time and read nothing more once the
 *   straightened second pass handles hard 1D symbols.
 * - `tryInvert: false`: dock labels print dark on light; reading reversed reflectance would only add work.
 */
export const FRAME_OPTIONS: ReaderOptions = {
  formats: FORMATS,
  textMode: 'Plain',
  tryHarder: false,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: false,
  maxNumberOfSymbols: 4,
};

/**
 * Second pass on a straightened 1D crop (preprocess/straightened-bars.ts): small, upright and already
 * cleaned, so none of the "try" options helped (zxing-cpp reads a row right to left without tryRotate).
 */
export const CROP_OPTIONS: ReaderOptions = {
  formats: LINEAR_FORMATS,
  textMode: 'Plain',
  tryHarder: false,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: false,
  maxNumberOfSymbols: 1,
};

/**
 * Straightened-crop views for zxing-cpp, in order: stretched ×3 and strongly sharpened first (modules of
 * 1.5–2 px), then as sampled and mildly sharpened (a defocused label at an odd angle, where ×3 overshoots).
 */
export const WASM_VIEWS: readonly StraightenView[] = [
  { upscale: 3, sharpen: 2 },
  { upscale: 1, sharpen: 1 },
];

/** Everything measured when choosing the settings; the station runs WASM_TUNING, experiments pass others. */
export interface ZxingWasmTuning {
  readonly frame: ReaderOptions;
  readonly crop: ReaderOptions;
  readonly views: readonly StraightenView[];
}

export const WASM_TUNING: ZxingWasmTuning = { frame: FRAME_OPTIONS, crop: CROP_OPTIONS, views: WASM_VIEWS };

/** Instantiates the WebAssembly module (rejects if it cannot: the worker then falls back to zxing-js). */
export async function createZxingWasmDecoder(
  binary: ZxingWasmBinary,
  tuning: ZxingWasmTuning = WASM_TUNING,
): Promise<BarcodeDecoder> {
  const overrides =
    'wasmUrl' in binary
      ? { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? binary.wasmUrl : prefix + path) }
      : { wasmBinary: binary.wasmBinary };
  await prepareZXingModule({ overrides, fireImmediately: true });
  return {
    name: 'zxing-wasm',
    async decode(frame: RgbaFrame): Promise<readonly DecodedSymbol[]> {
      // readBarcodes reads anything shaped like ImageData ({ width, height, data }), so Node tests need no DOM.
      const found = (await readBarcodes(frame as ImageData, tuning.frame)).flatMap(toSymbol);
      if (found.length > 0) return uniqueByRaw(found);
      return readStraightenedBars(lumaOf(frame), tuning.views, async (crop) =>
        (await readBarcodes(rgbaOf(crop) as ImageData, tuning.crop)).flatMap(toCropSymbol),
      );
    },
  } satisfies BarcodeDecoder;
}

function toSymbol(result: ReadResult): DecodedSymbol[] {
  return toCropSymbol(result).map(({ raw, symbology, points: [a, b, c, d] }) => ({
    raw,
    symbology,
    corners: [a ?? ORIGIN, b ?? ORIGIN, c ?? ORIGIN, d ?? ORIGIN],
  }));
}

const ORIGIN = { x: 0, y: 0 };

function toCropSymbol(result: ReadResult): CropSymbol[] {
  const format = SYMBOLOGY[result.format];
  if (!result.isValid || format === undefined) return [];
  const raw = rawOf(result, format);
  const { topLeft, topRight, bottomRight, bottomLeft } = result.position;
  return [{ raw, symbology: eanUpcSymbology(format, raw), points: [topLeft, topRight, bottomRight, bottomLeft] }];
}

const SYMBOLOGY: Partial<Record<ReadResult['format'], CameraSymbology>> = {
  Code128: 'code-128',
  ITF: 'itf',
  ITF14: 'itf',
  EAN13: 'ean-13',
  EAN8: 'ean-8',
  UPCA: 'upc-a',
  UPCE: 'upc-e',
  DataMatrix: 'datamatrix',
  QRCode: 'qr',
  QRCodeModel2: 'qr',
};

/**
 * zxing-cpp already gives the ISO/IEC 15424 identifier (`]C1` when FNC1 is in first position, ISO/IEC 15417
 * §4.3.4.2; `]d2`, `]Q3` likewise; `]I1` for an ITF-14 whose check digit it verified) and GS for every later
 * FNC1. UPC-A and UPC-E go out as 13 digits under `]E0`, what a wedge with AIM identifiers sends (ISO/IEC 15420,
 * "UPC-A and UPC-E transmitted in full EAN-13 form"); zxing-cpp gives UPC-A as its 12 printed digits and
 * UPC-E already expanded to 13, so the length decides.
 */
function rawOf(result: ReadResult, symbology: CameraSymbology): string {
  const text = result.text;
  if (symbology === 'upc-a' || symbology === 'upc-e') {
    if (text.length === 8) return `]E00${expandUpce(text)}`;
    if (text.length === 12) return `]E00${text}`;
    return `]E0${text}`;
  }
  return result.symbologyIdentifier + text;
}

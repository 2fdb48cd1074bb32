/**
 * The boundary between the camera (viewfinder, worker plumbing) and a barcode decoder library. Both decoders
 * the station can run (zxing-wasm, i.e. zxing-cpp in WebAssembly, and @zxing/library in plain JavaScript)
 * `satisfies BarcodeDecoder`, so the worker, the tests and the benchmark treat them alike.
 *
 * A decoder sees one frame at a time and answers every symbol it found. It never parses the data: `raw` is
 * the scan exactly as a keyboard wedge with AIM symbology identifiers would send it (ISO/IEC 15424 identifier
 * such as `]C1`, `]d2`, `]Q3`, `]E0`, `]I1`, then the data with FNC1-as-separator turned into GS, ASCII 29),
 * and it goes through the same `parseScan` as every wedge scan.
 */

/** The symbologies a dock camera looks for (issue 3): GS1-128/Code 128, ITF-14, EAN/UPC, DataMatrix, QR. */
export type CameraSymbology = 'code-128' | 'itf' | 'ean-13' | 'ean-8' | 'upc-a' | 'upc-e' | 'datamatrix' | 'qr';

export interface FramePoint {
  readonly x: number;
  readonly y: number;
}

/** One symbol found in a frame. */
export interface DecodedSymbol {
  /** AIM identifier + data, GS for FNC1 separators: what `parseScan` reads. */
  readonly raw: string;
  readonly symbology: CameraSymbology;
  /** The symbol's outline in frame pixels, clockwise from top-left as the decoder saw it: for the highlight. */
  readonly corners: readonly [FramePoint, FramePoint, FramePoint, FramePoint];
}

/** An RGBA frame (the layout of ImageData), so decoders need no DOM and run in Node tests. */
export interface RgbaFrame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export type DecoderName = 'zxing-wasm' | 'zxing-js';

export interface BarcodeDecoder {
  readonly name: DecoderName;
  /** Every symbol found in the frame; an empty list when none. Rejects only when the decoder itself broke. */
  decode(frame: RgbaFrame): Promise<readonly DecodedSymbol[]>;
}

/**
 * The page's handle on the decode worker (implemented in decode-client.ts by `startCameraDecodeWorker()`).
 * The viewfinder grabs a frame, hands it over (ownership of the bitmap passes to the worker) and waits; it
 * grabs the next frame only when the answer is back, so frames never queue up behind a slow decode.
 */
export interface CameraDecodeClient {
  /** Which decoder the worker ended up with: zxing-wasm, or zxing-js where WebAssembly is unavailable. */
  readonly decoder: Promise<DecoderName>;
  decode(frame: ImageBitmap): Promise<FrameDecodeResult>;
  close(): void;
}

export interface FrameDecodeResult {
  readonly symbols: readonly DecodedSymbol[];
  readonly width: number;
  readonly height: number;
  /** Time spent decoding inside the worker, in ms (for the station's diagnostics, not for tests). */
  readonly decodeMs: number;
}

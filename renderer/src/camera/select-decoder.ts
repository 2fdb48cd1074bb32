import type { BarcodeDecoder, DecoderName } from './decoder-contract';
import { createZxingJsDecoder } from './decoders/zxing-js-decoder';
import type { ZxingWasmBinary } from './decoders/zxing-wasm-decoder';
import { createZxingWasmDecoder } from './decoders/zxing-wasm-decoder';

/**
 * The station's decoder (docs/decisions/camera-decoder.md): zxing-wasm, which read the most of the generated
 * frame set in time; @zxing/library where WebAssembly is missing (a locked-down browser, a CSP without
 * 'wasm-unsafe-eval') or the module fails to instantiate. The reason for a fallback is passed to `onFallback`
 * so the station can log it; the camera keeps working either way. `forced` (benchmark, diagnostics) skips the
 * choice, and a forced zxing-wasm that fails rejects instead of falling back.
 */
export async function selectDecoder(
  wasm: ZxingWasmBinary,
  onFallback: (reason: string) => void = () => undefined,
  forced?: DecoderName,
): Promise<BarcodeDecoder> {
  if (forced === 'zxing-js') return createZxingJsDecoder();
  if (forced === 'zxing-wasm') return createZxingWasmDecoder(wasm);
  if (typeof WebAssembly !== 'object') {
    onFallback('WebAssembly is not available');
    return createZxingJsDecoder();
  }
  try {
    return await createZxingWasmDecoder(wasm);
  } catch (error) {
    onFallback(`zxing-wasm failed to start: ${error instanceof Error ? error.message : String(error)}`);
    return createZxingJsDecoder();
  }
}

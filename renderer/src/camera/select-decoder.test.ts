import { describe, expect, it, vi } from 'vitest';
import { zxingReaderWasmBytes } from '../../../test/support/zxing-wasm-binary';
import { forcedDecoderOf, workerNameFor } from './decoder-choice';
import { selectDecoder } from './select-decoder';

describe('choosing the camera decoder', () => {
  it('runs zxing-wasm when its module instantiates', async () => {
    const decoder = await selectDecoder({ wasmBinary: zxingReaderWasmBytes() });
    expect(decoder.name).toBe('zxing-wasm');
  });

  it('falls back to @zxing/library, saying why, when the module fails to instantiate', async () => {
    const reasons: string[] = [];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined); // Emscripten's abort message
    // Not a WebAssembly module: what a truncated or blocked .wasm download amounts to.
    const decoder = await selectDecoder({ wasmBinary: new Uint8Array([0, 1, 2, 3]).buffer }, (reason) =>
      reasons.push(reason),
    );
    quiet.mockRestore();
    expect(decoder.name).toBe('zxing-js');
    expect(reasons[0]).toMatch(/^zxing-wasm failed to start/);
  });

  it('falls back to @zxing/library, saying why, when WebAssembly is missing', async () => {
    const saved = globalThis.WebAssembly;
    const reasons: string[] = [];
    try {
      // A locked-down browser (or a CSP without 'wasm-unsafe-eval' in some engines) has no WebAssembly.
      Reflect.deleteProperty(globalThis, 'WebAssembly');
      const decoder = await selectDecoder({ wasmUrl: 'zxing_reader.wasm' }, (reason) => reasons.push(reason));
      expect(decoder.name).toBe('zxing-js');
      expect(reasons).toEqual(['WebAssembly is not available']);
    } finally {
      globalThis.WebAssembly = saved;
    }
  });

  it('obeys a forced choice, which the worker reads from its name', async () => {
    expect(forcedDecoderOf(workerNameFor('zxing-js'))).toBe('zxing-js');
    expect(forcedDecoderOf(workerNameFor('zxing-wasm'))).toBe('zxing-wasm');
    expect(forcedDecoderOf(workerNameFor(undefined))).toBeUndefined();
    expect(forcedDecoderOf('camera-decode:something-else')).toBeUndefined();
    const decoder = await selectDecoder({ wasmBinary: zxingReaderWasmBytes() }, undefined, 'zxing-js');
    expect(decoder.name).toBe('zxing-js');
  });
});

/**
 * The zxing-wasm reader module's bytes, read from node_modules, for decoder tests in Node: Node's fetch cannot
 * load file: URLs and the station never lets zxing-wasm reach its CDN. Renderer tests are typed without Node
 * (tsconfig.renderer.json), hence the structural access to `process.getBuiltinModule` (Node ≥ 20.16).
 */
interface NodeFs {
  readFileSync(path: URL): Uint8Array;
}

export function zxingReaderWasmBytes(): ArrayBuffer {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = nodeProcess?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  if (!fs) throw new Error('zxingReaderWasmBytes() reads from node_modules and runs in Node only');
  const bytes = fs.readFileSync(
    new URL('../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', import.meta.url),
  );
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

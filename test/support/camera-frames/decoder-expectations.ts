import type { BarcodeDecoder } from '../../../renderer/src/camera/decoder-contract';
import { parseScan } from '../../../renderer/src/domain/gs1/parse-scan';
import { frameDefinition } from './frame-lookup';
import { renderCameraFrame } from './frame-set';

/**
 * What a decoder test asserts for one generated frame (shared by the zxing-wasm and zxing-js tests):
 * a symbol frame yields exactly its expected raw (AIM identifier, data, GS separators) and that raw parses to
 * the label's own GS1 elements, i.e. the camera scan means what a wedge scan of the label means; an empty
 * frame yields nothing.
 */
export async function decodeFrame(decoder: BarcodeDecoder, id: string) {
  const frame = renderCameraFrame(frameDefinition(id));
  const symbols = await decoder.decode(frame.frame);
  const raws = symbols.map((s) => s.raw);
  const first = symbols[0];
  const parsed = first ? parseScan(first.raw, { referenceDate: new Date('2026-01-01T00:00:00Z') }) : null;
  return {
    frame,
    symbols,
    raws,
    expectedRaws: frame.expected ? [frame.expected.raw] : [],
    /** The parsed elements of the first symbol as [AI, value] pairs, or null when nothing was read. */
    elements: parsed?.valid ? parsed.elements.map((e) => [e.ai, e.value] as const) : null,
    parsed,
  };
}

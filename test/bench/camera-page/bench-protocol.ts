import type { DecoderName } from '../../../renderer/src/camera/decoder-contract';

/** What the benchmark page answers for one decoder over the whole frame set. */
export interface PageFrameResult {
  readonly id: string;
  readonly expectedRaw: string | null;
  readonly raws: readonly string[];
  /** Decode time inside the worker (FrameDecodeResult.decodeMs). */
  readonly decodeMs: number;
  /** Page → worker → page, including the bitmap transfer and the worker's drawImage/getImageData. */
  readonly roundTripMs: number;
}

export interface PageRun {
  readonly decoder: DecoderName;
  readonly frames: readonly PageFrameResult[];
  readonly renderMs: number;
}

export interface CameraBenchPage {
  run(decoder: DecoderName, warmups: number): Promise<PageRun>;
}

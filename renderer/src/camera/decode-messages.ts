import type { DecoderName, FrameDecodeResult } from './decoder-contract';

/**
 * What the page and the decode worker say to each other (decode-client.ts ⇄ decode.worker.ts). Every frame
 * carries an id so an answer always reaches the promise that asked for it.
 */
export interface DecodeRequest {
  readonly id: number;
  /** Transferred: after posting, the page no longer owns it and the worker closes it. */
  readonly bitmap: ImageBitmap;
}

export type WorkerMessage =
  | { readonly type: 'ready'; readonly decoder: DecoderName }
  /** No decoder could start (only possible when one was forced): every frame will fail. */
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly result: FrameDecodeResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

import type { PickedAsnFile } from '../../../../../preload/contract';
import type { FileProgress, FileReport } from './file-intake';

/** The page ⇄ intake worker messages (intake.worker.ts). */
export interface IntakeRequest {
  /** The station's IndexedDB database: the worker opens its own connection to it. */
  readonly dbName: string;
  readonly files: readonly PickedAsnFile[];
}

export type IntakeReply =
  | { readonly kind: 'progress'; readonly progress: FileProgress }
  | { readonly kind: 'done'; readonly reports: readonly FileReport[] }
  /** importFiles threw (a bug: it reports bad input as values); the message says what. */
  | { readonly kind: 'failed'; readonly message: string };

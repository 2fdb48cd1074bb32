import type { PickedAsnFile } from '../../../../../preload/contract';
import type { DocksideDb } from '../../../db/schema';
import { importFiles, type FileProgress, type FileReport } from './file-intake';
import type { IntakeReply, IntakeRequest } from './intake-messages';

/**
 * Imports a batch of files in a fresh worker (intake.worker.ts; one per batch, terminated after: a worker is
 * cheap next to a large import). Where no Worker exists (unit tests in Node) the same importFiles runs inline.
 * A worker that dies mid-batch rejects: its transaction was aborted with it, so nothing of the unfinished file
 * was stored (files before it were, and their reports are lost with the worker: the next import of them says
 * "no changes, already imported").
 */
export function importFilesInWorker(
  files: readonly PickedAsnFile[],
  db: DocksideDb,
  onProgress?: (progress: FileProgress) => void,
): Promise<FileReport[]> {
  if (typeof Worker === 'undefined') return importFiles(files, { db, ...(onProgress ? { onProgress } : {}) });
  const worker = new Worker(new URL('./intake.worker.ts', import.meta.url), { type: 'module', name: 'asn-intake' });
  return new Promise<FileReport[]>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<IntakeReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        onProgress?.(reply.progress);
        return;
      }
      worker.terminate();
      if (reply.kind === 'done') resolve([...reply.reports]);
      else reject(new Error(reply.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the import worker stopped'));
    });
    worker.postMessage({ dbName: db.name, files } satisfies IntakeRequest);
  });
}

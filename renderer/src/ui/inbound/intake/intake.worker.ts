import { openDocksideDb } from '../../../db/schema';
import { importFiles } from './file-intake';
import type { IntakeReply, IntakeRequest } from './intake-messages';

/**
 * A batch of ASN files imported off the page's thread (issue 4: "the station stays responsive while
 * importing"). Reading, validating and hashing a 100,000-line 856 takes seconds, and so would handing its
 * 12 MB of rows back to the page by structured clone: the worker writes them to IndexedDB itself, through its
 * own connection, in the same all-or-nothing transaction. The page's live queries and scan index hear the
 * change (Dexie's cross-context change events; expected-units-feed.ts) and read what they show in small pages.
 */
interface WorkerScope {
  postMessage(message: IntakeReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<IntakeRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  void (async () => {
    const db = openDocksideDb(event.data.dbName);
    try {
      const reports = await importFiles(event.data.files, {
        db,
        onProgress: (progress) => {
          scope.postMessage({ kind: 'progress', progress });
        },
      });
      scope.postMessage({ kind: 'done', reports });
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
  })();
});

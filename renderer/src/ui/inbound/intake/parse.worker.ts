import { importAsnFile } from '../../../domain/asn/importers';
import type { ParseReply, ParseRequest } from './parse-messages';

/**
 * Parses one ASN file off the UI thread (issue 4: "the station stays responsive while importing"): a
 * 100,000-line 856 takes long enough in `importAsnFile` to freeze scanning feedback if run on the page.
 * The canonical ASNs come back by structured clone; storing stays on the page, where the database is open.
 */
interface WorkerScope {
  postMessage(message: ParseReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  try {
    scope.postMessage({ ok: true, result: importAsnFile(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

import type { PickedAsnFile } from '../../../preload/contract';
import { decodeFileText, MAX_ASN_FILE_BYTES, tooBigMessage } from '../domain/file-text';

/**
 * The web build's `pickAsnFiles`: the browser's own file chooser through a hidden `<input type=file multiple>`
 * (the only way a page may open one), with the same size limit and decoding as the desktop app's main process.
 * The input is created per pick and removed after, so no stale selection survives; `cancel` (HTML, "input
 * type=file": fired when the chooser closes with no change) resolves an empty list.
 */
export const ASN_FILE_ACCEPT = '.edi,.x12,.856,.txt,.csv,.json,text/plain,text/csv,application/json';

export function pickFilesWithInput(doc: Document = document): Promise<readonly PickedAsnFile[]> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = ASN_FILE_ACCEPT;
    input.hidden = true;
    input.dataset.testid = 'asn-file-input';
    const done = (): void => {
      input.remove();
    };
    input.addEventListener('cancel', () => {
      done();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done();
      readPickedFiles(files).then(resolve, reject);
    });
    doc.body.append(input);
    input.click();
  });
}

/** Also used for files dropped on the inbound screen: one way to turn browser Files into text. */
export async function readPickedFiles(
  files: readonly File[],
  maxBytes: number = MAX_ASN_FILE_BYTES,
): Promise<PickedAsnFile[]> {
  const out: PickedAsnFile[] = [];
  for (const file of files) {
    if (file.size > maxBytes) {
      out.push({ name: file.name, error: tooBigMessage(file.name, file.size, maxBytes) });
      continue;
    }
    try {
      const decoded = decodeFileText(file.name, new Uint8Array(await file.arrayBuffer()));
      out.push(decoded.ok ? { name: file.name, text: decoded.text } : { name: file.name, error: decoded.error });
    } catch {
      // A file removed or locked after it was chosen rejects arrayBuffer() with NotReadableError.
      out.push({
        name: file.name,
        error: `${file.name} could not be read. Check that it still exists, then try again.`,
      });
    }
  }
  return out;
}

import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { PickedAsnFile } from '../../preload/contract';
import { decodeFileText, MAX_ASN_FILE_BYTES, tooBigMessage } from '../../renderer/src/domain/file-text';

/**
 * The desktop app's "Import ASN file" (issue 4, item 4: a file dialog through the main process). Main owns
 * files (ARCHITECTURE.md): the renderer gets names and text, never a path. Electron's dialog and the filesystem
 * are injected, so the whole behaviour is unit-tested with fakes (ARCHITECTURE.md, "Boundaries", rule 4).
 *
 * Each file is checked on its own: one file too big or unreadable is reported by name, the others still come
 * back. The size is checked before reading, so a 2 GB file never reaches memory.
 */
export interface AsnFilePickerDeps {
  readonly showOpenDialog: Dialog['showOpenDialog'];
  /** The window the dialog belongs to (modal to it); null when there is none. */
  readonly window: () => BrowserWindow | null;
  readonly stat: (file: string) => Promise<{ readonly size: number; isFile(): boolean }>;
  readonly readFile: (file: string) => Promise<Uint8Array>;
  readonly maxBytes?: number;
  readonly log?: (line: string) => void;
}

export const ASN_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Import ASN file',
  buttonLabel: 'Import',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'ASN files (X12 856, EDIFACT DESADV, CSV, JSON)', extensions: ['edi', 'x12', '856', 'txt', 'csv', 'json'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

export function createAsnFilePicker(deps: AsnFilePickerDeps): () => Promise<PickedAsnFile[]> {
  const maxBytes = deps.maxBytes ?? MAX_ASN_FILE_BYTES;
  const readOne = async (file: string): Promise<PickedAsnFile> => {
    const name = path.basename(file);
    try {
      const info = await deps.stat(file);
      if (!info.isFile()) return { name, error: `${name} is not a file.` };
      if (info.size > maxBytes) return { name, error: tooBigMessage(name, info.size, maxBytes) };
      const decoded = decodeFileText(name, await deps.readFile(file));
      return decoded.ok ? { name, text: decoded.text } : { name, error: decoded.error };
    } catch (error) {
      // The OS's reason (permission, locked by another program, removed) without the path, which may name a user.
      const code = (error as { code?: unknown }).code;
      deps.log?.(`[dockside:files] could not read an ASN file: ${typeof code === 'string' ? code : 'error'}`);
      return {
        name,
        error: `${name} could not be read${typeof code === 'string' ? ` (${code})` : ''}. Check that it is not open in another program, then try again.`,
      };
    }
  };
  return async () => {
    const window = deps.window();
    const choice = window
      ? await deps.showOpenDialog(window, ASN_DIALOG_OPTIONS)
      : await deps.showOpenDialog(ASN_DIALOG_OPTIONS);
    if (choice.canceled) return [];
    const files: PickedAsnFile[] = [];
    // One after another: two 200 MB files read at once would double the peak memory for no gain.
    for (const file of choice.filePaths) files.push(await readOne(file));
    return files;
  };
}

import { useCallback, useRef, useState } from 'react';
import type { DocksideBridge, PickedAsnFile } from '../../../../preload/contract';
import type { DocksideDb } from '../../db/schema';
import { readPickedFiles } from '../../platform/web-file-picker';
import type { FileProgress, FileReport } from './intake/file-intake';
import { importFilesInWorker } from './intake/intake-client';

/**
 * The inbound screen's file intake: from the file dialog (through the bridge: main's dialog in the desktop
 * app, a file input in the web build) or from files dropped on the screen. One batch at a time; a drop while
 * a batch runs waits for it, so two imports never race on the same ASN.
 */
export interface AsnIntake {
  readonly progress: FileProgress | null;
  readonly reports: readonly FileReport[] | null;
  readonly busy: boolean;
  readonly pick: () => void;
  readonly drop: (files: readonly File[]) => void;
  readonly dismiss: () => void;
}

export function useAsnIntake(db: DocksideDb, bridge: DocksideBridge): AsnIntake {
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const [reports, setReports] = useState<readonly FileReport[] | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const run = useCallback(
    (load: () => Promise<readonly PickedAsnFile[]>) => {
      queue.current = queue.current.then(async () => {
        let files: readonly PickedAsnFile[];
        try {
          files = await load();
        } catch (error) {
          setReports([{ name: 'File dialog', kind: 'unreadable', error: `The file dialog failed: ${String(error)}` }]);
          return;
        }
        if (files.length === 0) return; // cancelled
        setBusy(true);
        setReports(null);
        try {
          setReports(await importFilesInWorker(files, db, setProgress));
        } finally {
          setProgress(null);
          setBusy(false);
        }
      });
    },
    [db],
  );

  return {
    progress,
    reports,
    busy,
    pick: useCallback(() => {
      run(() => bridge.pickAsnFiles());
    }, [run, bridge]),
    drop: useCallback(
      (files: readonly File[]) => {
        run(() => readPickedFiles(files));
      },
      [run],
    ),
    dismiss: useCallback(() => {
      setReports(null);
    }, []),
  };
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a <dialog> as modal while the component is mounted: the dock behind it cannot be reached (focus is
 * trapped, Esc is the dialog's), and the scan hub still delivers scans to the dock, as on the scanner setup
 * screen's pattern (ScannerSetupScreen.tsx).
 */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
    return () => {
      d?.close();
    };
  }, []);
  return dialog;
}

import { installKeyboardWedge } from '../scanner/keyboard-wedge';
import { createScanHub } from '../scanner/scan-hub';

/** The page's one scan source: the keyboard wedge, listening from the first moment the page runs. */
export const scans = createScanHub();

export function startScanning(): () => void {
  return installKeyboardWedge(window, {}, (raw) => {
    scans.deliver(raw);
  });
}

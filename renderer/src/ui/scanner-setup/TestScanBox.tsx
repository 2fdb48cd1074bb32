import { useEffect, useState } from 'react';
import { scans } from '../scan-source';
import { judgeTestScan, type TestScanVerdict } from './test-scan';

/**
 * Step 3: scan any label and see exactly what reached Dockside with the settings in force. While the setup
 * screen is open the scans come here instead of the dock (the scan hub gives them back when it closes).
 */
export function TestScanBox() {
  const [last, setLast] = useState<(TestScanVerdict & { readonly at: number }) | null>(null);
  useEffect(
    () =>
      scans.subscribe((raw) => {
        setLast({ ...judgeTestScan(raw), at: Date.now() });
      }),
    [],
  );
  return (
    <div className={`test-scan test-scan--${last?.tone ?? 'idle'}`} data-testid="test-scan">
      <div role="status" aria-live="polite" aria-atomic="true">
        {last === null ? (
          <p className="test-scan__hint">
            Scan any label to check it. Scans made while this screen is open are only shown here, not received.
          </p>
        ) : (
          <>
            <p className="test-scan__raw">
              <span className="test-scan__label">Arrived</span> <code>{last.shown}</code>
            </p>
            <ul className="test-scan__lines">
              {last.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

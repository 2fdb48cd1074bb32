import type { ReactNode } from 'react';
import type { ScanFeedback } from '../scan-feedback';

/**
 * The big, always-visible answer to the last scan; announced to screen readers as it changes. `children`
 * (the camera toggle) sit below it, outside the live region, so they are not announced with every scan.
 */
export function ScanPanel({ feedback, children }: { feedback: ScanFeedback | null; children?: ReactNode }) {
  return (
    <section className={`scan-panel scan-panel--${feedback?.tone ?? 'idle'}`} aria-label="Last scan">
      <div role="status" aria-live="assertive" aria-atomic="true" data-testid="scan-feedback">
        {feedback ? (
          <>
            <p className="scan-panel__title">{feedback.title}</p>
            <p className="scan-panel__detail">{feedback.detail}</p>
          </>
        ) : (
          <p className="scan-panel__title">Scan a pallet or carton label</p>
        )}
      </div>
      {feedback && <p className="scan-panel__prompt">Scan the next label</p>}
      {children !== undefined && <div className="scan-panel__tools">{children}</div>}
    </section>
  );
}

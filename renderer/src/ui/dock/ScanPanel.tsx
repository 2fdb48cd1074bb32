import type { ReactNode } from 'react';
import type { ScanFeedback } from '../scan-feedback';
import type { NextStep } from './next-step';

/**
 * The big, always-visible answer to the last scan; announced to screen readers as it changes. Below it the
 * next step, always prompted (issue 5, item 6), in its own polite live region so a change of step is heard
 * after the result. `children` (the camera toggle) sit below, outside the live regions, so they are not
 * announced with every scan.
 */
export function ScanPanel(props: { feedback: ScanFeedback | null; next: NextStep; children?: ReactNode }) {
  const { feedback, next, children } = props;
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
      <p className={`scan-panel__prompt scan-panel__prompt--${next.tone}`} aria-live="polite" data-testid="next-step">
        <span className="scan-panel__next">Next</span> {next.text}
      </p>
      {children !== undefined && <div className="scan-panel__tools">{children}</div>}
    </section>
  );
}

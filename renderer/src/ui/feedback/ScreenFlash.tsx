import { useEffect, useState } from 'react';
import type { FeedbackTone, ScanFeedback } from '../scan-feedback';

/**
 * A full-screen colour flash for each scan result, seen from across the dock or at the edge of vision while
 * the worker looks at the pallet. Deliberately NOT animated: a static layer shown briefly costs two paints,
 * where a frame-by-frame fade kept a station without GPU compositing busy enough to delay the scanner's
 * keystrokes (measured: the web e2e suite split scans with a fade, none without). Never blocks input.
 */
const FLASH_MS: Record<FeedbackTone, number> = { success: 250, warning: 350, error: 600 };

export function ScreenFlash({ feedback }: { feedback: ScanFeedback | null }) {
  if (!feedback) return null;
  return <Flash key={feedback.at} tone={feedback.tone} />;
}

function Flash({ tone }: { tone: FeedbackTone }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => {
      setVisible(false);
    }, FLASH_MS[tone]);
    return () => {
      clearTimeout(timer);
    };
  }, [tone]);
  if (!visible) return null;
  return <div className={`screen-flash screen-flash--${tone}`} aria-hidden="true" data-testid="screen-flash" />;
}

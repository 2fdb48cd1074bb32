import type { Finding, LearnResult } from '../../scanner/learn-scanner-profile';
import type { ScannerProfile } from '../../scanner/scanner-profile';
import { ProfileLines } from './ProfileLines';
import type { Learning } from './use-learning';

/** Step 2: listen while IT scans the test label, then show what was learned and offer to keep it. */
export function LearnPanel(props: {
  learning: Learning;
  onStart: () => void;
  onCancel: () => void;
  onSave: (profile: ScannerProfile) => void;
}) {
  const { learning, onStart, onCancel, onSave } = props;
  switch (learning.phase) {
    case 'idle':
      return (
        <div className="learn">
          <p>Press the button, then scan either symbol on the printed test label with the scanner to set up.</p>
          <button type="button" className="primary" onClick={onStart}>
            Scan the test label now
          </button>
        </div>
      );
    case 'listening':
      return (
        <div className="learn learn--listening" data-testid="learn-listening">
          <p className="learn__now" role="status">
            {learning.receiving ? 'Reading the scan…' : 'Scan the test label now'}
          </p>
          <p className="learn__hint">
            Dockside is listening to the scanner: nothing is typed anywhere until the scan is read. Esc cancels.
          </p>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      );
    case 'learned':
      return <Learned result={learning.result} onRetry={onStart} onCancel={onCancel} onSave={onSave} />;
    default: {
      const never: never = learning;
      return never;
    }
  }
}

function Learned(props: {
  result: LearnResult;
  onRetry: () => void;
  onCancel: () => void;
  onSave: (profile: ScannerProfile) => void;
}) {
  const { result, onRetry, onCancel, onSave } = props;
  return (
    <div className="learn" data-testid="learn-result">
      {result.ok ? (
        <>
          <h3>What Dockside learned{result.label === null ? '' : ` from ${result.label}`}</h3>
          <ProfileLines profile={result.profile} testId="learned-profile" />
          <Findings findings={result.findings} />
        </>
      ) : (
        <div className="learn__problem" role="alert" data-testid="learn-problem">
          <h3>Dockside could not learn this scanner</h3>
          <p>{result.message}</p>
        </div>
      )}
      <details className="learn__arrived">
        <summary>What arrived from the scanner</summary>
        <code data-testid="learn-arrived">{result.arrived === '' ? '(nothing)' : result.arrived}</code>
      </details>
      <div className="learn__actions">
        {result.ok && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              onSave(result.profile);
            }}
          >
            Save for this station
          </button>
        )}
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function Findings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.text} className={`findings__item findings__item--${f.severity}`}>
          {f.severity === 'fix' ? <strong>Fix the scanner: </strong> : null}
          {f.text}
        </li>
      ))}
    </ul>
  );
}

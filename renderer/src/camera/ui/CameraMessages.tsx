import type { CameraChoice } from '../camera-device';
import type { CameraProblem } from '../camera-problems';
import type { DecoderName } from '../decoder-contract';

/** Why the camera is not running, and what to do; the button starts it again. */
export function CameraProblemBox({ problem, onRetry }: { problem: CameraProblem; onRetry: () => void }) {
  return (
    <div className="camera__problem" role="alert" data-testid="camera-problem" data-problem={problem.kind}>
      <p className="camera__problem-title">{problem.title}</p>
      <p className="camera__problem-detail">{problem.detail}</p>
      <button type="button" className="camera__retry" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** Things the worker should know while the camera runs: a stand-in camera, a slower reader. */
export function CameraNotices({ missing, decoder }: { missing: CameraChoice | null; decoder: DecoderName | null }) {
  if (missing === null && decoder !== 'zxing-js') return null;
  return (
    <div className="camera__notices" role="status" data-testid="camera-notice">
      {missing !== null && (
        <p>
          {missing.label === '' ? 'The camera chosen for this station' : `“${missing.label}”, chosen for this station,`}{' '}
          is not connected; another camera is used until it is back.
        </p>
      )}
      {decoder === 'zxing-js' && (
        <p>
          Slower label reader: WebAssembly is not available here, so the camera uses the JavaScript reader. Rotated,
          small or faint labels may not read; use the handheld scanner for those.
        </p>
      )}
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadCamera, saveCamera } from '../../db/camera-preferences-store';
import type { DocksideDb } from '../../db/schema';
import type { CameraProblem } from '../camera-problems';
import type { CameraDecodeClient } from '../decoder-contract';
import { CameraProblemBox } from './CameraMessages';
import { CameraSession } from './CameraSession';
import { usePageVisible } from './use-page-visible';
import './camera.css';

export interface CameraPanelProps {
  readonly db: DocksideDb;
  /** Starts the decode worker; called each time the camera starts. */
  readonly startDecoder: () => CameraDecodeClient;
  /** Where a read label goes: the station's one scan path, the same as a keyboard-wedge scan. */
  readonly onRead: (raw: string) => void;
}

/**
 * The camera scanner on the dock screen. It runs only while the panel is open and the page is visible; each
 * run is one CameraSession, remounted (fresh camera, fresh worker) to try again, after the page was hidden,
 * or when the worker picks another camera, which is remembered for this station. A failed run is unmounted,
 * so the camera and the worker are released while the message is shown.
 */
export function CameraPanel({ db, startDecoder, onRead }: CameraPanelProps) {
  const visible = usePageVisible();
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<CameraProblem | null>(null);
  const [saveFailed, setSaveFailed] = useState<string | null>(null);
  // undefined while loading: the camera must not start on the default device and switch a moment later.
  const remembered = useLiveQuery(() => loadCamera(db), [db]);

  let body;
  if (failure) {
    body = (
      <CameraProblemBox
        problem={failure}
        onRetry={() => {
          setFailure(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  } else if (!visible) {
    body = <p className="camera__paused">The camera is off while Dockside is in the background.</p>;
  } else if (remembered !== undefined) {
    body = (
      <CameraSession
        key={`${remembered?.deviceId ?? ''}#${attempt}`}
        rememberedId={remembered?.deviceId ?? null}
        rememberedLabel={remembered?.label ?? ''}
        startDecoder={startDecoder}
        onRead={onRead}
        onFailed={setFailure}
        onChoose={(camera) => {
          saveCamera(db, camera).then(
            () => {
              setSaveFailed(null);
            },
            (error: unknown) => {
              setSaveFailed(String(error));
            },
          );
        }}
      />
    );
  }

  return (
    <section className="camera" id="camera-panel" aria-label="Camera scanner" data-testid="camera-panel">
      {body}
      {saveFailed !== null && (
        <p className="camera__note" role="alert">
          The camera choice could not be saved ({saveFailed}); choose it again after the next start.
        </p>
      )}
    </section>
  );
}

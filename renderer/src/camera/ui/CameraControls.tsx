import { useState } from 'react';
import { torchConstraints, torchSupported, type CameraChoice } from '../camera-device';

/** Which camera to use; the choice is kept for this station by the caller. */
export function CameraSelect(props: {
  cameras: readonly CameraChoice[];
  current: string;
  onChoose: (camera: CameraChoice) => void;
}) {
  const { cameras, current, onChoose } = props;
  if (cameras.length === 0) return null;
  return (
    <label className="camera__select">
      <span>Camera</span>
      <select
        value={current}
        data-testid="camera-select"
        onChange={(e) => {
          const chosen = cameras.find((c) => c.deviceId === e.target.value);
          if (chosen) onChoose(chosen);
        }}
      >
        {cameras.map((camera) => (
          <option key={camera.deviceId} value={camera.deviceId}>
            {camera.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The torch, shown only when the camera reports one it lets the page switch (most phone and tablet rear
 * cameras; almost no USB webcams). Mount it with `key={track.id}` so a new camera starts with the torch off.
 */
export function TorchToggle({ track }: { track: MediaStreamTrack }) {
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!torchSupported(track.getCapabilities())) return null;
  return (
    <>
      <button
        type="button"
        className="camera__torch"
        aria-pressed={on}
        onClick={() => {
          const next = !on;
          track.applyConstraints(torchConstraints(next)).then(
            () => {
              setOn(next);
              setFailed(false);
            },
            () => {
              setFailed(true);
            },
          );
        }}
      >
        Torch
      </button>
      {failed && <span className="camera__note">The torch could not be switched on this camera.</span>}
    </>
  );
}

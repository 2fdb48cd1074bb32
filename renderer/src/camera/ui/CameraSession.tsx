import { useRef } from 'react';
import { isMirrored, type CameraChoice } from '../camera-device';
import type { CameraProblem } from '../camera-problems';
import type { CameraDecodeClient } from '../decoder-contract';
import { CameraSelect, TorchToggle } from './CameraControls';
import { CameraNotices } from './CameraMessages';
import { HitOverlay } from './HitOverlay';
import { useCameraStream, useVideoInputs } from './use-camera-stream';
import { useDecodeLoop } from './use-decode-loop';
import { useElementSize } from './use-element-size';
import { useVideoSource } from './use-video-source';

/** `contain`: the worker sees the whole frame the decoder sees, so a label is never read from off-screen. */
const FIT = 'contain';

/** One run of the camera: open it, show it, decode it, until unmounted. Failures go to `onFailed`. */
export function CameraSession(props: {
  rememberedId: string | null;
  rememberedLabel: string;
  startDecoder: () => CameraDecodeClient;
  onRead: (raw: string) => void;
  onChoose: (camera: CameraChoice) => void;
  onFailed: (problem: CameraProblem) => void;
}) {
  const { rememberedId, rememberedLabel, startDecoder, onRead, onChoose, onFailed } = props;
  const camera = useCameraStream(rememberedId, rememberedLabel, onFailed);
  const live = camera.phase === 'live' ? camera : null;
  const videoRef = useRef<HTMLVideoElement>(null);
  const viewfinderRef = useRef<HTMLDivElement>(null);
  useVideoSource(videoRef, live?.stream ?? null);
  const decode = useDecodeLoop(videoRef, live?.stream ?? null, startDecoder, onRead, onFailed);
  const cameras = useVideoInputs(live !== null);
  const view = useElementSize(viewfinderRef);
  const settings = live?.track.getSettings() ?? {};
  const mirrored = isMirrored(settings);

  return (
    <div
      className="camera__session"
      data-state={camera.phase}
      data-frames={decode.frames}
      data-decoder={decode.decoder ?? ''}
    >
      <div
        className="camera__viewfinder"
        ref={viewfinderRef}
        style={{ aspectRatio: `${settings.width ?? 16} / ${settings.height ?? 9}` }}
      >
        <video
          ref={videoRef}
          className={`camera__video${mirrored ? ' camera__video--mirrored' : ''}`}
          style={{ objectFit: FIT }}
          muted
          playsInline
          aria-label="Camera viewfinder"
        />
        <HitOverlay hits={decode.hits} view={view} fit={FIT} mirrored={mirrored} />
        {camera.phase === 'starting' && <p className="camera__starting">Starting the camera…</p>}
      </div>
      <CameraNotices missing={live?.missing ?? null} decoder={decode.decoder} />
      {live && (
        <div className="camera__controls">
          <CameraSelect cameras={cameras} current={settings.deviceId ?? ''} onChoose={onChoose} />
          <TorchToggle key={live.track.id} track={live.track} />
          <span className="camera__diagnostics" data-testid="camera-diagnostics">
            {decode.decoder ?? 'starting reader'}
            {decode.frames > 0 ? ` · ${Math.round(decode.decodeMs)} ms/frame` : ''}
          </span>
        </div>
      )}
    </div>
  );
}

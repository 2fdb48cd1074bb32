import { useEffect, useState } from 'react';
import { openCamera, videoInputs, type CameraChoice } from '../camera-device';
import { cameraProblemOf, describeCameraProblem, type CameraProblem } from '../camera-problems';
import { useLatest } from './use-latest';

export type CameraStream =
  | { readonly phase: 'starting' }
  | {
      readonly phase: 'live';
      readonly stream: MediaStream;
      readonly track: MediaStreamTrack;
      /** The remembered camera, when it is not connected and another one was opened instead. */
      readonly missing: CameraChoice | null;
    };

/**
 * One attempt at running the camera, for as long as the component is mounted (the panel remounts it to try
 * again, to switch cameras, or after the page was hidden). Every track is stopped on unmount, which is what
 * turns the camera and its light off. Failing to open, and a track that ends by itself (the camera was
 * unplugged), are reported to `onFailed`; the panel then unmounts the session.
 */
export function useCameraStream(
  rememberedId: string | null,
  rememberedLabel: string,
  onFailed: (problem: CameraProblem) => void,
): CameraStream {
  const [state, setState] = useState<CameraStream>({ phase: 'starting' });
  const failed = useLatest(onFailed);
  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    const onEnded = (): void => {
      if (!stopped) failed.current(describeCameraProblem('unplugged'));
    };
    const media = navigator.mediaDevices as MediaDevices | undefined;
    const remembered = rememberedId === null ? null : { deviceId: rememberedId, label: rememberedLabel };
    openCamera(media, remembered).then(
      (opened) => {
        if (stopped) {
          stopTracks(opened.stream);
          return;
        }
        stream = opened.stream;
        opened.track.addEventListener('ended', onEnded);
        setState({ phase: 'live', ...opened });
      },
      (error: unknown) => {
        if (stopped) return;
        failed.current(media === undefined ? describeCameraProblem('unavailable') : cameraProblemOf(error));
      },
    );
    return () => {
      stopped = true;
      if (stream) {
        for (const track of stream.getVideoTracks()) track.removeEventListener('ended', onEnded);
        stopTracks(stream);
      }
    };
  }, [rememberedId, rememberedLabel, failed]);
  return state;
}

/**
 * The cameras connected now, kept current as cameras are plugged in and out (`devicechange`). Listed once the
 * camera runs: before permission is granted the browser hides their names.
 */
export function useVideoInputs(live: boolean): readonly CameraChoice[] {
  const [cameras, setCameras] = useState<readonly CameraChoice[]>([]);
  useEffect(() => {
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (!live || !media) return;
    let stopped = false;
    const refresh = (): void => {
      media.enumerateDevices().then(
        (devices) => {
          if (!stopped) setCameras(videoInputs(devices));
        },
        () => undefined,
      );
    };
    refresh();
    media.addEventListener('devicechange', refresh);
    return () => {
      stopped = true;
      media.removeEventListener('devicechange', refresh);
    };
  }, [live]);
  return cameras;
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * Choosing, opening and steering the camera, with the browser's MediaDevices passed in so it is testable.
 *
 * Resolution: 1280x720 is asked for as `ideal`, never `exact`, so a 640x480 webcam still opens at its own
 * size; both decode within the frame budget (issue 3 measures 640x480). Without a remembered camera the
 * environment-facing one is preferred (`ideal`, so a laptop's only, front camera still opens).
 */
export interface CameraChoice {
  readonly deviceId: string;
  readonly label: string;
}

export const CAMERA_RESOLUTION = Object.freeze({ width: 1280, height: 720 });

export function cameraConstraints(deviceId: string | null): MediaStreamConstraints {
  const size = { width: { ideal: CAMERA_RESOLUTION.width }, height: { ideal: CAMERA_RESOLUTION.height } };
  return {
    audio: false,
    video:
      deviceId === null
        ? { ...size, facingMode: { ideal: 'environment' } }
        : { ...size, deviceId: { exact: deviceId } },
  };
}

export interface OpenedCamera {
  readonly stream: MediaStream;
  readonly track: MediaStreamTrack;
  /** The remembered camera, when it could not be opened and another one was opened instead. */
  readonly missing: CameraChoice | null;
}

/** Errors that mean "that device is not here", as opposed to "no camera may be used at all". */
const DEVICE_GONE = new Set(['OverconstrainedError', 'NotFoundError', 'DevicesNotFoundError']);

/**
 * Opens the remembered camera, or when it is gone (unplugged, replaced), the default one. Other failures
 * (permission, camera busy) are not papered over by trying another camera: they are the worker's to fix.
 * Throws a TypeError when the page has no MediaDevices at all (not a secure context).
 */
export async function openCamera(
  media: Pick<MediaDevices, 'getUserMedia'> | undefined,
  remembered: CameraChoice | null,
): Promise<OpenedCamera> {
  if (!media) throw new TypeError('navigator.mediaDevices is not available on this page');
  let missing: CameraChoice | null = null;
  let stream: MediaStream | null = null;
  if (remembered) {
    try {
      stream = await media.getUserMedia(cameraConstraints(remembered.deviceId));
    } catch (error) {
      if (!DEVICE_GONE.has(nameOf(error))) throw error;
      missing = remembered;
    }
  }
  stream ??= await media.getUserMedia(cameraConstraints(null));
  const [track] = stream.getVideoTracks();
  if (!track) {
    for (const t of stream.getTracks()) t.stop();
    throw new DOMException('The camera gave no video track', 'NotFoundError');
  }
  return { stream, track, missing };
}

/** The cameras to choose from; before permission is granted browsers hide labels, so number them. */
export function videoInputs(devices: readonly MediaDeviceInfo[]): CameraChoice[] {
  return devices
    .filter((d) => d.kind === 'videoinput' && d.deviceId !== '')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label === '' ? `Camera ${i + 1}` : d.label }));
}

/**
 * Whether the camera has a torch it lets the page switch (Image Capture, "torch" constrainable property).
 * Chromium answers `torch: true`; the current spec text has a list of supported values; both are accepted.
 */
export function torchSupported(capabilities: MediaTrackCapabilities | undefined): boolean {
  const torch = (capabilities as { torch?: unknown } | undefined)?.torch;
  return torch === true || (Array.isArray(torch) && torch.includes(true));
}

/** The constraint that switches the torch; `advanced` so a camera that refuses it does not fail the track. */
export function torchConstraints(on: boolean): MediaTrackConstraints {
  return { advanced: [{ torch: on } as MediaTrackConstraintSet] };
}

/** A user-facing (front) camera is shown mirrored, as people expect of a camera pointed at them. */
export function isMirrored(settings: MediaTrackSettings): boolean {
  return settings.facingMode === 'user';
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

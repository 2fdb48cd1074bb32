/**
 * What went wrong with the camera, in the dock's words, with what to do about it. getUserMedia reports
 * failures as DOMException names (Media Capture and Streams, §10 "getUserMedia" and §12 error names):
 * NotAllowedError (blocked by the user, the browser or Electron's permission handler), NotFoundError /
 * OverconstrainedError (no camera matches), NotReadableError (the OS or another program holds the device;
 * Chromium also reports AbortError "Timeout starting video source" for a device that will not start).
 * Older Chromium names (PermissionDeniedError, DevicesNotFoundError, TrackStartError) are mapped too.
 */
export type CameraProblemKind =
  'permission-denied' | 'no-camera' | 'camera-busy' | 'unplugged' | 'unavailable' | 'decoder-failed' | 'failed';

export interface CameraProblem {
  readonly kind: CameraProblemKind;
  readonly title: string;
  readonly detail: string;
}

const BY_NAME: Readonly<Record<string, CameraProblemKind>> = {
  NotAllowedError: 'permission-denied',
  PermissionDeniedError: 'permission-denied',
  SecurityError: 'permission-denied',
  NotFoundError: 'no-camera',
  DevicesNotFoundError: 'no-camera',
  OverconstrainedError: 'no-camera',
  NotReadableError: 'camera-busy',
  TrackStartError: 'camera-busy',
  AbortError: 'camera-busy',
};

/** The problem behind an error from opening the camera. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = errorName(error);
  return describeCameraProblem(BY_NAME[name] ?? 'failed', errorText(error));
}

export function describeCameraProblem(kind: CameraProblemKind, cause = ''): CameraProblem {
  const because = cause === '' ? '' : ` (${cause})`;
  switch (kind) {
    case 'permission-denied':
      return {
        kind,
        title: 'Camera not allowed',
        // In the desktop app Dockside's own policy always allows its camera, so a refusal there comes from the
        // operating system's camera privacy settings (macOS, Windows); in a browser, from the site settings.
        detail:
          "Dockside is not allowed to use the camera on this station. Allow it in the computer's camera privacy " +
          "settings or the browser's site settings (or ask IT), then press Try again. The handheld scanner " +
          'keeps working.',
      };
    case 'no-camera':
      return {
        kind,
        title: 'No camera found',
        detail: 'No camera is connected to this station. Plug in a USB camera and press Try again.',
      };
    case 'camera-busy':
      return {
        kind,
        title: 'Camera in use',
        detail:
          'The camera is in use by another program (a video call, another browser window, the camera app), ' +
          'or it would not start. Close that program and press Try again.',
      };
    case 'unplugged':
      return {
        kind,
        title: 'Camera disconnected',
        detail:
          'The camera stopped sending pictures: it was unplugged or switched off. Reconnect it and press Try again.',
      };
    case 'unavailable':
      return {
        kind,
        title: 'No camera access here',
        detail:
          'This page cannot use cameras: it is not opened from the Dockside app or a secure address. ' +
          'Open Dockside from the desktop app, or from http://127.0.0.1 or an https address.',
      };
    case 'decoder-failed':
      return {
        kind,
        title: 'Label reader stopped',
        detail: `The barcode reader failed${because}. Press Try again; if it keeps failing, call IT.`,
      };
    case 'failed':
      return {
        kind,
        title: 'Camera failed',
        detail: `The camera could not start${because}. Press Try again; if it keeps failing, call IT with this message.`,
      };
    default: {
      const never: never = kind;
      throw new Error(`Unhandled camera problem ${String(never)}`);
    }
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : '';
}

function errorText(error: unknown): string {
  const name = errorName(error);
  const message =
    typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  return [name, message].filter((part) => part !== '').join(': ');
}

import { describe, expect, it } from 'vitest';
import {
  cameraConstraints,
  isMirrored,
  openCamera,
  torchConstraints,
  torchSupported,
  videoInputs,
} from './camera-device';

/** A MediaStream stand-in with one video track (Node has no MediaStream). */
function fakeStream(deviceId: string): MediaStream {
  const track = { kind: 'video', stop: () => undefined, getSettings: () => ({ deviceId }) };
  return { getVideoTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
}

/** getUserMedia that knows some device ids and answers like Chromium for the rest. */
function fakeMedia(devices: readonly string[], fail?: DOMException) {
  const calls: MediaStreamConstraints[] = [];
  return {
    calls,
    getUserMedia(constraints?: MediaStreamConstraints): Promise<MediaStream> {
      calls.push(constraints ?? {});
      if (fail) return Promise.reject(fail);
      const video = constraints?.video;
      const wanted = typeof video === 'object' ? (video.deviceId as { exact?: string } | undefined)?.exact : undefined;
      if (wanted === undefined) return Promise.resolve(fakeStream(devices[0] ?? 'none'));
      return devices.includes(wanted)
        ? Promise.resolve(fakeStream(wanted))
        : Promise.reject(new DOMException('Constraints could be not satisfied.', 'OverconstrainedError'));
    },
  };
}

const deviceOf = (stream: MediaStream): string | undefined => stream.getVideoTracks()[0]?.getSettings().deviceId;

describe('opening the camera', () => {
  it('prefers the environment-facing camera at 1280x720 when none is remembered', async () => {
    const media = fakeMedia(['back']);
    const opened = await openCamera(media, null);
    expect(deviceOf(opened.stream)).toBe('back');
    expect(opened.missing).toBeNull();
    expect(media.calls).toEqual([cameraConstraints(null)]);
    expect(cameraConstraints(null)).toEqual({
      audio: false,
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: { ideal: 'environment' } },
    });
  });

  it('opens exactly the remembered camera when it is there', async () => {
    const media = fakeMedia(['front', 'usb']);
    const opened = await openCamera(media, { deviceId: 'usb', label: 'USB cam' });
    expect(deviceOf(opened.stream)).toBe('usb');
    expect(opened.missing).toBeNull();
    expect(media.calls).toHaveLength(1);
    expect(media.calls[0]?.video).toMatchObject({ deviceId: { exact: 'usb' } });
  });

  it('falls back to the default camera when the remembered one is gone, and says which one was missing', async () => {
    const media = fakeMedia(['front']);
    const opened = await openCamera(media, { deviceId: 'usb', label: 'USB cam' });
    expect(deviceOf(opened.stream)).toBe('front');
    expect(opened.missing).toEqual({ deviceId: 'usb', label: 'USB cam' });
    expect(media.calls).toHaveLength(2);
  });

  it('does not try another camera when the camera is refused or busy', async () => {
    for (const name of ['NotAllowedError', 'NotReadableError']) {
      const media = fakeMedia(['usb'], new DOMException('no', name));
      await expect(openCamera(media, { deviceId: 'usb', label: '' })).rejects.toMatchObject({ name });
      expect(media.calls).toHaveLength(1);
    }
  });

  it('fails with a TypeError where the page has no MediaDevices (not a secure context)', async () => {
    await expect(openCamera(undefined, null)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('camera facts', () => {
  it('lists video inputs only, numbering those whose label the browser hides', () => {
    const devices = [
      { kind: 'audioinput', deviceId: 'mic', label: 'Mic' },
      { kind: 'videoinput', deviceId: 'a', label: '' },
      { kind: 'videoinput', deviceId: 'b', label: 'Dock cam' },
      { kind: 'videoinput', deviceId: '', label: '' },
    ] as MediaDeviceInfo[];
    expect(videoInputs(devices)).toEqual([
      { deviceId: 'a', label: 'Camera 1' },
      { deviceId: 'b', label: 'Dock cam' },
    ]);
  });

  it('offers the torch only when the camera reports one', () => {
    expect(torchSupported(undefined)).toBe(false);
    expect(torchSupported({})).toBe(false);
    expect(torchSupported({ torch: false } as MediaTrackCapabilities)).toBe(false);
    expect(torchSupported({ torch: true } as MediaTrackCapabilities)).toBe(true);
    expect(torchSupported({ torch: [false, true] } as MediaTrackCapabilities)).toBe(true);
    expect(torchSupported({ torch: [false] } as MediaTrackCapabilities)).toBe(false);
    expect(torchConstraints(true)).toEqual({ advanced: [{ torch: true }] });
  });

  it('mirrors only user-facing cameras', () => {
    expect(isMirrored({ facingMode: 'user' })).toBe(true);
    expect(isMirrored({ facingMode: 'environment' })).toBe(false);
    expect(isMirrored({})).toBe(false);
  });
});

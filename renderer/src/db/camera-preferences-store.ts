import type { DocksideDb } from './schema';

/**
 * The camera this station's worker chose, kept with the station's settings so it is used again after a
 * restart. The label is kept too, so that when the camera is gone the message can name it. Device ids are
 * per origin and per browser profile (Media Capture and Streams, §9.2 "deviceId"): stable on one station,
 * meaningless on another, which is what a station-local setting wants.
 */
export interface RememberedCamera {
  readonly deviceId: string;
  readonly label: string;
}

const CAMERA_KEY = 'camera.device';

export async function loadCamera(db: DocksideDb): Promise<RememberedCamera | null> {
  const value = (await db.meta.get(CAMERA_KEY))?.value;
  if (typeof value !== 'object' || value === null) return null;
  const { deviceId, label } = value as Partial<Record<keyof RememberedCamera, unknown>>;
  return typeof deviceId === 'string' && deviceId !== '' && typeof label === 'string' ? { deviceId, label } : null;
}

export async function saveCamera(db: DocksideDb, camera: RememberedCamera): Promise<void> {
  if (camera.deviceId === '') throw new Error('saveCamera: a camera without a device id cannot be remembered');
  await db.meta.put({ key: CAMERA_KEY, value: { deviceId: camera.deviceId, label: camera.label } });
}

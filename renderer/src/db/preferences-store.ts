import type { DocksideDb } from './schema';

/** The station's feedback volume, 0 (silent) to 1; docks are loud, so the default is full. */
const VOLUME_KEY = 'feedback.volume';
export const DEFAULT_VOLUME = 1;

export async function loadVolume(db: DocksideDb): Promise<number> {
  const value = (await db.meta.get(VOLUME_KEY))?.value;
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : DEFAULT_VOLUME;
}

export async function saveVolume(db: DocksideDb, volume: number): Promise<void> {
  await db.meta.put({ key: VOLUME_KEY, value: Math.min(1, Math.max(0, volume)) });
}

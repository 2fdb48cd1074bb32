import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadCamera, saveCamera } from './camera-preferences-store';
import { openDocksideDb } from './schema';

describe('the remembered camera', () => {
  it('is none at first, then the one saved, replaced by the next choice', async () => {
    const db = openDocksideDb(`test-${crypto.randomUUID()}`);
    expect(await loadCamera(db)).toBeNull();
    await saveCamera(db, { deviceId: 'abc', label: 'Dock cam (046d:0825)' });
    expect(await loadCamera(db)).toEqual({ deviceId: 'abc', label: 'Dock cam (046d:0825)' });
    await saveCamera(db, { deviceId: 'def', label: '' });
    expect(await loadCamera(db)).toEqual({ deviceId: 'def', label: '' });
    await db.delete();
  });

  it('ignores a stored value of the wrong shape instead of failing the camera', async () => {
    const db = openDocksideDb(`test-${crypto.randomUUID()}`);
    for (const value of ['abc', 42, null, { deviceId: '', label: 'x' }, { deviceId: 'abc' }]) {
      await db.meta.put({ key: 'camera.device', value });
      expect(await loadCamera(db)).toBeNull();
    }
    await expect(saveCamera(db, { deviceId: '', label: 'x' })).rejects.toThrow(/device id/);
    await db.delete();
  });
});

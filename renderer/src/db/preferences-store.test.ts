import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOLUME, loadVolume, saveVolume } from './preferences-store';
import { openDocksideDb } from './schema';

describe('the feedback volume', () => {
  it('defaults to full, is kept, and is clamped to 0..1', async () => {
    const db = openDocksideDb(`test-${crypto.randomUUID()}`);
    expect(await loadVolume(db)).toBe(DEFAULT_VOLUME);
    await saveVolume(db, 0.3);
    expect(await loadVolume(db)).toBe(0.3);
    await saveVolume(db, 7);
    expect(await loadVolume(db)).toBe(1);
    await saveVolume(db, -1);
    expect(await loadVolume(db)).toBe(0);
    await db.delete();
  });
});

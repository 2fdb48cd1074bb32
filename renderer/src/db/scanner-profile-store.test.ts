import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ScannerProfile } from '../scanner/scanner-profile';
import { forgetScannerProfile, loadScannerProfile, saveScannerProfile } from './scanner-profile-store';
import { openDocksideDb } from './schema';

const PROFILE: ScannerProfile = {
  prefix: '#',
  suffix: '',
  terminator: 'Enter',
  gs: { kind: 'function-key', key: 'F8' },
  aimId: ']C1',
  maxGapMs: 4,
  maxInterKeyMs: 35,
  learnedAt: '2025-03-04T05:06:07.000Z',
};

describe('the stored scanner profile', () => {
  it('is absent at first, kept once saved, and forgotten on request', async () => {
    const db = openDocksideDb(`test-${crypto.randomUUID()}`);
    expect(await loadScannerProfile(db)).toBeNull();
    await saveScannerProfile(db, PROFILE);
    expect(await loadScannerProfile(db)).toEqual(PROFILE);
    await forgetScannerProfile(db);
    expect(await loadScannerProfile(db)).toBeNull();
    await db.delete();
  });

  it('reads a damaged record as no profile instead of configuring the scanner with junk', async () => {
    const db = openDocksideDb(`test-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'scanner.profile', value: { ...PROFILE, gs: { kind: 'function-key', key: 'Enter' } } });
    expect(await loadScannerProfile(db)).toBeNull();
    await db.delete();
  });
});

import { describe, expect, it } from 'vitest';
import { describeProfile } from './profile-words';
import type { ScannerProfile } from './scanner-profile';

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

const line = (p: ScannerProfile, label: string) => describeProfile(p).find((l) => l.label === label);

describe('a scanner profile in plain words', () => {
  it('names each setting', () => {
    expect(describeProfile(PROFILE).map((l) => `${l.label}: ${l.value}`)).toEqual([
      'GS separator: typed as the F8 key; Dockside turns it into GS',
      'Prefix: "#" before each scan, removed by Dockside',
      'Suffix: none',
      'End of scan: the Enter key',
      'AIM identifiers: sent (]C1): Dockside warns about GS1 data printed as plain Code 128',
      'Speed: keys up to 4 ms apart; keys more than 35 ms apart count as typing',
    ]);
    expect(describeProfile(PROFILE).every((l) => l.severity === 'ok')).toBe(true);
  });

  it('flags what needs the scanner changed', () => {
    expect(line({ ...PROFILE, gs: { kind: 'lost' } }, 'GS separator')).toMatchObject({ severity: 'fix' });
    expect(line({ ...PROFILE, aimId: null }, 'AIM identifiers')).toMatchObject({ severity: 'warn' });
    expect(line({ ...PROFILE, terminator: 'none' }, 'End of scan')).toMatchObject({ severity: 'warn' });
    expect(line({ ...PROFILE, maxGapMs: 80, maxInterKeyMs: 60 }, 'Speed')).toMatchObject({ severity: 'fix' });
  });

  it('shows control characters in a prefix visibly', () => {
    expect(line({ ...PROFILE, prefix: '\u0002' }, 'Prefix')?.value).toContain('‹0x02›');
  });
});

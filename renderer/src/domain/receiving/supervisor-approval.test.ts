import { describe, expect, it } from 'vitest';
import type { LockoutState, StoredPin } from './supervisor-approval';
import {
  constantTimeEqual,
  DEFAULT_PIN_ITERATIONS,
  hashPin,
  NO_FAILURES,
  verifySupervisorBadge,
  verifySupervisorPin,
} from './supervisor-approval';

// Few iterations keep the tests fast; each record carries its own count, which verification honours.
const FAST = 1_000;
const now = new Date('2026-11-23T17:00:00Z');

describe('PIN hashing', () => {
  it('stores a salted PBKDF2-SHA256 hash, never the PIN', async () => {
    const stored = await hashPin('sup-1', '4321', { iterations: FAST });
    expect(stored).toMatchObject({ supervisorId: 'sup-1', algorithm: 'PBKDF2-SHA256', iterations: FAST });
    expect(atob(stored.salt)).toHaveLength(16);
    expect(atob(stored.hash)).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('4321');
    const again = await hashPin('sup-1', '4321', { iterations: FAST });
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('matches the RFC 8018 construction (fixed salt gives a fixed hash)', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await hashPin('s', '123456', { iterations: FAST, salt });
    const b = await hashPin('other', '123456', { iterations: FAST, salt });
    expect(a.hash).toBe(b.hash);
  });

  it('defaults to 600,000 iterations and refuses bad PINs', async () => {
    expect(DEFAULT_PIN_ITERATIONS).toBe(600_000);
    await expect(hashPin('s', '12a4')).rejects.toThrow(RangeError);
    await expect(hashPin('s', '123')).rejects.toThrow(RangeError);
    await expect(hashPin('s', '1234', { iterations: 0 })).rejects.toThrow(RangeError);
  });
});

describe('verifySupervisorPin', () => {
  let stored: StoredPin[] = [];
  const check = async (pin: string, lockout: LockoutState = NO_FAILURES, supervisorId = 'sup-1', at = now) =>
    verifySupervisorPin({
      supervisorId,
      pin,
      stored,
      lockout,
      now: at,
      policy: { maxFailures: 3, lockoutMs: 5 * 60_000 },
    });

  it('approves the right PIN and resets the failures', async () => {
    stored = [
      await hashPin('sup-1', '4321', { iterations: FAST }),
      await hashPin('sup-2', '9999', { iterations: FAST }),
    ];
    expect(await check('4321', { failures: 2, lockedUntil: null })).toEqual({
      approved: true,
      supervisorId: 'sup-1',
      method: 'pin',
      lockout: NO_FAILURES,
    });
  });

  it("counts wrong PINs, another supervisor's PIN and unknown supervisors alike, then locks", async () => {
    const first = await check('1234');
    expect(first).toEqual({
      approved: false,
      reason: 'wrong-pin',
      message: 'Wrong supervisor or PIN — 2 tries left',
      lockout: { failures: 1, lockedUntil: null },
    });
    const second = await check('9999', first.lockout);
    expect(second).toMatchObject({ reason: 'wrong-pin', message: 'Wrong supervisor or PIN — 1 try left' });
    const third = await check('4321', second.lockout, 'nobody');
    expect(third).toMatchObject({
      reason: 'locked',
      lockout: { failures: 3, lockedUntil: '2026-11-23T17:05:00.000Z' },
    });
    // Locked: even the right PIN is refused, and the state does not change.
    const during = await check('4321', third.lockout, 'sup-1', new Date('2026-11-23T17:01:30Z'));
    expect(during).toEqual({
      approved: false,
      reason: 'locked',
      message: 'Too many wrong PINs — PIN entry is locked for 4 more minutes; scan a supervisor badge instead',
      lockout: third.lockout,
    });
    expect(await check('4321', third.lockout, 'sup-1', new Date('2026-11-23T17:04:30Z'))).toMatchObject({
      approved: false,
    });
    const lastMinute = await check('1', third.lockout, 'sup-1', new Date('2026-11-23T17:04:30Z'));
    expect(lastMinute.approved ? '' : lastMinute.message).toContain('for 1 more minute;');
    // Once the lock has run out, the right PIN works again.
    expect(await check('4321', third.lockout, 'sup-1', new Date('2026-11-23T17:05:00Z'))).toMatchObject({
      approved: true,
    });
    // …and a wrong one starts counting from zero.
    expect(await check('0000', third.lockout, 'sup-1', new Date('2026-11-23T17:06:00Z'))).toMatchObject({
      lockout: { failures: 1, lockedUntil: null },
    });
  });

  it('uses the default policy when none is given', async () => {
    const result = await verifySupervisorPin({ supervisorId: 'sup-1', pin: '0000', stored, lockout: NO_FAILURES, now });
    expect(result).toMatchObject({ message: 'Wrong supervisor or PIN — 4 tries left' });
  });
});

describe('verifySupervisorBadge', () => {
  const badges = [
    { badgeId: 'B-1001', supervisorId: 'sup-1' },
    { badgeId: 'B-1002', supervisorId: 'sup-2', active: false },
  ];

  it('approves an active badge, refuses withdrawn and unknown ones', () => {
    expect(verifySupervisorBadge({ scanned: 'B-1001\r\n', badges })).toEqual({
      approved: true,
      supervisorId: 'sup-1',
      method: 'badge',
      lockout: NO_FAILURES,
    });
    expect(verifySupervisorBadge({ scanned: 'B-1002', badges })).toMatchObject({
      approved: false,
      reason: 'inactive-badge',
    });
    expect(verifySupervisorBadge({ scanned: 'b-1001', badges })).toMatchObject({
      approved: false,
      reason: 'unknown-badge',
    });
  });

  it('is not subject to the PIN lockout, and hands the state back unchanged', () => {
    const locked = { failures: 5, lockedUntil: '2026-11-23T17:05:00.000Z' };
    expect(verifySupervisorBadge({ scanned: 'B-1001', badges, lockout: locked })).toMatchObject({
      approved: true,
      lockout: locked,
    });
  });
});

describe('constantTimeEqual', () => {
  it('compares bytes and lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });
});

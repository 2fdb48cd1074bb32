import type { DocksideDb } from '../db/schema';
import {
  hashPin,
  NO_FAILURES,
  verifySupervisorBadge,
  verifySupervisorPin,
  type Approval,
  type LockoutState,
  type StoredPin,
  type SupervisorBadge,
} from '../domain/receiving/supervisor-approval';

/**
 * The station's supervisors (issue 5, "Tolerances": approval by PIN or badge scan): PINs stored as salted
 * PBKDF2-SHA256 hashes, badges as ids, lockouts per supervisor, all in `meta`. Verification runs before the
 * dock command it unlocks and outside any transaction: Web Crypto's promises would end an IndexedDB transaction.
 */
const SUPERVISORS_KEY = 'supervisors';
const LOCKOUTS_KEY = 'supervisors.lockouts';

export interface SupervisorRegister {
  readonly pins: readonly StoredPin[];
  readonly badges: readonly SupervisorBadge[];
}

export type SupervisorCredential =
  | { readonly kind: 'pin'; readonly supervisorId: string; readonly pin: string }
  | { readonly kind: 'badge'; readonly scanned: string };

export async function loadSupervisors(db: DocksideDb): Promise<SupervisorRegister> {
  return ((await db.meta.get(SUPERVISORS_KEY))?.value as SupervisorRegister | undefined) ?? { pins: [], badges: [] };
}

/** Sets (or replaces) a supervisor's PIN. `iterations` only for tests: the default is the hardened count. */
export async function setSupervisorPin(
  db: DocksideDb,
  supervisorId: string,
  pin: string,
  options: { readonly iterations?: number } = {},
): Promise<void> {
  const stored = await hashPin(supervisorId, pin, options);
  await db.transaction('rw', db.meta, async () => {
    const register = await loadSupervisors(db);
    const pins = [...register.pins.filter((p) => p.supervisorId !== supervisorId), stored];
    await db.meta.put({ key: SUPERVISORS_KEY, value: { ...register, pins } satisfies SupervisorRegister });
  });
}

export async function setSupervisorBadges(db: DocksideDb, badges: readonly SupervisorBadge[]): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const register = await loadSupervisors(db);
    await db.meta.put({ key: SUPERVISORS_KEY, value: { ...register, badges } satisfies SupervisorRegister });
  });
}

/** Checks a PIN or a badge, keeping the lockout count; the answer says who approved, or why not. */
export async function checkSupervisor(
  db: DocksideDb,
  credential: SupervisorCredential,
  now: Date = new Date(),
): Promise<Approval> {
  const register = await loadSupervisors(db);
  const lockouts = ((await db.meta.get(LOCKOUTS_KEY))?.value as Record<string, LockoutState> | undefined) ?? {};
  const approval =
    credential.kind === 'pin'
      ? await verifySupervisorPin({
          supervisorId: credential.supervisorId,
          pin: credential.pin,
          stored: register.pins,
          lockout: lockouts[credential.supervisorId] ?? NO_FAILURES,
          now,
        })
      : verifySupervisorBadge({ scanned: credential.scanned, badges: register.badges });
  if (credential.kind === 'pin') {
    await db.meta.put({ key: LOCKOUTS_KEY, value: { ...lockouts, [credential.supervisorId]: approval.lockout } });
  }
  return approval;
}

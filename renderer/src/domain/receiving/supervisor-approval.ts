/**
 * Supervisor approval (issue 5, item 3): an out-of-tolerance receipt, a quarantine release or a return needs a
 * supervisor at the station, who proves it with a PIN or a badge scan. Pure over its inputs: stored hashes,
 * the badge list, the lockout state and the clock are passed in, and the new lockout state is returned for the
 * caller to persist, so the check behaves the same in a test, in a machine and after a restart.
 *
 * PINs are never stored: only PBKDF2-HMAC-SHA256 with a random 16-byte salt (RFC 8018 §5.2; NIST SP 800-132
 * asks for at least 128-bit salts), via WebCrypto (`globalThis.crypto.subtle`, in browsers and Node alike).
 * 600,000 iterations by default, OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256; each stored
 * record keeps its own iteration count so it can be raised later without invalidating old PINs. A PIN is short,
 * so the hash alone would not stop guessing by whoever copies the database; what stops guessing at the station is
 * the lockout: after `maxFailures` wrong PINs for a supervisor, PIN entry for that supervisor is refused until
 * `lockoutMs` has passed. Hashes are compared in constant time, and an unknown supervisor id costs the same
 * PBKDF2 run as a known one, so timing says nothing about which ids exist.
 *
 * A badge is something the supervisor holds, so it is matched against the configured list (active badges
 * only); it is not subject to the PIN lockout.
 */

export interface StoredPin {
  readonly supervisorId: string;
  readonly algorithm: 'PBKDF2-SHA256';
  readonly iterations: number;
  /** Base64. */
  readonly salt: string;
  /** Base64 of the 32-byte derived key. */
  readonly hash: string;
}

export interface SupervisorBadge {
  readonly badgeId: string;
  readonly supervisorId: string;
  /** False for a lost or withdrawn badge. Default true. */
  readonly active?: boolean;
}

export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockoutMs: number;
}

/** Five wrong PINs lock PIN entry for that supervisor for five minutes. */
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockoutMs: 5 * 60_000 };

/** Per supervisor; the caller stores it (e.g. with the station's records). */
export interface LockoutState {
  readonly failures: number;
  /** ISO 8601 instant, or null when not locked. */
  readonly lockedUntil: string | null;
}

export const NO_FAILURES: LockoutState = { failures: 0, lockedUntil: null };

export const DEFAULT_PIN_ITERATIONS = 600_000;

/** PINs the station accepts when one is set: 4 to 12 digits (keypad-only entry with gloves). */
const PIN_FORMAT = /^\d{4,12}$/;

export type Approval =
  | {
      readonly approved: true;
      readonly supervisorId: string;
      readonly method: 'pin' | 'badge';
      readonly lockout: LockoutState;
    }
  | {
      readonly approved: false;
      readonly reason: 'wrong-pin' | 'locked' | 'unknown-badge' | 'inactive-badge';
      readonly message: string;
      readonly lockout: LockoutState;
    };

/** Hashes a new PIN for storage. Throws `RangeError` for a PIN that is not 4–12 digits. */
export async function hashPin(
  supervisorId: string,
  pin: string,
  options: { readonly iterations?: number; readonly salt?: Uint8Array } = {},
): Promise<StoredPin> {
  if (!PIN_FORMAT.test(pin)) throw new RangeError('a supervisor PIN is 4 to 12 digits');
  const iterations = options.iterations ?? DEFAULT_PIN_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError('PBKDF2 needs at least one iteration');
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { supervisorId, algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/**
 * Checks a supervisor's PIN. `now` is the current instant (passed in: the function is pure). Returns the new
 * lockout state in every case; persist it before telling the worker the result.
 */
export async function verifySupervisorPin(input: {
  readonly supervisorId: string;
  readonly pin: string;
  readonly stored: readonly StoredPin[];
  readonly lockout: LockoutState;
  readonly now: Date;
  readonly policy?: LockoutPolicy;
}): Promise<Approval> {
  const policy = input.policy ?? DEFAULT_LOCKOUT;
  let lockout = input.lockout;
  if (lockout.lockedUntil !== null) {
    const until = Date.parse(lockout.lockedUntil);
    if (input.now.getTime() < until) {
      const minutes = Math.ceil((until - input.now.getTime()) / 60_000);
      return {
        approved: false,
        reason: 'locked',
        message: `Too many wrong PINs — PIN entry is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; scan a supervisor badge instead`,
        lockout,
      };
    }
    lockout = NO_FAILURES; // the lock has run out: a fresh start
  }
  const record = input.stored.find((s) => s.supervisorId === input.supervisorId);
  // Same work whether or not the supervisor exists: a dummy salt and hash, and the iterations a real record has.
  const salt = record ? fromBase64(record.salt) : DUMMY_SALT;
  const expected = record ? fromBase64(record.hash) : new Uint8Array(32);
  const iterations = record?.iterations ?? input.stored[0]?.iterations ?? DEFAULT_PIN_ITERATIONS;
  const actual = await derive(input.pin, salt, iterations);
  const matches = constantTimeEqual(actual, expected) && record !== undefined && PIN_FORMAT.test(input.pin);
  if (matches) return { approved: true, supervisorId: input.supervisorId, method: 'pin', lockout: NO_FAILURES };
  const failures = lockout.failures + 1;
  if (failures >= policy.maxFailures) {
    const lockedUntil = new Date(input.now.getTime() + policy.lockoutMs).toISOString();
    return {
      approved: false,
      reason: 'locked',
      message: 'Wrong PIN — too many tries, PIN entry is locked; scan a supervisor badge instead',
      lockout: { failures, lockedUntil },
    };
  }
  const left = policy.maxFailures - failures;
  return {
    approved: false,
    reason: 'wrong-pin',
    message: `Wrong supervisor or PIN — ${left} ${left === 1 ? 'try' : 'tries'} left`,
    lockout: { failures, lockedUntil: null },
  };
}

/**
 * Checks a scanned badge against the configured list. The scan is trimmed (a wedge's Enter) and compared
 * exactly: badge ids are the badge printer's, not ours to reinterpret.
 */
export function verifySupervisorBadge(input: {
  readonly scanned: string;
  readonly badges: readonly SupervisorBadge[];
  readonly lockout?: LockoutState;
}): Approval {
  const lockout = input.lockout ?? NO_FAILURES;
  const id = input.scanned.trim();
  const badge = input.badges.find((b) => b.badgeId === id);
  if (!badge)
    return { approved: false, reason: 'unknown-badge', message: 'This badge is not a supervisor badge', lockout };
  if (badge.active === false) {
    return {
      approved: false,
      reason: 'inactive-badge',
      message: 'This badge has been withdrawn — use another',
      lockout,
    };
  }
  return { approved: true, supervisorId: badge.supervisorId, method: 'badge', lockout };
}

const DUMMY_SALT = new Uint8Array(16);

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: copy(salt), iterations }, key, 256);
  return new Uint8Array(bits);
}

/** True when both arrays hold the same bytes; the time taken depends only on their lengths. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** A copy backed by a plain ArrayBuffer, as WebCrypto's BufferSource wants. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

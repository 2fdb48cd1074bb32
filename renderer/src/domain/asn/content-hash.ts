import type { CanonicalAsn } from './canonical-asn';

/**
 * A fingerprint of what an ASN says, for idempotent intake: importing the same file twice, or the ERP sending
 * the same ASN again, must change nothing (issue 4). Covers everything except `source` (the file name or ERP
 * URL and control numbers say where it came from, not what it says: a re-sent file with new control numbers is
 * the same shipment).
 *
 * Keys are serialised in sorted order so two importers building the same content in a different key order
 * agree. SHA-256 (FIPS 180-4) through Web Crypto, in the page and in workers alike: on a 100,000-line ASN's
 * ~36 MB of JSON it is native code, where the cyrb53 pair stations stored before (`legacyAsnContentHash`) was
 * a JavaScript loop that took most of the hashing time. The `sha256:` prefix tells the two apart: intake
 * treats a stored legacy hash with no differences as a baseline, not a revision (asn-intake.ts).
 */
export async function asnContentHash(asn: CanonicalAsn): Promise<string> {
  const bytes = new TextEncoder().encode(stableJson({ ...asn, source: undefined }));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `${CONTENT_HASH_PREFIX}${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const CONTENT_HASH_PREFIX = 'sha256:';

/** False for '' (rows migrated from v1) and for the cyrb53 hashes stored before SHA-256. */
export function isCurrentContentHash(hash: string): boolean {
  return hash.startsWith(CONTENT_HASH_PREFIX);
}

/** The hash stations stored before SHA-256 (two cyrb53 seeds, ~106 bits); kept so tests can write such rows. */
export function legacyAsnContentHash(asn: CanonicalAsn): string {
  const [first, second] = cyrb53Pair(stableJson({ ...asn, source: undefined }), 0x9e3779b9, 0x85ebca6b);
  return `${first.toString(16)}-${second.toString(16)}`;
}

/**
 * JSON with every object's keys in sorted order. Built as a sorted copy handed to one JSON.stringify call: about
 * three times faster on a 100,000-line ASN than emitting the text piece by piece, with the same output. Sound
 * only because no key of the canonical model looks like an array index: JavaScript lists such keys first
 * whatever their insertion order, which would defeat the sort.
 */
function stableJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value));
}

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    // undefined members are left out, as JSON.stringify does.
    if (member !== undefined) copy[key] = sortedCopy(member);
  }
  return copy;
}

/**
 * cyrb53 with two seeds in one pass over the text: the same two numbers as two separate cyrb53 runs (stored
 * hashes stay valid), but a 100,000-line ASN's ~36 MB of JSON is read once instead of twice.
 */
function cyrb53Pair(text: string, seedA: number, seedB: number): [number, number] {
  let a1 = 0xdeadbeef ^ seedA;
  let a2 = 0x41c6ce57 ^ seedA;
  let b1 = 0xdeadbeef ^ seedB;
  let b2 = 0x41c6ce57 ^ seedB;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return [cyrb53Final(a1, a2), cyrb53Final(b1, b2)];
}

function cyrb53Final(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

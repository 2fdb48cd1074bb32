import type { CanonicalAsn } from './canonical-asn';

/**
 * A fingerprint of what an ASN says, for idempotent intake: importing the same file twice, or the ERP sending
 * the same ASN again, must change nothing (issue 4). Covers everything except `source` (the file name or ERP
 * URL and control numbers say where it came from, not what it says: a re-sent file with new control numbers is
 * the same shipment).
 *
 * Keys are serialised in sorted order so two importers building the same content in a different key order
 * agree. Two independent 53-bit string hashes (cyrb53, public domain) give ~106 bits: collisions are not a
 * practical concern for the few thousand ASNs a station holds, and the hash is synchronous and fast enough for
 * a 100,000-line ASN (no Web Crypto round trip in the middle of an import).
 */
export function asnContentHash(asn: CanonicalAsn): string {
  const text = stableJson({ ...asn, source: undefined });
  return `${cyrb53(text, 0x9e3779b9).toString(16)}-${cyrb53(text, 0x85ebca6b).toString(16)}`;
}

function stableJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    // undefined members are skipped by the caller, as JSON.stringify does.
    out.push(value === undefined ? 'null' : JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, out);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  out.push('{');
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(member, out);
  }
  out.push('}');
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

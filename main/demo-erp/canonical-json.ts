/**
 * Canonical JSON for idempotency checks: object members sorted by key (UTF-16 code units, as RFC 8785 JCS
 * §3.2.3 orders them), arrays kept in order, no whitespace. Two payloads that differ only in member order, or in
 * whitespace, have the same canonical form, so a resend whose client serialised keys differently is still
 * recognised as the same event rather than rejected as a different payload.
 *
 * Numbers use ECMAScript's shortest round-trip form, which is what JCS §3.2.2.3 prescribes; values that JSON cannot
 * carry (undefined, functions) are dropped from objects as JSON.stringify drops them.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const member = (value as Record<string, unknown>)[key];
        return member === undefined || typeof member === 'function'
          ? []
          : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
      });
    return `{${members.join(',')}}`;
  }
  // Only JSON values reach here (they come from JSON.parse); anything else is written as JSON writes it in arrays.
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
    ? JSON.stringify(value)
    : 'null';
}

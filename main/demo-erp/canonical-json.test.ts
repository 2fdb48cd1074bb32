import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts members at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [3, 1] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [3, 1], c: null } }));
    expect(canonicalJson([{ y: 1, x: 2 }])).toBe('[{"x":2,"y":1}]');
  });

  it('still tells different payloads apart', () => {
    expect(canonicalJson({ quantity: '12' })).not.toBe(canonicalJson({ quantity: '12.0' }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
  });

  it('escapes strings as JSON does and drops undefined members', () => {
    expect(canonicalJson({ 'k"ey': 'line\nbreak', gone: undefined })).toBe('{"k\\"ey":"line\\nbreak"}');
    expect(canonicalJson([undefined])).toBe('[null]');
  });
});

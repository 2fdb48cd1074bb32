import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppOrigin, isAppUrl, parseUrl } from './app-origin';

describe('isAppUrl', () => {
  it.each([
    'app://dockside/',
    'app://dockside',
    'app://dockside/index.html',
    'app://dockside/assets/index-3f2a.js?v=1#top',
    'APP://dockside/', // the scheme is case-insensitive (URL Standard, "scheme state")
    'App://dockside/setup',
    'app://dockside/../../etc/passwd', // dot segments resolve inside the origin; the asset resolver guards files
    APP_ENTRY_URL,
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['a look-alike host', 'app://dockside.evil/'],
    ['a suffix host', 'app://evil.dockside/'],
    ['a prefixed host', 'app://xdockside/'],
    ['userinfo hiding the real host', 'app://dockside@evil/'],
    ['userinfo on the right host', 'app://user:pw@dockside/'],
    ['an empty user', 'app://@dockside/'],
    ['a port', 'app://dockside:443/'],
    ['an empty port', 'app://dockside:/'],
    ['the name as a path', 'app://evil/dockside'],
    ['no authority', 'app:dockside'],
    ['an empty host', 'app:///dockside'],
    ['an upper-case opaque host', 'app://DOCKSIDE/'],
    ['a backslash', 'app://dockside\\evil/'],
    ['a tab inside the host', 'app://dock\tside/'],
    ['a newline inside the host', 'app://dock\nside/'],
    ['leading whitespace', ' app://dockside/'],
    ['a trailing NUL', 'app://dockside/\u0000'],
    ['an encoded host', 'app://%64ockside/'],
    ['an IDN look-alike', 'app://dоckside/'], // Cyrillic о
    ['a fullwidth look-alike', 'app://ｄockside/'],
    ['javascript:', 'javascript:alert(1)//app://dockside/'],
    ['javascript: with a newline', 'java\nscript:alert(1)'],
    ['file:', 'file:///app/dockside/index.html'],
    ['file: with host', 'file://dockside/index.html'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a blob of another origin', 'blob:https://evil.example/0b7c0f7e-1c47-4c5c-9a4d-1d0f1c2b3a4e'],
    ['a blob of the app origin', 'blob:app://dockside/0b7c0f7e-1c47-4c5c-9a4d-1d0f1c2b3a4e'],
    ['http', 'http://dockside/'],
    ['https', 'https://dockside/'],
    ['https to the app host with app in the path', 'https://evil.example/app://dockside/'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['chrome', 'chrome://settings'],
    ['about:blank', 'about:blank'],
    ['about:srcdoc', 'about:srcdoc'],
    ['a relative URL', '/index.html'],
    ['a protocol-relative URL', '//dockside/'],
    ['an empty string', ''],
    ['garbage', '::::'],
    ['a huge string', `app://dockside/${'a'.repeat(2 * 1024 * 1024)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['app://dockside/'], new URL('app://dockside/')])(
    'refuses a non-string (%o)',
    (value) => {
      expect(isAppUrl(value)).toBe(false);
    },
  );
});

describe('isAppOrigin', () => {
  it('accepts the origin with and without its trailing slash', () => {
    expect(isAppOrigin(APP_ORIGIN)).toBe(true);
    expect(isAppOrigin(`${APP_ORIGIN}/`)).toBe(true);
  });

  it.each(['app://dockside/index.html', 'app://dockside/?q', 'app://dockside/#x', 'app://dockside.evil', 'null', ''])(
    'refuses %s',
    (value) => {
      expect(isAppOrigin(value)).toBe(false);
    },
  );
});

describe('parseUrl', () => {
  it('parses absolute URLs and nothing else', () => {
    expect(parseUrl('app://dockside/x')?.pathname).toBe('/x');
    expect(parseUrl('x')).toBeNull();
    expect(parseUrl('app://dockside/ x')).toBeNull();
    expect(parseUrl('app://dockside/\u007f')).toBeNull();
  });
});

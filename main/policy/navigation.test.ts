import { describe, expect, it } from 'vitest';
import { allowNavigation, EXTERNAL_ALLOW_LIST, windowOpenPolicy } from './navigation';

describe('allowNavigation', () => {
  it('allows the app origin only', () => {
    expect(allowNavigation('app://dockside/')).toBe(true);
    expect(allowNavigation('app://dockside/receiving?asn=1')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:4010/',
    'app://dockside.evil/',
    'app://dockside@evil/',
    'app://evil/dockside',
    'file:///etc/passwd',
    'javascript:alert(document.domain)',
    'data:text/html,<h1>phish</h1>',
    'blob:app://dockside/6a3f',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/',
    'view-source:app://dockside/',
    'not a url',
    '',
  ])('denies %s', (url) => {
    expect(allowNavigation(url)).toBe(false);
  });
});

describe('windowOpenPolicy', () => {
  it('has an empty allow-list by default, so every window.open is simply denied', () => {
    expect(EXTERNAL_ALLOW_LIST).toEqual([]);
    const decide = windowOpenPolicy();
    for (const url of ['https://example.com/', 'app://dockside/', 'about:blank', 'file:///etc/passwd', '']) {
      expect(decide(url)).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('sends allow-listed https URLs to the OS browser and still denies the window', () => {
    const decide = windowOpenPolicy(['https://help.example.com']);
    expect(decide('https://help.example.com/receiving?x=1#y')).toEqual({
      action: 'deny',
      openExternally: 'https://help.example.com/receiving?x=1#y',
    });
    expect(decide('HTTPS://HELP.example.com/a')).toEqual({
      action: 'deny',
      openExternally: 'https://help.example.com/a',
    });
  });

  it.each([
    ['http downgrade', 'http://help.example.com/'],
    ['another port', 'https://help.example.com:8443/'],
    ['a look-alike host', 'https://help.example.com.evil.example/'],
    ['userinfo trick', 'https://help.example.com@evil.example/'],
    ['userinfo on the allowed host', 'https://user:pw@help.example.com/'],
    ['a subdomain', 'https://a.help.example.com/'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['a custom OS handler', 'ms-settings:privacy'],
    ['smb', 'smb://help.example.com/share'],
    ['javascript', 'javascript:alert(1)'],
    ['an embedded newline', 'https://help.example.com/\nx'],
  ])('never opens %s externally', (_label, url) => {
    expect(windowOpenPolicy(['https://help.example.com'])(url).openExternally).toBeNull();
  });

  it.each(['http://help.example.com', 'https://*.example.com', 'https://help.example.com/docs', 'help.example.com'])(
    'refuses the allow-list entry %s at startup',
    (entry) => {
      expect(() => windowOpenPolicy([entry])).toThrow();
    },
  );
});

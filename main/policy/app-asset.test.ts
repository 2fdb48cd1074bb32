import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from './app-asset';

const root = '/opt/dockside/out/renderer';

describe('resolveAppAsset', () => {
  it('serves index.html for the root', () => {
    for (const url of ['app://dockside/', 'app://dockside', 'app://dockside/?x=1', 'app://dockside/#a']) {
      expect(resolveAppAsset(url, root, path.posix)).toEqual({
        ok: true,
        file: '/opt/dockside/out/renderer/index.html',
        contentType: 'text/html; charset=utf-8',
        spaFallback: false,
      });
    }
  });

  it('serves built files with their content type', () => {
    expect(resolveAppAsset('app://dockside/assets/index-Bx3k.js', root, path.posix)).toEqual({
      ok: true,
      file: '/opt/dockside/out/renderer/assets/index-Bx3k.js',
      contentType: 'text/javascript; charset=utf-8',
      spaFallback: false,
    });
    const types = (url: string): string | undefined => {
      const result = resolveAppAsset(url, root, path.posix);
      return result.ok ? result.contentType : undefined;
    };
    expect(types('app://dockside/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(types('app://dockside/assets/zxing_reader.wasm')).toBe('application/wasm');
    expect(types('app://dockside/icon.PNG')).toBe('image/png');
    expect(types('app://dockside/sounds/beep.wav')).toBe('audio/wav');
  });

  it('decodes ordinary escapes such as spaces', () => {
    const result = resolveAppAsset('app://dockside/assets/my%20file.js', root, path.posix);
    expect(result.ok && result.file).toBe('/opt/dockside/out/renderer/assets/my file.js');
  });

  it('falls back to index.html for routes of the single-page app', () => {
    for (const url of ['app://dockside/setup', 'app://dockside/receive/ASN-1', 'app://dockside/assets']) {
      expect(resolveAppAsset(url, root, path.posix)).toMatchObject({
        ok: true,
        file: '/opt/dockside/out/renderer/index.html',
        spaFallback: true,
      });
    }
  });

  it('lets the URL parser resolve plain dot segments inside the origin', () => {
    // Chromium hands us canonical URLs; the WHATWG parser resolves these to /etc/passwd under the root.
    expect(resolveAppAsset('app://dockside/../../etc/passwd', root, path.posix)).toMatchObject({
      ok: true,
      spaFallback: true,
    });
    expect(resolveAppAsset('app://dockside/../../etc/passwd.js', root, path.posix)).toMatchObject({
      ok: true,
      file: '/opt/dockside/out/renderer/etc/passwd.js',
    });
  });

  it.each([
    ['encoded dot segments', 'app://dockside/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://dockside/%2E%2e/secret.json'],
    ['an encoded slash', 'app://dockside/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash in a name', 'app://dockside/assets%2findex.js'],
    ['an encoded backslash', 'app://dockside/..%5c..%5cwindows%5cwin.ini'],
    ['a raw backslash', 'app://dockside/..\\..\\secret.json'],
    ['an encoded NUL', 'app://dockside/index.html%00.js'],
    ['an encoded control character', 'app://dockside/a%0a.js'],
    ['a double-encoded dot segment', 'app://dockside/%252e%252e/x.js'],
    ['malformed escapes', 'app://dockside/%E0%A4%A.js'],
    ['a drive letter', 'app://dockside/C:/Windows/win.ini'],
    ['an NTFS alternate data stream', 'app://dockside/index.html::$DATA'],
    ['a Windows device name', 'app://dockside/con.js'],
    ['another device name', 'app://dockside/assets/LPT1.txt'],
    ['an empty segment', 'app://dockside/assets//index.js'],
  ])('refuses %s with 400', (_label, url) => {
    expect(resolveAppAsset(url, root, path.posix)).toMatchObject({ ok: false, status: 400 });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://dockside.evil/index.html'],
    ['userinfo', 'app://x@dockside/index.html'],
    ['a port', 'app://dockside:1/index.html'],
    ['file', 'file:///etc/passwd'],
    ['https', 'https://dockside/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s with 403', (_label, url) => {
    expect(resolveAppAsset(url, root, path.posix)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    ['a directory', 'app://dockside/assets/'],
    ['an unknown extension', 'app://dockside/secrets.pem'],
    ['a dotfile', 'app://dockside/.env'],
    ['a source file', 'app://dockside/main.tsx'],
  ])('refuses %s with 404', (_label, url) => {
    expect(resolveAppAsset(url, root, path.posix)).toMatchObject({ ok: false, status: 404 });
  });

  it('stays inside the root with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Dockside\\resources\\app.asar\\out\\renderer';
    expect(resolveAppAsset('app://dockside/assets/index.js', winRoot, path.win32)).toMatchObject({
      ok: true,
      file: `${winRoot}\\assets\\index.js`,
    });
    expect(resolveAppAsset('app://dockside/C:/Windows/win.ini', winRoot, path.win32)).toMatchObject({ ok: false });
    expect(resolveAppAsset('app://dockside/%5c%5cserver%5cshare.js', winRoot, path.win32)).toMatchObject({
      ok: false,
    });
    expect(resolveAppAsset('app://dockside/nul.js', winRoot, path.win32)).toMatchObject({ ok: false });
  });
});

import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from './policy/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  denyFileRequest,
  installProtocolHandlers,
  registerAppSchemePrivileges,
  type AssetFileSystem,
} from './protocol';

const root = path.resolve('/opt/dockside/out/renderer');
const csp = contentSecurityPolicy({ connectSources: [] });

/** A renderer build in memory: files, plus one directory that looks like a file name. */
function fakeFs(): AssetFileSystem {
  const files = new Map([
    [path.join(root, 'index.html'), '<!doctype html><title>Dockside</title>'],
    [path.join(root, 'assets/index.js'), 'console.log(1)'],
  ]);
  const directories = new Set([path.join(root, 'assets/folder.js')]);
  return {
    stat: (file) => {
      if (files.has(file)) return Promise.resolve({ isFile: () => true });
      if (directories.has(file)) return Promise.resolve({ isFile: () => false });
      return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    },
    readFile: (file) => {
      const text = files.get(file);
      return text === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(new TextEncoder().encode(text));
    },
  };
}

function handler() {
  const log = vi.fn<(line: string) => void>();
  return { handle: createAppRequestHandler({ rendererRoot: root, csp, fs: fakeFs(), log }), log };
}

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app as standard, secure, fetchable, CORS-enabled and streaming, never bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
    });
    const registerSchemesAsPrivileged = vi.fn();
    registerAppSchemePrivileges({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
  });
});

describe('createAppRequestHandler', () => {
  it('serves index.html with the CSP and hardening headers', async () => {
    const response = await handler().handle(new Request('app://dockside/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Dockside</title>');
  });

  it('serves assets and SPA routes', async () => {
    const { handle } = handler();
    const script = await handle(new Request('app://dockside/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const route = await handle(new Request('app://dockside/receive/ASN-1'));
    expect(await route.text()).toContain('<title>Dockside</title>');
  });

  it('answers HEAD without a body', async () => {
    const response = await handler().handle(new Request('app://dockside/assets/index.js', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a traversal', 'app://dockside/..%2f..%2fetc%2fpasswd', 400],
    ['another host', 'app://evil/index.html', 403],
    ['a missing file', 'app://dockside/assets/missing.js', 404],
    ['a directory named like a file', 'app://dockside/assets/folder.js', 404],
    ['a directory', 'app://dockside/assets/', 404],
  ])('refuses %s with the CSP still attached', async (_label, url, status) => {
    const { handle, log } = handler();
    const response = await handle(new Request(url));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(await response.text()).toBe('');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s', async (method) => {
    const response = await handler().handle(new Request('app://dockside/index.html', { method }));
    expect(response.status).toBe(405);
  });
});

describe('file:// denial', () => {
  it('answers every file request with 403', async () => {
    const response = denyFileRequest();
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/disabled/);
  });

  it('installs the app handler and the file denial', () => {
    const handle = vi.fn();
    const appHandler = () => Promise.resolve(new Response(null));
    installProtocolHandlers({ handle }, appHandler);
    expect(handle).toHaveBeenCalledWith('app', appHandler);
    expect(handle).toHaveBeenCalledWith('file', denyFileRequest);
  });
});

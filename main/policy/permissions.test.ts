import { describe, expect, it } from 'vitest';
import { allowPermissionCheck, allowPermissionRequest, type PermissionRequestFacts } from './permissions';

const camera: PermissionRequestFacts = {
  permission: 'media',
  isMainFrame: true,
  requestingUrl: 'app://dockside/',
  mediaTypes: ['video'],
  securityOrigin: 'app://dockside/',
};

describe('allowPermissionRequest', () => {
  it('grants the camera to the app main frame', () => {
    expect(allowPermissionRequest(camera)).toBe(true);
    expect(allowPermissionRequest({ ...camera, securityOrigin: undefined })).toBe(true);
    expect(allowPermissionRequest({ ...camera, securityOrigin: 'app://dockside' })).toBe(true);
  });

  it.each([
    ['audio capture', { mediaTypes: ['audio'] }],
    ['camera together with the microphone', { mediaTypes: ['video', 'audio'] }],
    ['an empty media type list', { mediaTypes: [] }],
    ['no media types', { mediaTypes: undefined }],
    ['an unknown media type', { mediaTypes: ['screen'] }],
    ['a subframe', { isMainFrame: false }],
    ['another origin', { requestingUrl: 'https://evil.example/' }],
    ['a look-alike origin', { requestingUrl: 'app://dockside.evil/' }],
    ['a file page', { requestingUrl: 'file:///tmp/x.html' }],
    ['about:blank', { requestingUrl: 'about:blank' }],
    ['an empty URL', { requestingUrl: '' }],
    ['a mismatched security origin', { securityOrigin: 'https://evil.example/' }],
  ] as const)('denies %s', (_label, change) => {
    expect(allowPermissionRequest({ ...camera, ...change })).toBe(false);
  });

  it.each([
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'fileSystem',
    'storage-access',
    'window-management',
    'idle-detection',
    'mediaKeySystem',
    'unknown',
    'MEDIA',
    '',
  ])('denies %s even to the app main frame', (permission) => {
    expect(allowPermissionRequest({ ...camera, permission })).toBe(false);
  });
});

describe('allowPermissionCheck', () => {
  const check = { permission: 'media', requestingOrigin: 'app://dockside', isMainFrame: true, mediaType: 'video' };

  it('answers yes for the camera of the app main frame', () => {
    expect(allowPermissionCheck(check)).toBe(true);
    expect(allowPermissionCheck({ ...check, requestingOrigin: 'app://dockside/' })).toBe(true);
    expect(allowPermissionCheck({ ...check, securityOrigin: 'app://dockside', requestingUrl: 'app://dockside/' })).toBe(
      true,
    );
  });

  it.each([
    ['audio', { mediaType: 'audio' }],
    ['an unknown media type', { mediaType: 'unknown' }],
    ['no media type', { mediaType: undefined }],
    ['a subframe', { isMainFrame: false }],
    ['an embedded cross-origin frame', { embeddingOrigin: 'app://dockside' }],
    ['another origin', { requestingOrigin: 'https://evil.example' }],
    ['an opaque origin', { requestingOrigin: 'null' }],
    ['a URL instead of an origin', { requestingOrigin: 'app://dockside/index.html' }],
    ['a foreign security origin', { securityOrigin: 'https://evil.example' }],
    ['a foreign requesting URL', { requestingUrl: 'https://evil.example/' }],
    ['another permission', { permission: 'geolocation' }],
    ['serial ports', { permission: 'serial' }],
    ['usb', { permission: 'usb' }],
    ['hid', { permission: 'hid' }],
  ] as const)('answers no for %s', (_label, change) => {
    expect(allowPermissionCheck({ ...check, ...change })).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder needs the Electron zip to package, which cannot be downloaded here (TRAPS.md, "Installing"),
 * so its configuration is checked instead: the security-relevant settings, and every key against
 * electron-builder's own JSON schema so a typo cannot silently turn a setting off.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string): string => readFileSync(`${root}${file}`, 'utf8');

type Json = Record<string, unknown>;
const config = load(read('electron-builder.yml'), { filename: 'electron-builder.yml' }) as Json;
const section = (name: string): Json => (config[name] ?? {}) as Json;

interface SchemaObject {
  readonly properties: Record<string, unknown>;
}
const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as SchemaObject & {
  definitions: Record<string, SchemaObject>;
};

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config['appId']).toBe('com.dockside.station');
    expect(config['productName']).toBe('Dockside');
  });

  it('flips every security fuse (Electron docs, "Electron Fuses")', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the build output into an asar archive, with nothing unpacked beside it', () => {
    expect(config['asar']).toBe(true);
    expect(config['files']).toEqual(['out/**', 'package.json']);
    expect(config).not.toHaveProperty('asarUnpack');
    const pkg = JSON.parse(read('package.json')) as { main: string };
    expect(pkg.main).toBe('out/main/index.cjs');
  });

  it('registers no OS protocol handler: app:// exists only inside the app', () => {
    expect(config).not.toHaveProperty('protocols');
    expect(config).not.toHaveProperty('fileAssociations');
  });

  it('builds AppImage and deb, NSIS, and a hardened, camera-entitled dmg', () => {
    expect(section('linux')['target']).toEqual(['AppImage', 'deb']);
    expect(section('win')['target']).toEqual(['nsis']);
    const mac = section('mac');
    expect(mac['target']).toEqual(['dmg']);
    expect(mac['hardenedRuntime']).toBe(true);
    expect(mac['entitlements']).toBe('assets/entitlements.mac.plist');
    expect(mac['entitlementsInherit']).toBe('assets/entitlements.mac.plist');
    expect((mac['extendInfo'] as Json)['NSCameraUsageDescription']).toMatch(/camera/);
  });

  it('keeps signing secrets out of the file (they come from CSC_LINK / WIN_CSC_LINK)', () => {
    const text = read('electron-builder.yml');
    expect(text).toMatch(/WIN_CSC_LINK/);
    for (const key of ['certificateFile', 'certificatePassword', 'cscLink', 'cscKeyPassword']) {
      expect(JSON.stringify(config)).not.toContain(`"${key}"`);
    }
  });

  it('publishes to a generic https provider whose placeholder can never resolve', () => {
    const publish = section('publish');
    expect(publish['provider']).toBe('generic');
    const url = new URL(String(publish['url']));
    expect(url.protocol).toBe('https:');
    expect(url.hostname.endsWith('.invalid')).toBe(true);
  });

  it("uses only keys electron-builder's schema knows", () => {
    const unknown = (keys: Json, known: SchemaObject): string[] =>
      Object.keys(keys).filter((key) => !(key in known.properties));
    const definitions = schema.definitions;
    const get = (name: string): SchemaObject => {
      const definition = definitions[name];
      if (!definition) throw new Error(`electron-builder's schema has no ${name}`);
      return definition;
    };
    expect(unknown(config, schema)).toEqual([]);
    expect(unknown(section('electronFuses'), get('FuseOptionsV1'))).toEqual([]);
    expect(unknown(section('mac'), get('MacConfiguration'))).toEqual([]);
    expect(unknown(section('win'), get('WindowsConfiguration'))).toEqual([]);
    expect(unknown(section('linux'), get('LinuxConfiguration'))).toEqual([]);
    expect(unknown(section('nsis'), get('NsisOptions'))).toEqual([]);
    expect(unknown(section('publish'), get('GenericServerOptions'))).toEqual([]);
  });
});

describe('assets', () => {
  it('entitles the camera and JIT only', () => {
    const plist = read('assets/entitlements.mac.plist');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(granted.sort()).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.device.camera']);
    expect(plist).not.toMatch(/audio-input|disable-library-validation|allow-dyld|unsigned-executable-memory/);
  });

  it('has a 512x512 PNG icon', () => {
    const png = readFileSync(`${root}assets/icon.png`);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

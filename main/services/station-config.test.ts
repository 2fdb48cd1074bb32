import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStationConfig, StationConfigError, type StationConfigSources } from './station-config';

const userDataDir = '/home/dock/.config/Dockside';
const configFile = path.join(userDataDir, 'station-config.json');

function sources(files: Record<string, string>, env: Record<string, string> = {}): StationConfigSources {
  return {
    env,
    userDataDir,
    readFile: (file) => {
      const text = files[file];
      if (text !== undefined) return Promise.resolve(text);
      return Promise.reject(Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' }));
    },
  };
}

describe('loadStationConfig', () => {
  it('is unconfigured (demo mode) with no file and no environment', async () => {
    await expect(loadStationConfig(sources({}))).resolves.toEqual({
      erpUrl: null,
      erpUrlSource: 'none',
      station: null,
    });
  });

  it('reads the ERP and the station identity from the file', async () => {
    const file = { erpUrl: 'https://erp.example.com/gw/', siteId: 'DC7', stationId: 'DOCK-12', dockDoor: 'D12' };
    await expect(loadStationConfig(sources({ [configFile]: JSON.stringify(file) }))).resolves.toEqual({
      erpUrl: 'https://erp.example.com/gw/',
      erpUrlSource: 'file',
      station: { siteId: 'DC7', stationId: 'DOCK-12', dockDoor: 'D12' },
    });
  });

  it('prefers the environment over the file for the ERP, keeping the station from the file', async () => {
    const file = { erpUrl: 'https://old.example.com', siteId: 'DC7', stationId: 'DOCK-12', dockDoor: 'D12' };
    const config = await loadStationConfig(
      sources({ [configFile]: JSON.stringify(file) }, { DOCKSIDE_ERP_URL: ' http://10.0.0.5:8080 ' }),
    );
    expect(config).toMatchObject({ erpUrl: 'http://10.0.0.5:8080', erpUrlSource: 'env', station: { siteId: 'DC7' } });
  });

  it('ignores an empty environment variable', async () => {
    await expect(loadStationConfig(sources({}, { DOCKSIDE_ERP_URL: '' }))).resolves.toMatchObject({ erpUrl: null });
  });

  it('suggests no station unless all three parts are given', async () => {
    const config = await loadStationConfig(sources({ [configFile]: '{"siteId":"DC7","stationId":"DOCK-12"}' }));
    expect(config.station).toBeNull();
  });

  it.each([
    ['broken JSON', '{"erpUrl": "https://erp.example.com",', /is not valid JSON/],
    ['an array', '[]', /station-config\.json/],
    ['null', 'null', /station-config\.json/],
    ['a misspelled key', '{"erpURL":"https://erp.example.com"}', /erpURL/],
    ['a non-http ERP', '{"erpUrl":"file:///etc/passwd"}', /"erpUrl" must be an http\(s\) URL/],
    ['credentials in the URL', '{"erpUrl":"https://svc:hunter2@erp.example.com"}', /"erpUrl" must be/],
    ['a relative URL', '{"erpUrl":"/api"}', /"erpUrl" must be/],
    ['a javascript URL', '{"erpUrl":"javascript:alert(1)"}', /"erpUrl" must be/],
    ['a number for an id', '{"stationId":12}', /"stationId"/],
    ['an empty id', '{"siteId":""}', /"siteId"/],
    ['an over-long id', `{"dockDoor":"${'D'.repeat(65)}"}`, /"dockDoor"/],
  ])('refuses a file with %s, naming the file', async (_label, text, message) => {
    const load = loadStationConfig(sources({ [configFile]: text }));
    await expect(load).rejects.toBeInstanceOf(StationConfigError);
    await expect(load).rejects.toThrow(message);
    await expect(load).rejects.toThrow(configFile);
  });

  it.each(['ftp://erp.example.com', 'https://erp.example.com/?token=1', 'not a url'])(
    'refuses DOCKSIDE_ERP_URL=%s',
    async (url) => {
      await expect(loadStationConfig(sources({}, { DOCKSIDE_ERP_URL: url }))).rejects.toThrow(/DOCKSIDE_ERP_URL=/);
    },
  );

  it('reports a file it cannot read for another reason than absence', async () => {
    const load = loadStationConfig({
      env: {},
      userDataDir,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    });
    await expect(load).rejects.toThrow(`Cannot read ${configFile}: EACCES: permission denied`);
  });
});

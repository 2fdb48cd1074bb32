import { describe, expect, it, vi } from 'vitest';
import { DEMO_STATION, runtimeInfo, startErpRuntime, type DemoErpStarter } from './erp-runtime';

const unconfigured = { erpUrl: null, erpUrlSource: 'none', station: null } as const;

function fakeDemo() {
  const close = vi.fn(() => Promise.resolve());
  const start = vi.fn<DemoErpStarter>(() => Promise.resolve({ url: 'http://127.0.0.1:41234', port: 41234, close }));
  return { start, close };
}

describe('startErpRuntime', () => {
  it('starts the demo ERP on a free loopback port when no ERP is configured', async () => {
    const demo = fakeDemo();
    const runtime = await startErpRuntime({ config: unconfigured, startDemo: demo.start, demoDataDir: '/u/demo-erp' });
    expect(demo.start).toHaveBeenCalledWith({ host: '127.0.0.1', port: 0, dataDir: '/u/demo-erp' });
    expect(runtime.erp).toEqual({ mode: 'demo', baseUrl: 'http://127.0.0.1:41234' });
    expect(runtime.suggestedStation).toEqual(DEMO_STATION);
    expect(DEMO_STATION).toEqual({ siteId: 'DEMO-DC1', stationId: 'DOCK-01', dockDoor: 'D1' });
    await runtime.close();
    expect(demo.close).toHaveBeenCalledTimes(1);
  });

  it('keeps a station identity set by IT even in demo mode', async () => {
    const station = { siteId: 'DC7', stationId: 'DOCK-12', dockDoor: 'D12' };
    const runtime = await startErpRuntime({
      config: { ...unconfigured, station },
      startDemo: fakeDemo().start,
      demoDataDir: '/u/demo-erp',
    });
    expect(runtime.suggestedStation).toEqual(station);
  });

  it('uses the configured ERP and starts no demo', async () => {
    const demo = fakeDemo();
    const runtime = await startErpRuntime({
      config: { erpUrl: 'https://erp.example.com', erpUrlSource: 'env', station: null },
      startDemo: demo.start,
      demoDataDir: '/u/demo-erp',
    });
    expect(runtime.erp).toEqual({ mode: 'configured', baseUrl: 'https://erp.example.com' });
    expect(runtime.suggestedStation).toBeNull();
    expect(demo.start).not.toHaveBeenCalled();
    await runtime.close();
  });

  it('lets a demo ERP that cannot start fail loudly', async () => {
    const startDemo: DemoErpStarter = () => Promise.reject(new Error('EACCES: /u/demo-erp'));
    await expect(startErpRuntime({ config: unconfigured, startDemo, demoDataDir: '/u/demo-erp' })).rejects.toThrow(
      'EACCES',
    );
  });
});

describe('runtimeInfo', () => {
  it('describes the desktop app', () => {
    expect(
      runtimeInfo('1.2.3', { erp: { mode: 'demo', baseUrl: 'http://127.0.0.1:1' }, suggestedStation: DEMO_STATION }),
    ).toEqual({
      platform: 'electron',
      appVersion: '1.2.3',
      erp: { mode: 'demo', baseUrl: 'http://127.0.0.1:1' },
      suggestedStation: DEMO_STATION,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createScanHub } from '../scanner/scan-hub';
import { installScanProbe, SCAN_PROBE_GLOBAL } from './scan-probe';

describe('the web build scan probe', () => {
  it('is dormant until started, then takes the scans, and gives them back when stopped', () => {
    const hub = createScanHub();
    const screen: string[] = [];
    hub.subscribe((raw) => screen.push(raw));
    const target = {} as Window;
    const probe = installScanProbe(target, hub);
    expect((target as unknown as Record<string, unknown>)[SCAN_PROBE_GLOBAL]).toBe(probe);

    hub.deliver('A');
    probe.start();
    hub.deliver('B');
    hub.deliver('C');
    expect(probe.count()).toBe(2);
    expect(probe.take()).toEqual(['B', 'C']);
    expect(probe.take()).toEqual([]);
    probe.stop();
    hub.deliver('D');
    expect(screen).toEqual(['A', 'D']);
  });
});

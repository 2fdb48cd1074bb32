import { describe, expect, it } from 'vitest';
import { createScanHub } from './scan-hub';

describe('the scan hub', () => {
  it('keeps scans that arrive before a screen subscribes and hands them over in order', () => {
    const hub = createScanHub();
    hub.deliver('a');
    hub.deliver('b');
    const seen: string[] = [];
    hub.subscribe((raw) => seen.push(raw));
    hub.deliver('c');
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('queues again after the screen unsubscribes, and bounds the queue', () => {
    const hub = createScanHub(2);
    const first: string[] = [];
    const stop = hub.subscribe((raw) => first.push(raw));
    stop();
    hub.deliver('x');
    hub.deliver('y');
    hub.deliver('z');
    const second: string[] = [];
    hub.subscribe((raw) => second.push(raw));
    expect(first).toEqual([]);
    expect(second).toEqual(['x', 'y']);
  });

  it('gives the scans back to the screen underneath when the one on top unsubscribes', () => {
    const hub = createScanHub();
    const dock: string[] = [];
    const setup: string[] = [];
    hub.subscribe((raw) => dock.push(raw));
    hub.deliver('a');
    const close = hub.subscribe((raw) => setup.push(raw));
    hub.deliver('b');
    close();
    close();
    hub.deliver('c');
    expect(dock).toEqual(['a', 'c']);
    expect(setup).toEqual(['b']);
  });
});

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
});

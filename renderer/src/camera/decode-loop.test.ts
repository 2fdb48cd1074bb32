import { describe, expect, it, vi } from 'vitest';
import type { FrameDecodeResult } from './decoder-contract';
import { MAX_CONSECUTIVE_DECODE_FAILURES, runDecodeLoop, type DecodeLoopDeps } from './decode-loop';

const EMPTY: FrameDecodeResult = { symbols: [], width: 640, height: 480, decodeMs: 5 };

/** Lets pending promise callbacks run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

/** A worker whose answers the test releases one by one. */
function manualClient() {
  const pending: ((result: FrameDecodeResult) => void)[] = [];
  let received = 0;
  return {
    pending,
    get received() {
      return received;
    },
    decode(): Promise<FrameDecodeResult> {
      received += 1;
      return new Promise((resolve) => pending.push(resolve));
    },
  };
}

function deps(client: DecodeLoopDeps['client'], overrides: Partial<DecodeLoopDeps> = {}) {
  const results: [FrameDecodeResult, number][] = [];
  let grabs = 0;
  let clock = 0;
  const closed: number[] = [];
  const base: DecodeLoopDeps = {
    client,
    nextFrame: () => Promise.resolve(),
    grab: () => {
      grabs += 1;
      const id = grabs;
      return Promise.resolve({ close: () => closed.push(id) } as unknown as ImageBitmap);
    },
    onResult: (result, at) => results.push([result, at]),
    now: () => (clock += 10),
  };
  return { deps: { ...base, ...overrides }, results, closed, grabs: () => grabs };
}

describe('the decode loop', () => {
  it('never queues frames: the next frame is grabbed only after the previous answer is back', async () => {
    const client = manualClient();
    const loop = deps(client);
    const controller = new AbortController();
    const running = runDecodeLoop(loop.deps, controller.signal);
    await settle();
    expect(loop.grabs()).toBe(1);
    expect(client.received).toBe(1);
    // However long the worker takes, nothing else is grabbed or sent.
    await settle();
    expect(loop.grabs()).toBe(1);
    client.pending.shift()?.(EMPTY);
    await settle();
    expect(loop.results).toEqual([[EMPTY, 10]]);
    expect(loop.grabs()).toBe(2);
    expect(client.received).toBe(2);
    controller.abort();
    client.pending.shift()?.(EMPTY);
    await running;
    // The answer that arrived after the stop is dropped.
    expect(loop.results).toHaveLength(1);
  });

  it('waits for a new video frame before each grab, and skips while the video has no picture', async () => {
    const client = manualClient();
    const frames: (() => void)[] = [];
    let picture = false;
    const loop = deps(client, {
      nextFrame: () => new Promise<void>((resolve) => frames.push(resolve)),
      grab: () => Promise.resolve(picture ? ({ close: () => undefined } as unknown as ImageBitmap) : null),
    });
    const controller = new AbortController();
    const running = runDecodeLoop(loop.deps, controller.signal);
    await settle();
    expect(client.received).toBe(0);
    frames.shift()?.();
    await settle();
    expect(client.received).toBe(0); // no picture yet: nothing sent, the loop waits for the next frame
    picture = true;
    frames.shift()?.();
    await settle();
    expect(client.received).toBe(1);
    controller.abort();
    client.pending.shift()?.(EMPTY);
    frames.shift()?.();
    await running;
  });

  it('closes a bitmap grabbed just as the loop stops, instead of leaking it', async () => {
    const controller = new AbortController();
    const loop = deps(manualClient(), {
      grab: () => {
        controller.abort();
        return Promise.resolve({ close: () => loop.closed.push(1) } as unknown as ImageBitmap);
      },
    });
    await runDecodeLoop(loop.deps, controller.signal);
    expect(loop.closed).toEqual([1]);
  });

  it('rejects when the worker keeps failing, so the panel can say so', async () => {
    const loop = deps({ decode: () => Promise.reject(new Error('worker crashed')) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(runDecodeLoop(loop.deps, new AbortController().signal)).rejects.toThrow('worker crashed');
    expect(loop.grabs()).toBe(MAX_CONSECUTIVE_DECODE_FAILURES);
    warn.mockRestore();
  });

  it('skips a frame the decoder fails on once, and keeps going', async () => {
    const controller = new AbortController();
    let calls = 0;
    const loop = deps({
      decode: () => {
        calls += 1;
        if (calls === 5) controller.abort();
        return calls % 2 === 1 ? Promise.reject(new Error('odd frame')) : Promise.resolve(EMPTY);
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await runDecodeLoop(loop.deps, controller.signal);
    expect(loop.results).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

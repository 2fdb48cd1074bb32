import { describe, expect, it } from 'vitest';
import { createReadDeduplicator } from './read-dedup';

const A = ']C100395060000999999995';
const B = ']C100395060000888888886';

/** Feeds frames `[at, raws]` and collects every delivered scan with its time. */
function run(frames: readonly (readonly [number, readonly string[]])[], options = {}): [number, string][] {
  const dedup = createReadDeduplicator(options);
  return frames.flatMap(([at, raws]) => dedup.frame(raws, at).map((raw): [number, string] => [at, raw]));
}

describe('camera read de-duplication', () => {
  it('turns a label seen in many consecutive frames into one scan', () => {
    const frames = Array.from({ length: 300 }, (_, i) => [i * 33, [A]] as const);
    expect(run(frames)).toEqual([[0, A]]);
  });

  it('keeps it one scan when decoding is slow (consecutive frames far apart in time)', () => {
    expect(
      run([
        [0, [A]],
        [5_000, [A]],
        [10_000, [A]],
      ]),
    ).toEqual([[0, A]]);
  });

  it('does not repeat the scan when a few blurred frames in between miss the label', () => {
    expect(
      run([
        [0, [A]],
        [100, []],
        [200, []],
        [300, [A]],
        [1_400, []],
        [1_450, [A]],
      ]),
    ).toEqual([[0, A]]);
  });

  it('reads the label again once it has been out of view long enough', () => {
    expect(
      run([
        [0, [A]],
        [100, []],
        [1_700, []],
        [1_800, [A]],
      ]),
    ).toEqual([
      [0, A],
      [1_800, A],
    ]);
  });

  it('delivers a different label at once, even while the first is still in view', () => {
    expect(
      run([
        [0, [A]],
        [33, [A]],
        [66, [A, B]],
        [99, [B, A]],
      ]),
    ).toEqual([
      [0, A],
      [66, B],
    ]);
  });

  it('delivers two labels in one frame as two scans, in frame order, and a label twice in a frame once', () => {
    expect(run([[0, [B, A, B]]])).toEqual([
      [0, B],
      [0, A],
    ]);
  });

  it('does not re-read a label after another label was scanned in between, unless it left the view', () => {
    expect(
      run([
        [0, [A]],
        [500, [B]],
        [900, [A]],
        [3_000, []],
        [3_100, [A]],
      ]),
    ).toEqual([
      [0, A],
      [500, B],
      [3_100, A],
    ]);
  });

  it('repeats a label that stays in view after a configured hold-off', () => {
    const frames = Array.from({ length: 100 }, (_, i) => [i * 100, [A]] as const);
    expect(run(frames, { holdOffMs: 4_000 })).toEqual([
      [0, A],
      [4_000, A],
      [8_000, A],
    ]);
  });

  it('honours a configured out-of-view time', () => {
    expect(
      run(
        [
          [0, [A]],
          [100, []],
          [400, [A]],
        ],
        { goneAfterMs: 250 },
      ),
    ).toEqual([
      [0, A],
      [400, A],
    ]);
  });

  it('forgets everything on reset (the camera was stopped and started again)', () => {
    const dedup = createReadDeduplicator();
    expect(dedup.frame([A], 0)).toEqual([A]);
    dedup.reset();
    expect(dedup.frame([A], 10)).toEqual([A]);
  });

  it('rejects settings that would make no sense', () => {
    expect(() => createReadDeduplicator({ goneAfterMs: -1 })).toThrow(/goneAfterMs/);
    expect(() => createReadDeduplicator({ holdOffMs: 0 })).toThrow(/holdOffMs/);
    expect(() => createReadDeduplicator({ goneAfterMs: Number.NaN })).toThrow(/goneAfterMs/);
  });
});

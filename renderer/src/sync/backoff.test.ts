import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

const policy = { baseMs: 1000, capMs: 15_000 };

describe('backoff with full jitter', () => {
  it('draws from [0, base·2^attempt) and never above the cap', () => {
    expect(backoffDelay(policy, 0, () => 0.999)).toBe(999);
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(4000);
    expect(backoffDelay(policy, 10, () => 0.999)).toBe(14_985);
    expect(backoffDelay(policy, 1000, () => 0.999)).toBeLessThanOrEqual(15_000);
    expect(backoffDelay(policy, 4, () => 0)).toBe(0);
  });

  it("treats the server's Retry-After as a floor", () => {
    expect(backoffDelay(policy, 0, () => 0.1, 30_000)).toBe(30_000);
    expect(backoffDelay(policy, 4, () => 0.9, 100)).toBe(13_500);
  });
});

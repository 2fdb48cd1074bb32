/**
 * Runs `task` only if no other tab or window of this origin is running one under the same name (Web Locks,
 * https://w3c.github.io/web-locks/). If another holder has it, this call does nothing: that holder drains.
 */
export function webLockExclusive(name: string): (task: () => Promise<void>) => Promise<void> {
  return async (task) => {
    await navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock) await task();
    });
  };
}

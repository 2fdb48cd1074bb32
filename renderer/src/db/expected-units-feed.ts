import type { ExpectedUnitRow } from './schema';

/**
 * "These ASNs' expected units changed": said after an intake commits, heard by every window of the station
 * (BroadcastChannel, HTML Living Standard §9.6) and by this one, so each window's in-memory scan index
 * (expected-index.ts) follows imports made anywhere. A lost message only makes that index miss; the scan path
 * then asks IndexedDB (expected-index.ts, `findSscc`), so it can cost time, never a wrong answer.
 */
export interface ExpectedUnitsChange {
  readonly dbName: string;
  readonly asnIds: readonly string[];
  /**
   * The ASNs' rows as just committed, when the window that wrote them has them in hand: its own index takes them
   * as they are instead of reading 100,000 lines back. Never posted to other windows (they read them).
   */
  readonly rows?: readonly ExpectedUnitRow[];
}

type Listener = (change: ExpectedUnitsChange) => void;

const CHANNEL = 'dockside.expected-units';
const local = new Set<Listener>();

export function announceExpectedUnitsChanged(
  dbName: string,
  asnIds: readonly string[],
  rows?: readonly ExpectedUnitRow[],
): void {
  if (asnIds.length === 0) return;
  const change: ExpectedUnitsChange = { dbName, asnIds: [...asnIds], ...(rows === undefined ? {} : { rows }) };
  for (const listener of local) listener(change);
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ dbName, asnIds: change.asnIds } satisfies ExpectedUnitsChange);
  channel.close();
}

/** Calls `listener` for changes to the named database, from this window or another; returns the unsubscribe. */
export function onExpectedUnitsChanged(dbName: string, listener: Listener): () => void {
  const mine: Listener = (change) => {
    if (change.dbName === dbName) listener(change);
  };
  local.add(mine);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (channel) {
    channel.onmessage = (message: MessageEvent<ExpectedUnitsChange>) => {
      mine(message.data);
    };
  }
  return () => {
    local.delete(mine);
    channel?.close();
  };
}

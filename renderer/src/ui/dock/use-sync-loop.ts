import { useEffect, useState, useSyncExternalStore } from 'react';
import { webLockExclusive } from '../../platform/exclusive';
import { createSyncLoop, type SyncLoop, type SyncStatus } from '../../sync/sync-loop';
import type { StationServices } from '../App';

/** One sync loop per station screen, started on mount and stopped on unmount. */
export function useSyncLoop(services: StationServices, stationId: string): SyncLoop | null {
  const [loop, setLoop] = useState<SyncLoop | null>(null);
  useEffect(() => {
    const created = createSyncLoop({
      db: services.db,
      erp: services.bridge.erp,
      stationId,
      exclusive: webLockExclusive('dockside-sync'),
    });
    created.start();
    setLoop(created);
    return () => {
      created.stop();
    };
  }, [services, stationId]);
  return loop;
}

const STARTING: SyncStatus = { connection: 'starting', lastSyncAt: null, lastError: null, nextAttemptAt: null };

export function useSyncStatus(loop: SyncLoop | null): SyncStatus {
  return useSyncExternalStore(
    (listener) => (loop ? loop.subscribe(listener) : () => undefined),
    () => loop?.getStatus() ?? STARTING,
  );
}

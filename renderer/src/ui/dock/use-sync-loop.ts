import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { webLockExclusive } from '../../platform/exclusive';
import { createSyncLoop, type SyncLoop, type SyncStatus } from '../../sync/sync-loop';
import type { StationServices } from '../App';

/** One sync loop per station screen, running while the screen is mounted. */
export function useSyncLoop(services: StationServices, stationId: string): SyncLoop {
  const loop = useMemo(
    () =>
      createSyncLoop({
        db: services.db,
        erp: services.bridge.erp,
        stationId,
        exclusive: webLockExclusive('dockside-sync'),
      }),
    [services, stationId],
  );
  useEffect(() => {
    loop.start();
    return () => {
      loop.stop();
    };
  }, [loop]);
  return loop;
}

export function useSyncStatus(loop: SyncLoop): SyncStatus {
  return useSyncExternalStore(
    (listener) => loop.subscribe(listener),
    () => loop.getStatus(),
  );
}

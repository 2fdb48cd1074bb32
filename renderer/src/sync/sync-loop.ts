import type { ErpFailure, ErpPort } from '../domain/erp-port';
import type { DocksideDb } from '../db/schema';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { runSyncCycle } from './sync-cycle';

/**
 * Keeps the station and the ERP in step: runs a sync cycle now and then, sooner after a scan (`nudge`),
 * backs off while the ERP is down, and publishes a status for the header. Only one tab or window drains at
 * a time (`exclusive`, Web Locks in the browser), so two drainers never send the same batch concurrently.
 */
export type Connection = 'starting' | 'online' | 'offline' | 'erp-error';

export interface SyncStatus {
  readonly connection: Connection;
  readonly lastSyncAt: string | null;
  readonly lastError: string | null;
  readonly nextAttemptAt: number | null;
}

export interface SyncLoopDeps {
  readonly db: DocksideDb;
  readonly erp: ErpPort;
  readonly stationId: string;
  readonly exclusive: (run: () => Promise<void>) => Promise<void>;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly pollIntervalMs?: number;
  readonly backoff?: BackoffPolicy;
}

export interface SyncLoop {
  start(): void;
  stop(): void;
  /** Something was journaled: try to send it now unless the ERP is known to be down. */
  nudge(): void;
  getStatus(): SyncStatus;
  subscribe(listener: () => void): () => void;
}

const LAST_SYNC_KEY = 'sync.lastSyncAt';

export function createSyncLoop(deps: SyncLoopDeps): SyncLoop {
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const pollIntervalMs = deps.pollIntervalMs ?? 5_000;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const listeners = new Set<() => void>();
  let status: SyncStatus = { connection: 'starting', lastSyncAt: null, lastError: null, nextAttemptAt: null };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let stopped = true;
  let again = false;

  const publish = (next: Partial<SyncStatus>): void => {
    status = { ...status, ...next };
    for (const listener of listeners) listener();
  };

  const schedule = (delayMs: number): void => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    publish({ nextAttemptAt: now().getTime() + delayMs });
    timer = setTimeout(() => void cycle(), delayMs);
  };

  const onFailure = (failure: ErpFailure): void => {
    failures += 1;
    const connection: Connection =
      failure.kind === 'unreachable' || failure.kind === 'unknown-outcome' ? 'offline' : 'erp-error';
    publish({ connection, lastError: failure.message });
    schedule(backoffDelay(backoff, failures - 1, random, failure.retryAfterMs));
  };

  async function cycle(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    timer = null;
    const attempt = { ran: false };
    try {
      await deps.exclusive(async () => {
        attempt.ran = true;
        const report = await runSyncCycle(deps.db, deps.erp, {
          stationId: deps.stationId,
          pageSize: 100,
          batchSize: 200,
          now,
        });
        if (report.failure) {
          onFailure(report.failure);
          return;
        }
        failures = 0;
        const at = now().toISOString();
        await deps.db.meta.put({ key: LAST_SYNC_KEY, value: at });
        publish({ connection: 'online', lastSyncAt: at, lastError: null });
        schedule(again ? 0 : pollIntervalMs);
      });
      // Another window holds the drain lock and does the work; look again after the usual interval.
      if (!attempt.ran) schedule(pollIntervalMs);
    } catch (error) {
      onFailure({ kind: 'invalid-response', retryable: true, message: `Sync failed: ${String(error)}` });
    } finally {
      // A nudge that arrived mid-cycle was honoured by scheduling the next cycle at once (success path);
      // after a failure the backoff stands.
      running = false;
      again = false;
    }
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      void deps.db.meta.get(LAST_SYNC_KEY).then((row) => {
        if (typeof row?.value === 'string' && status.lastSyncAt === null) publish({ lastSyncAt: row.value });
      });
      schedule(0);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    nudge() {
      if (stopped) return;
      if (running) again = true;
      else if (failures === 0) schedule(0);
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

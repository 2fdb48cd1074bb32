import { useEffect, useState } from 'react';
import type { DocksideBridge, RuntimeInfo } from '../../../preload/contract';
import { startExpectedIndex, type LiveExpectedIndex } from '../db/expected-index';
import { loadScannerProfile } from '../db/scanner-profile-store';
import { openDocksideDb, type DocksideDb } from '../db/schema';
import { loadStationIdentity, saveStationIdentity } from '../db/station-store';
import type { StationIdentity } from '../domain/station-records';
import { connectBridge } from '../platform/bridge';
import { DockScreen } from './dock/DockScreen';
import { applyScannerProfile } from './scan-source';
import { SetupScreen } from './setup/SetupScreen';

export interface StationServices {
  readonly db: DocksideDb;
  /** What every SSCC and GTIN on the station's ASNs is, in memory, for the scan path (expected-index.ts). */
  readonly expected: LiveExpectedIndex;
  readonly bridge: DocksideBridge;
  readonly runtime: RuntimeInfo;
}

type Boot =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'setup'; readonly services: StationServices }
  | { readonly phase: 'ready'; readonly services: StationServices; readonly station: StationIdentity };

export function App() {
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });

  useEffect(() => {
    const mounted = { current: true };
    void (async () => {
      try {
        const bridge = await connectBridge();
        const runtime = await bridge.runtimeInfo();
        const db = openDocksideDb();
        await db.open();
        // The wedge has captured since the page started, with defaults; from here on with this station's scanner.
        applyScannerProfile(await loadScannerProfile(db).catch(() => null));
        // Ask the browser not to evict the journal under storage pressure (Storage Standard, §4.5).
        void navigator.storage.persist().catch(() => false);
        const station = await loadStationIdentity(db);
        // Filled in the background: until it is ready, scans are identified through IndexedDB.
        const expected = startExpectedIndex(db);
        const services = { db, expected, bridge, runtime };
        if (mounted.current) setBoot(station ? { phase: 'ready', services, station } : { phase: 'setup', services });
      } catch (error) {
        if (mounted.current)
          setBoot({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      mounted.current = false;
    };
  }, []);

  switch (boot.phase) {
    case 'loading':
      return <main className="boot">Starting Dockside…</main>;
    case 'failed':
      return (
        <main className="boot boot--failed" role="alert">
          <h1>Dockside could not start</h1>
          <p>{boot.message}</p>
          <p>Nothing was changed. Reload to try again; if it keeps failing, call IT with this message.</p>
        </main>
      );
    case 'setup':
      return (
        <SetupScreen
          runtime={boot.services.runtime}
          onSave={async (station) => {
            await saveStationIdentity(boot.services.db, station);
            setBoot({ phase: 'ready', services: boot.services, station });
          }}
        />
      );
    case 'ready':
      return <DockScreen services={boot.services} station={boot.station} />;
    default: {
      const never: never = boot;
      return never;
    }
  }
}

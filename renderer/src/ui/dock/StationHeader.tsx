import { useLiveQuery } from 'dexie-react-hooks';
import type { RuntimeInfo } from '../../../../preload/contract';
import { countPending } from '../../db/journal-store';
import type { DocksideDb } from '../../db/schema';
import type { StationIdentity } from '../../domain/station-records';
import type { SyncStatus } from '../../sync/sync-loop';
import { VolumeControl } from '../feedback/VolumeControl';

const CONNECTION_LABEL: Record<SyncStatus['connection'], string> = {
  starting: 'Connecting…',
  online: 'Online',
  offline: 'Offline',
  'erp-error': 'ERP error',
};

export function StationHeader(props: {
  db: DocksideDb;
  runtime: RuntimeInfo;
  station: StationIdentity;
  sync: SyncStatus;
  /** Opens the scanner setup screen (IT: learn how this station's keyboard-wedge scanner types). */
  onScannerSetup?: () => void;
}) {
  const { db, runtime, station, sync, onScannerSetup } = props;
  const waiting = useLiveQuery(() => countPending(db), [db]);
  return (
    <header className="station-header">
      <div className="brand">Dockside</div>
      <dl className="identity" aria-label="Station">
        <div>
          <dt>Site</dt>
          <dd>{station.siteId}</dd>
        </div>
        <div>
          <dt>Station</dt>
          <dd>{station.stationId}</dd>
        </div>
        <div>
          <dt>Door</dt>
          <dd>{station.dockDoor}</dd>
        </div>
        <div>
          <dt>Operator</dt>
          <dd>{station.operator}</dd>
        </div>
      </dl>
      <div className={`sync sync--${sync.connection}`} data-testid="sync-status" title={sync.lastError ?? ''}>
        <span className="sync__state" data-testid="connection">
          {CONNECTION_LABEL[sync.connection]}
        </span>
        <span data-testid="events-waiting">
          {waiting ?? '…'} {waiting === 1 ? 'event' : 'events'} waiting
        </span>
        <span data-testid="last-sync">
          Last sync {sync.lastSyncAt ? new Date(sync.lastSyncAt).toLocaleTimeString() : 'never'}
        </span>
      </div>
      <VolumeControl db={db} />
      {onScannerSetup && (
        <button type="button" className="header-button" onClick={onScannerSetup}>
          Scanner setup
        </button>
      )}
      {runtime.erp.mode === 'demo' && (
        <p className="demo-banner" role="note">
          Demo data: this station is connected to the built-in demo ERP at {runtime.erp.baseUrl}, not to your ERP.
        </p>
      )}
    </header>
  );
}

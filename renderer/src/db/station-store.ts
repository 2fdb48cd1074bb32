import type { StationIdentity } from '../domain/station-records';
import type { DocksideDb } from './schema';

const STATION_KEY = 'station.identity';

export async function loadStationIdentity(db: DocksideDb): Promise<StationIdentity | null> {
  const row = await db.meta.get(STATION_KEY);
  return (row?.value as StationIdentity | undefined) ?? null;
}

export async function saveStationIdentity(db: DocksideDb, identity: StationIdentity): Promise<void> {
  await db.meta.put({ key: STATION_KEY, value: identity });
}

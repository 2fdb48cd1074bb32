import type { StationRef } from './receiving-event';

/** Names shared by the station's stored records and the pure core. */
export type LogisticUnitType = 'pallet' | 'carton';

/** Who and where: carried by every event the station writes. */
export interface StationIdentity extends StationRef {
  readonly operator: string;
}

export function validateStationIdentity(input: Record<keyof StationIdentity, string>): {
  readonly identity: StationIdentity | null;
  readonly problems: Partial<Record<keyof StationIdentity, string>>;
} {
  const problems: Partial<Record<keyof StationIdentity, string>> = {};
  const labels: Record<keyof StationIdentity, string> = {
    siteId: 'Site',
    stationId: 'Station id',
    dockDoor: 'Dock door',
    operator: 'Operator',
  };
  const clean = {} as Record<keyof StationIdentity, string>;
  for (const key of Object.keys(labels) as (keyof StationIdentity)[]) {
    const value = input[key].trim();
    clean[key] = value;
    if (value === '') problems[key] = `${labels[key]} is required`;
    else if (value.length > 64) problems[key] = `${labels[key]} must be at most 64 characters`;
    else if (!/^[\p{L}\p{N} ._/-]+$/u.test(value)) {
      problems[key] = `${labels[key]} may use letters, digits, spaces and . _ / - only`;
    }
  }
  return Object.keys(problems).length > 0 ? { identity: null, problems } : { identity: clean, problems };
}

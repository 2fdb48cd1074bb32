import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_VOLUME, loadVolume, saveVolume } from '../../db/preferences-store';
import type { DocksideDb } from '../../db/schema';

/** Feedback volume for this station, kept with its settings; keyboard-operable (arrow keys on the slider). */
export function VolumeControl({ db }: { db: DocksideDb }) {
  const volume = useLiveQuery(() => loadVolume(db), [db]) ?? DEFAULT_VOLUME;
  return (
    <label className="volume">
      <span>Volume</span>
      <input
        type="range"
        min={0}
        max={100}
        step={10}
        value={Math.round(volume * 100)}
        data-testid="volume"
        onChange={(e) => {
          void saveVolume(db, Number(e.target.value) / 100);
        }}
      />
    </label>
  );
}

export function useVolume(db: DocksideDb): number {
  return useLiveQuery(() => loadVolume(db), [db]) ?? DEFAULT_VOLUME;
}

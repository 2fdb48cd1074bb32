import { useCallback, useEffect, useRef, useState } from 'react';
import { receiveUnit } from '../../db/receive-unit';
import { readSsccScan } from '../../domain/gs1/sscc-scan';
import type { StationIdentity } from '../../domain/station-records';
import type { StationServices } from '../App';
import { ScreenFlash } from '../feedback/ScreenFlash';
import { playTone } from '../feedback/sound';
import { useVolume } from '../feedback/VolumeControl';
import { feedbackForOutcome, feedbackForScanError, type ScanFeedback } from '../scan-feedback';
import { AsnList } from './AsnList';
import { ScanPanel } from './ScanPanel';
import { StationHeader } from './StationHeader';
import { useScans } from './use-scans';
import { useSyncLoop, useSyncStatus } from './use-sync-loop';

/** The dock worker's screen: scan anywhere, see and hear the result, watch receipts fill up. */
export function DockScreen({ services, station }: { services: StationServices; station: StationIdentity }) {
  const loop = useSyncLoop(services, station.stationId);
  const sync = useSyncStatus(loop);
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const volume = useVolume(services.db);
  const volumeRef = useRef(volume);
  useEffect(() => {
    volumeRef.current = volume;
  }, [volume]);
  // Scans are handled one at a time, in the order they arrive, so seq order is scan order.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const onScan = useCallback(
    (raw: string) => {
      queue.current = queue.current.then(async () => {
        const scan = readSsccScan(raw);
        let next: ScanFeedback;
        if (!scan.ok) {
          next = feedbackForScanError(scan, Date.now());
        } else {
          try {
            next = feedbackForOutcome(await receiveUnit(services.db, station, scan.sscc), Date.now());
          } catch (error) {
            next = {
              tone: 'error',
              title: 'Not saved',
              detail: `The scan of ${scan.sscc} could not be saved (${String(error)}). Nothing was recorded; scan it again.`,
              at: Date.now(),
            };
          }
        }
        setFeedback(next);
        playTone(next.tone, volumeRef.current);
        if (next.tone === 'success') loop.nudge();
      });
    },
    [services.db, station, loop],
  );
  useScans(onScan);

  return (
    <div className="dock">
      <ScreenFlash feedback={feedback} />
      <StationHeader db={services.db} runtime={services.runtime} station={station} sync={sync} />
      <main className="dock__main">
        <ScanPanel feedback={feedback} />
        <AsnList db={services.db} />
      </main>
    </div>
  );
}

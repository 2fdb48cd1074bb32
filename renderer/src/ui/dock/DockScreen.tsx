import { useCallback, useEffect, useRef, useState } from 'react';
import { startCameraDecodeWorker } from '../../camera/decode-client';
import { CameraPanel } from '../../camera/ui/CameraPanel';
import { CameraToggle } from '../../camera/ui/CameraToggle';
import { receiveUnit } from '../../db/receive-unit';
import { readSsccScan } from '../../domain/gs1/sscc-scan';
import type { StationIdentity } from '../../domain/station-records';
import type { StationServices } from '../App';
import { ScreenFlash } from '../feedback/ScreenFlash';
import { playTone } from '../feedback/sound';
import { useVolume } from '../feedback/VolumeControl';
import { detectPlainCode128Gs1 } from '../../scanner/plain-code128';
import { feedbackForOutcome, feedbackForScanError, withLabelWarning, type ScanFeedback } from '../scan-feedback';
import { scans } from '../scan-source';
import { ScannerSetupScreen } from '../scanner-setup/ScannerSetupScreen';
import { InboundScreen } from '../inbound/InboundScreen';
import { useAsnIntake } from '../inbound/use-asn-intake';
import { useFileDrop } from '../inbound/use-file-drop';
import { ScanPanel } from './ScanPanel';
import { StationHeader } from './StationHeader';
import { useScans } from './use-scans';
import { useSyncLoop, useSyncStatus } from './use-sync-loop';

/** Camera reads enter the station where wedge scans do, so parsing, feedback and receiving are shared. */
const deliverCameraScan = (raw: string): void => {
  scans.deliver(raw);
};
const startCameraDecoder = () => startCameraDecodeWorker();

/**
 * The dock worker's screen: scan anywhere, see and hear the result, watch receipts fill up on the inbound board.
 * ASN files dropped anywhere on it are imported (issue 4, item 4).
 */
export function DockScreen({ services, station }: { services: StationServices; station: StationIdentity }) {
  const loop = useSyncLoop(services, station.stationId);
  const sync = useSyncStatus(loop);
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const [cameraOpen, setCameraOpen] = useState(false);
  const [scannerSetupOpen, setScannerSetupOpen] = useState(false);
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
        // GS1 data printed as plain Code 128 (]C0) is read as the GS1 it is, with a warning for the supplier.
        const plain = detectPlainCode128Gs1(raw);
        const scan = readSsccScan(plain?.asGs1 ?? raw);
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
        const received = next.tone === 'success';
        if (plain !== null) next = withLabelWarning(next, plain.warning);
        setFeedback(next);
        playTone(next.tone, volumeRef.current);
        if (received) loop.nudge();
      });
    },
    [services.db, station, loop],
  );
  useScans(onScan);
  const intake = useAsnIntake(services.db, services.bridge);
  const drop = useFileDrop(intake.drop);

  return (
    <div className={`dock${drop.dragging ? ' dock--dragging' : ''}`} {...drop.handlers}>
      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop ASN files to import them
        </div>
      )}
      <ScreenFlash feedback={feedback} />
      <StationHeader
        db={services.db}
        runtime={services.runtime}
        station={station}
        sync={sync}
        onScannerSetup={() => {
          setScannerSetupOpen(true);
        }}
      />
      <main className="dock__main">
        <div className="dock__scan">
          <ScanPanel feedback={feedback}>
            <CameraToggle
              open={cameraOpen}
              onToggle={() => {
                setCameraOpen((open) => !open);
              }}
            />
          </ScanPanel>
          {/* The scanner setup screen takes the scans while it is open, to learn a wedge: the camera must not feed it. */}
          {cameraOpen && !scannerSetupOpen && (
            <CameraPanel db={services.db} startDecoder={startCameraDecoder} onRead={deliverCameraScan} />
          )}
        </div>
        <InboundScreen db={services.db} intake={intake} />
      </main>
      {scannerSetupOpen && (
        <ScannerSetupScreen
          db={services.db}
          onClose={() => {
            setScannerSetupOpen(false);
          }}
        />
      )}
    </div>
  );
}

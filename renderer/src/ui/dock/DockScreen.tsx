import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { startCameraDecodeWorker } from '../../camera/decode-client';
import { CameraPanel } from '../../camera/ui/CameraPanel';
import { CameraToggle } from '../../camera/ui/CameraToggle';
import type { AsnRow } from '../../db/schema';
import type { StationIdentity } from '../../domain/station-records';
import {
  closeReceipt,
  recordArrival,
  undoLast,
  type ArrivalInput,
  type DockDeps,
  type DockOutcome,
} from '../../receiving/dock-commands';
import type { StationServices } from '../App';
import { ScreenFlash } from '../feedback/ScreenFlash';
import { playTone } from '../feedback/sound';
import { useVolume } from '../feedback/VolumeControl';
import { InboundScreen } from '../inbound/InboundScreen';
import { useAsnIntake } from '../inbound/use-asn-intake';
import { useFileDrop } from '../inbound/use-file-drop';
import { feedbackForDock, feedbackForFailure, type DockAction, type ScanFeedback } from '../scan-feedback';
import { scans } from '../scan-source';
import { ScannerSetupScreen } from '../scanner-setup/ScannerSetupScreen';
import { ArrivalDialog } from './ArrivalDialog';
import { CloseReceiptDialog } from './CloseReceiptDialog';
import { handleDockScan, run, type DockScanResult } from './dock-scan';
import { nextStep } from './next-step';
import { ReceiptProgress } from './ReceiptProgress';
import { ScanPanel } from './ScanPanel';
import { StationHeader } from './StationHeader';
import { useDockState, type ActiveReceipt } from './use-dock-state';
import { isUndoKey } from './undo-key';
import { useScans } from './use-scans';
import { useSyncLoop, useSyncStatus } from './use-sync-loop';

/** Camera reads enter the station where wedge scans do, so parsing, feedback and receiving are shared. */
const deliverCameraScan = (raw: string): void => {
  scans.deliver(raw);
};
const startCameraDecoder = () => startCameraDecodeWorker();

/**
 * The dock worker's screen (issue 5, item 6): scan anywhere, see and hear the result, the receipt's progress
 * and the next step always in view. Every dock action (scan, arrival, undo, close) runs a dock command
 * (receiving/dock-commands.ts) through ONE queue, so actions commit in the order the worker made them and
 * journal seq order is action order. ASN files dropped anywhere on it are imported (issue 4, item 4).
 */
export function DockScreen({ services, station }: { services: StationServices; station: StationIdentity }) {
  const loop = useSyncLoop(services, station.stationId);
  const sync = useSyncStatus(loop);
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const [cameraOpen, setCameraOpen] = useState(false);
  const [scannerSetupOpen, setScannerSetupOpen] = useState(false);
  const [arrivalFor, setArrivalFor] = useState<AsnRow | null>(null);
  const [closing, setClosing] = useState<ActiveReceipt | null>(null);
  const [pending, setPending] = useState(0);
  const volume = useVolume(services.db);
  const volumeRef = useRef(volume);
  useEffect(() => {
    volumeRef.current = volume;
  }, [volume]);
  const deps: DockDeps = useMemo(() => ({ db: services.db, station }), [services.db, station]);
  const dock = useDockState(services.db, station.dockDoor);
  const queue = useRef<Promise<void>>(Promise.resolve());

  /** Queues one dock action; its feedback is shown and played when it has committed (or failed). */
  const enqueue = useCallback(
    (action: () => Promise<DockScanResult>): Promise<void> => {
      setPending((n) => n + 1);
      const done = queue.current
        .then(action)
        // Actions report their own failures; this catches a bug, so that one bad action cannot stop every
        // scan queued behind it (a rejected link would skip all later ones).
        .catch((error: unknown) => ({
          feedback: feedbackForFailure('That action', error, Date.now()),
          recorded: false,
        }))
        .then((result) => {
          setFeedback(result.feedback);
          playTone(result.feedback.tone, volumeRef.current);
          if (result.recorded) loop.nudge();
        })
        .finally(() => {
          setPending((n) => n - 1);
        });
      queue.current = done;
      return done;
    },
    [loop],
  );
  const command = useCallback(
    (action: Exclude<DockAction, 'receive' | 'putaway'>, what: string, call: () => Promise<DockOutcome>) =>
      enqueue(() =>
        run(what, Date.now, async () => {
          const outcome = await call();
          return { feedback: feedbackForDock(action, outcome, Date.now()), recorded: outcome.events.length > 0 };
        }),
      ),
    [enqueue],
  );

  const onScan = useCallback(
    (raw: string) => {
      void enqueue(() => handleDockScan(deps, raw));
    },
    [deps, enqueue],
  );
  useScans(onScan);

  const dialogOpen = arrivalFor !== null || closing !== null || scannerSetupOpen;
  const undo = useCallback(() => {
    void command('undo', 'The undo', () => undoLast(deps));
  }, [command, deps]);
  // Ctrl+Z undoes the last dock action when no text field has the focus (there it is the field's own undo).
  // Not F8: scanners are set up to type GS as a function key (scanner-setup.spec.ts uses F8).
  useEffect(() => {
    if (dialogOpen) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (!isUndoKey(event, document.activeElement)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [dialogOpen, undo]);

  const intake = useAsnIntake(services.db, services.bridge);
  const drop = useFileDrop(intake.drop);
  const next = nextStep(
    (dock.receipts ?? []).map((r) => r.receipt),
    dock.awaiting,
    dock.awaitingCount,
  );

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
          <ReceiptProgress
            receipts={dock.receipts ?? []}
            busy={pending > 0}
            onClose={(active) => {
              setClosing(active);
            }}
          />
          <ScanPanel feedback={feedback} next={next}>
            {/* Only while receiving: before that, or with a seal waiting, there is no scan to undo. */}
            {dock.receipts?.some((r) => r.receipt.status === 'receiving') === true && (
              <button
                type="button"
                className="secondary"
                disabled={pending > 0}
                onClick={undo}
                aria-keyshortcuts="Control+Z"
              >
                Undo last <kbd>Ctrl+Z</kbd>
              </button>
            )}
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
        <InboundScreen
          db={services.db}
          intake={intake}
          onRecordArrival={(asn) => {
            setArrivalFor(asn);
          }}
        />
      </main>
      {arrivalFor !== null && (
        <ArrivalDialog
          asn={arrivalFor}
          dockDoor={station.dockDoor}
          onCancel={() => {
            setArrivalFor(null);
          }}
          onConfirm={async (arrival: ArrivalInput) => {
            await command('arrival', `The arrival of ${arrivalFor.asnId}`, () =>
              recordArrival(deps, arrivalFor.asnId, arrival),
            );
            setArrivalFor(null);
          }}
        />
      )}
      {closing !== null && (
        <CloseReceiptDialog
          db={services.db}
          active={closing}
          onCancel={() => {
            setClosing(null);
          }}
          onConfirm={async () => {
            const asnId = closing.receipt.asnId ?? closing.receipt.receiptId;
            await command('close', `Closing ${asnId}`, () => closeReceipt(deps, asnId));
            setClosing(null);
          }}
        />
      )}
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

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { forgetScannerProfile, loadScannerProfile, saveScannerProfile } from '../../db/scanner-profile-store';
import type { DocksideDb } from '../../db/schema';
import { DEFAULT_PROFILE_WORDS } from '../../scanner/profile-words';
import type { ScannerProfile } from '../../scanner/scanner-profile';
import { applyScannerProfile } from '../scan-source';
import { LearnPanel } from './LearnPanel';
import { ProfileLines } from './ProfileLines';
import { TestLabelSheet } from './TestLabelSheet';
import { TestScanBox } from './TestScanBox';
import { useLearning } from './use-learning';
import './scanner-setup.css';

/**
 * Scanner setup, for IT: print the test label, scan it so Dockside learns how this station's keyboard-wedge
 * scanner types (prefix, suffix, end key, GS, AIM identifiers, speed), keep that, and test labels with it.
 * A modal dialog over the dock: the dock stays mounted (sync keeps running) but cannot be reached, and its
 * scans come here until the dialog closes.
 */
export function ScannerSetupScreen({ db, onClose }: { db: DocksideDb; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stored = useLiveQuery(() => loadScannerProfile(db), [db]);
  const { learning, start, cancel } = useLearning();
  const [printing, setPrinting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
    return () => {
      d?.close();
    };
  }, []);

  const keep = async (profile: ScannerProfile | null): Promise<void> => {
    try {
      if (profile === null) await forgetScannerProfile(db);
      else await saveScannerProfile(db, profile);
      const applied = applyScannerProfile(profile);
      cancel();
      setMessage(
        !applied
          ? 'Saved, but the capture could not use these settings; it keeps its defaults. Learn the scanner again.'
          : profile === null
            ? 'Back to the default settings.'
            : 'Saved. Scans on this station now use these settings: test a label below.',
      );
    } catch (error) {
      setMessage(`Could not save the scanner settings: ${String(error)}`);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="scanner-setup"
      aria-labelledby="scanner-setup-title"
      data-testid="scanner-setup"
      onClose={() => {
        // Chromium may close a modal dialog on a repeated Esc without a cancelable cancel event (close watcher
        // rules); follow it, or the dock would think the screen is still open. Our own unmount closes it too.
        if (dialog.current?.open === false) onClose();
      }}
      onCancel={(e) => {
        // Esc: stop listening if a scan is awaited, else close; never let the dialog close itself under React.
        e.preventDefault();
        if (learning.phase === 'listening') cancel();
        else if (printing) setPrinting(false);
        else onClose();
      }}
    >
      <header className="scanner-setup__bar no-print">
        <h1 id="scanner-setup-title">Scanner setup</h1>
        <button type="button" onClick={onClose}>
          Back to the dock
        </button>
      </header>
      {printing ? (
        <TestLabelSheet
          onBack={() => {
            setPrinting(false);
          }}
        />
      ) : (
        <div className="scanner-setup__body">
          <div className="scanner-setup__steps">
            <section className="setup-step" aria-labelledby="step-print">
              <h2 id="step-print">1. Print the test label</h2>
              <p>A GS1-128 and a GS1 DataMatrix with a lot and a serial, separated the way supplier labels are.</p>
              <button
                type="button"
                onClick={() => {
                  setPrinting(true);
                }}
              >
                Show the test label
              </button>
            </section>
            <section className="setup-step" aria-labelledby="step-learn">
              <h2 id="step-learn">2. Scan it</h2>
              <LearnPanel
                learning={learning}
                onStart={() => {
                  setMessage(null);
                  start();
                }}
                onCancel={cancel}
                onSave={(profile) => void keep(profile)}
              />
              {message !== null && (
                <p className="setup-step__message" role="status" data-testid="setup-message">
                  {message}
                </p>
              )}
            </section>
            <section className="setup-step" aria-labelledby="step-test">
              <h2 id="step-test">3. Test a label</h2>
              <TestScanBox />
            </section>
          </div>
          <aside className="scanner-setup__side">
            <section className="setup-step" aria-labelledby="current-title">
              <h2 id="current-title">This station&apos;s scanner</h2>
              {stored === undefined ? (
                <p>Loading…</p>
              ) : stored === null ? (
                <p data-testid="stored-profile">{DEFAULT_PROFILE_WORDS}</p>
              ) : (
                <>
                  <ProfileLines profile={stored} testId="stored-profile" />
                  <p className="setup-step__hint">Learned {new Date(stored.learnedAt).toLocaleString()}.</p>
                  <button type="button" onClick={() => void keep(null)}>
                    Use the default settings instead
                  </button>
                </>
              )}
            </section>
            <section className="setup-step setup-step--note" aria-labelledby="aim-title">
              <h2 id="aim-title">Plain Code 128 labels</h2>
              <p>
                Some suppliers print GS1 data as plain Code 128, without the FNC1 that makes it GS1-128. Dockside reads
                such labels but warns, so the supplier can be told to fix them. It can only tell the two apart when the
                scanner sends AIM symbology identifiers (ISO/IEC 15424: ]C1 for GS1-128, ]C0 for plain Code 128). Turn
                on &quot;AIM ID&quot; or &quot;symbology identifier&quot; transmission in the scanner&apos;s setup; step
                2 shows whether it is on.
              </p>
            </section>
          </aside>
        </div>
      )}
    </dialog>
  );
}

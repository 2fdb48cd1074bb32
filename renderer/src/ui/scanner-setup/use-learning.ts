import { useCallback, useEffect, useRef, useState } from 'react';
import { learnScannerProfile, type LearnResult } from '../../scanner/learn-scanner-profile';
import type { RawKey } from '../../scanner/raw-keys';
import { recordRawKeys } from '../scan-source';

/**
 * Listening for the test label: the capture records raw keys instead of scanning (keyboard-wedge.ts, `record`),
 * and the scan is over once the keys stop. Silence, not the terminator, ends it, because which key ends a
 * scan (if any) is one of the things being learned.
 */
export type Learning =
  | { readonly phase: 'idle' }
  | { readonly phase: 'listening'; readonly receiving: boolean }
  | { readonly phase: 'learned'; readonly result: LearnResult };

/** Quiet after the last key that ends the scan; a wedge's keys are a few ms apart, a stalled PC's < 0.5 s. */
const SILENCE_MS = 700;
/** How long to wait for a first key before saying nothing arrived. */
const NOTHING_MS = 20_000;

export function useLearning(): {
  learning: Learning;
  start: () => void;
  cancel: () => void;
} {
  const [learning, setLearning] = useState<Learning>({ phase: 'idle' });
  const session = useRef<{ stop: () => void; timer: number; keys: RawKey[] } | null>(null);

  const end = useCallback((): RawKey[] | null => {
    const current = session.current;
    if (current === null) return null;
    session.current = null;
    window.clearTimeout(current.timer);
    current.stop();
    return current.keys;
  }, []);

  const finish = useCallback(() => {
    const keys = end();
    if (keys !== null) setLearning({ phase: 'learned', result: learnScannerProfile(keys, new Date()) });
  }, [end]);

  const start = useCallback(() => {
    end();
    const keys: RawKey[] = [];
    const stop = recordRawKeys((key) => {
      const current = session.current;
      // Escape is the person cancelling (the screen handles it), never part of a scan.
      if (current === null || key.key === 'Escape') return;
      if (current.keys.length === 0) setLearning({ phase: 'listening', receiving: true });
      current.keys.push(key);
      window.clearTimeout(current.timer);
      current.timer = window.setTimeout(finish, SILENCE_MS);
    });
    session.current = { stop, keys, timer: window.setTimeout(finish, NOTHING_MS) };
    setLearning({ phase: 'listening', receiving: false });
  }, [end, finish]);

  const cancel = useCallback(() => {
    end();
    setLearning({ phase: 'idle' });
  }, [end]);

  // Leaving the screen mid-scan gives the scanner back to the dock.
  useEffect(
    () => () => {
      end();
    },
    [end],
  );

  return { learning, start, cancel };
}

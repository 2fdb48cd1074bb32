import { useEffect, useRef } from 'react';
import { installKeyboardWedge } from '../../scanner/keyboard-wedge';

/** Listens for scanner bursts wherever the focus is, for as long as the component is mounted. */
export function useKeyboardWedge(onScan: (raw: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);
  useEffect(
    () =>
      installKeyboardWedge(window, {}, (raw) => {
        latest.current(raw);
      }),
    [],
  );
}

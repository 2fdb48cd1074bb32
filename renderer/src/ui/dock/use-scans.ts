import { useEffect, useRef } from 'react';
import { scans } from '../scan-source';

/** Receives every scan, wherever the focus is, for as long as the component is mounted. */
export function useScans(onScan: (raw: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);
  useEffect(
    () =>
      scans.subscribe((raw) => {
        latest.current(raw);
      }),
    [],
  );
}

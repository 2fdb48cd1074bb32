import { useSyncExternalStore } from 'react';

/**
 * Whether the station's page is on screen (Page Visibility, `visibilityState`). The camera is a shared,
 * power-hungry device with a light next to it: a minimised or hidden station must not hold it.
 */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribe, isVisible, () => true);
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => {
    document.removeEventListener('visibilitychange', onChange);
  };
}

function isVisible(): boolean {
  return document.visibilityState === 'visible';
}

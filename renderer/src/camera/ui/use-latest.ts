import { useEffect, useRef, type RefObject } from 'react';

/**
 * The latest value of a callback prop, for effects that must call it without restarting when the parent
 * passes a new function each render (restarting here would reopen the camera).
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}

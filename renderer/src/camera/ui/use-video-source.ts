import { useEffect, type RefObject } from 'react';

/** Shows the stream in the <video> (srcObject cannot be set as a React prop). */
export function useVideoSource(videoRef: RefObject<HTMLVideoElement | null>, stream: MediaStream | null): void {
  useEffect(() => {
    const video = videoRef.current;
    if (!video || !stream) return;
    video.srcObject = stream;
    // Muted video may play without a user gesture (autoplay policy); a rejected play() only means the page
    // went away meanwhile, and the next frame callback never comes; the decode loop's timeout covers it.
    video.play().catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [videoRef, stream]);
}

/**
 * Scan feedback by sound: a short high beep for success, a low double buzz for a problem, so a worker with
 * eyes on the pallet knows the result. Web Audio synthesises them: no audio files to load or to fail.
 */
let context: AudioContext | null = null;

export type Tone = 'success' | 'problem';

export function playTone(tone: Tone): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    const pulses =
      tone === 'success'
        ? [{ at: 0, hz: 1760, ms: 90 }]
        : [
            { at: 0, hz: 220, ms: 160 },
            { at: 0.22, hz: 220, ms: 160 },
          ];
    for (const pulse of pulses) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = tone === 'success' ? 'sine' : 'square';
      oscillator.frequency.value = pulse.hz;
      const start = ctx.currentTime + pulse.at;
      gain.gain.setValueAtTime(0.25, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + pulse.ms / 1000);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + pulse.ms / 1000);
    }
  } catch {
    // No audio device (a headless station, a locked-down PC): the screen still shows the result.
  }
}

import type { FeedbackTone } from '../scan-feedback';

/**
 * Scan feedback by sound, distinct enough to tell apart in a noisy dock without looking: one short high beep
 * for success, two mid beeps for a warning, a low buzz for an error. Web Audio synthesises them, so there
 * are no audio files to load or to fail.
 */
let context: AudioContext | null = null;

interface Pulse {
  readonly at: number;
  readonly hz: number;
  readonly ms: number;
}

const PATTERNS: Record<FeedbackTone, { readonly wave: OscillatorType; readonly pulses: readonly Pulse[] }> = {
  success: { wave: 'sine', pulses: [{ at: 0, hz: 1760, ms: 90 }] },
  warning: {
    wave: 'triangle',
    pulses: [
      { at: 0, hz: 880, ms: 110 },
      { at: 0.16, hz: 880, ms: 110 },
    ],
  },
  error: {
    wave: 'square',
    pulses: [
      { at: 0, hz: 220, ms: 160 },
      { at: 0.22, hz: 220, ms: 160 },
      { at: 0.44, hz: 196, ms: 260 },
    ],
  },
};

/** Plays a tone at `volume` (0 silent … 1 loudest). */
export function playTone(tone: FeedbackTone, volume: number): void {
  if (volume <= 0) return;
  try {
    context ??= new AudioContext();
    const ctx = context;
    const { wave, pulses } = PATTERNS[tone];
    for (const pulse of pulses) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = wave;
      oscillator.frequency.value = pulse.hz;
      const start = ctx.currentTime + pulse.at;
      gain.gain.setValueAtTime(0.4 * Math.min(volume, 1), start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + pulse.ms / 1000);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + pulse.ms / 1000);
    }
  } catch {
    // No audio device (a headless station, a locked-down PC): the screen still shows the result.
  }
}

import type { DecoderName } from './decoder-contract';

/**
 * A forced decoder travels to the worker in its `name` (WorkerOptions.name, readable there as `self.name`)
 * so the worker can choose before the first message arrives. The name also labels the worker in DevTools.
 */
const PREFIX = 'camera-decode';

export function workerNameFor(decoder: DecoderName | undefined): string {
  return decoder === undefined ? PREFIX : `${PREFIX}:${decoder}`;
}

export function forcedDecoderOf(workerName: string): DecoderName | undefined {
  const forced = workerName.startsWith(`${PREFIX}:`) ? workerName.slice(PREFIX.length + 1) : '';
  return forced === 'zxing-wasm' || forced === 'zxing-js' ? forced : undefined;
}

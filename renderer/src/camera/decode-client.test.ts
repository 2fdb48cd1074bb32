import { describe, expect, it } from 'vitest';
import { connectDecodeWorker } from './decode-client';
import type { DecodeRequest, WorkerMessage } from './decode-messages';
import type { FrameDecodeResult } from './decoder-contract';

/** A stand-in for the decode worker: records what the page posts and lets the test answer. */
class FakeWorker extends EventTarget {
  readonly posted: { message: DecodeRequest; transfer: readonly unknown[] }[] = [];
  terminated = false;
  postMessage(message: DecodeRequest, transfer: readonly unknown[]): void {
    this.posted.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: WorkerMessage): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data: message }));
  }
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

function fakeBitmap(): ImageBitmap & { closed: boolean } {
  const bitmap = {
    width: 640,
    height: 480,
    closed: false,
    close() {
      bitmap.closed = true;
    },
  };
  return bitmap;
}

const result = (raw: string): FrameDecodeResult => ({
  symbols: [
    {
      raw,
      symbology: 'code-128',
      corners: [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
        { x: 1, y: 1 },
        { x: 0, y: 1 },
      ],
    },
  ],
  width: 640,
  height: 480,
  decodeMs: 3,
});

function connect() {
  const worker = new FakeWorker();
  return { worker, client: connectDecodeWorker(worker as unknown as Worker) };
}

describe('camera decode client', () => {
  it('reports the decoder the worker started', async () => {
    const { worker, client } = connect();
    worker.answer({ type: 'ready', decoder: 'zxing-wasm' });
    await expect(client.decoder).resolves.toBe('zxing-wasm');
  });

  it('transfers each bitmap and hands every answer to the frame that asked, even out of order', async () => {
    const { worker, client } = connect();
    const [a, b] = [fakeBitmap(), fakeBitmap()];
    const first = client.decode(a);
    const second = client.decode(b);
    expect(worker.posted.map((p) => p.message.bitmap)).toEqual([a, b]);
    expect(worker.posted.map((p) => p.transfer)).toEqual([[a], [b]]);
    const [idA, idB] = worker.posted.map((p) => p.message.id);
    worker.answer({ type: 'result', id: idB ?? -1, result: result('second') });
    worker.answer({ type: 'result', id: idA ?? -1, result: result('first') });
    await expect(first).resolves.toEqual(result('first'));
    await expect(second).resolves.toEqual(result('second'));
  });

  it('rejects one frame the worker could not decode, and keeps going', async () => {
    const { worker, client } = connect();
    const failing = client.decode(fakeBitmap());
    const fine = client.decode(fakeBitmap());
    const [idA, idB] = worker.posted.map((p) => p.message.id);
    worker.answer({ type: 'error', id: idA ?? -1, message: 'decoder broke' });
    worker.answer({ type: 'result', id: idB ?? -1, result: result('ok') });
    await expect(failing).rejects.toThrow('decoder broke');
    await expect(fine).resolves.toEqual(result('ok'));
  });

  it('rejects the decoder when none could start', async () => {
    const { worker, client } = connect();
    worker.answer({ type: 'failed', message: 'no WebAssembly' });
    await expect(client.decoder).rejects.toThrow('no WebAssembly');
  });

  it('fails every waiting frame when the worker dies, and refuses later ones (closing their bitmaps)', async () => {
    const { worker, client } = connect();
    const waiting = client.decode(fakeBitmap());
    worker.crash('script error');
    await expect(waiting).rejects.toThrow('script error');
    await expect(client.decoder).rejects.toThrow('script error');
    const late = fakeBitmap();
    await expect(client.decode(late)).rejects.toThrow('script error');
    expect(late.closed).toBe(true);
  });

  it('close() terminates the worker and rejects frames still in flight', async () => {
    const { worker, client } = connect();
    const waiting = client.decode(fakeBitmap());
    client.close();
    expect(worker.terminated).toBe(true);
    await expect(waiting).rejects.toThrow('closed');
  });
});

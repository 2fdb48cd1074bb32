import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, removeDir, startTestErp, tempDir } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('startDemoErp', () => {
  it('listens on a free loopback port by default and closes cleanly, even with keep-alive connections open', async () => {
    const erp = await startTestErp(dir);
    expect(erp.url).toBe(`http://127.0.0.1:${erp.port}`);
    expect(erp.port).toBeGreaterThan(0);
    expect((await call(`${erp.url}/api/v1/health`)).status).toBe(200);
    const started = Date.now();
    await Promise.all([erp.close(), erp.close()]);
    expect(Date.now() - started).toBeLessThan(1_500);
    await expect(fetch(`${erp.url}/api/v1/health`)).rejects.toThrow();
  });

  it('fails with a clear message when the port is taken, leaving the data directory usable', async () => {
    const first = await startTestErp(dir);
    const otherDir = await tempDir();
    try {
      await expect(startTestErp(otherDir, { port: first.port })).rejects.toThrow(
        `the demo ERP could not listen on 127.0.0.1:${first.port}: the port is already in use`,
      );
      const again = await startTestErp(otherDir);
      await again.close();
    } finally {
      await first.close();
      await removeDir(otherDir);
    }
  });

  it('keeps serving after a client drops a request halfway through its body', async () => {
    const erp = await startTestErp(dir);
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(erp.port, '127.0.0.1', () => {
          socket.write(
            'POST /api/v1/stations/DOCK-01/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
              'Content-Length: 1000\r\n\r\n{"events":[',
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 50);
        });
        socket.on('error', reject);
      });
      expect((await call(`${erp.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await erp.close();
    }
  });
});

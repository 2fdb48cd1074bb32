import { describe, expect, it, vi } from 'vitest';
import { createBridge } from './bridge';
import { IPC_CHANNELS } from './contract';

function bridgeWithFakeInvoke() {
  const invoke = vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args }));
  return { bridge: createBridge(invoke), invoke };
}

describe('createBridge', () => {
  it('exposes exactly the contract: runtimeInfo, pickAsnFiles and erp.{listAsns, postEvents}', () => {
    const { bridge } = bridgeWithFakeInvoke();
    expect(Object.keys(bridge).sort()).toEqual(['erp', 'pickAsnFiles', 'runtimeInfo']);
    expect(Object.keys(bridge.erp).sort()).toEqual(['listAsns', 'postEvents']);
    expect(typeof bridge.runtimeInfo).toBe('function');
    expect(typeof bridge.erp.listAsns).toBe('function');
    expect(typeof bridge.erp.postEvents).toBe('function');
  });

  it('invokes each fixed channel with the request as the only argument', async () => {
    const { bridge, invoke } = bridgeWithFakeInvoke();
    await bridge.runtimeInfo();
    await bridge.erp.listAsns({ cursor: null, limit: 10 });
    await bridge.erp.postEvents({ stationId: 'DOCK-01', batch: { events: [] } });
    await bridge.pickAsnFiles();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.runtimeInfo],
      [IPC_CHANNELS.erpListAsns, { cursor: null, limit: 10 }],
      [IPC_CHANNELS.erpPostEvents, { stationId: 'DOCK-01', batch: { events: [] } }],
      [IPC_CHANNELS.pickAsnFiles],
    ]);
  });

  it('forwards no extra arguments a page might pass', async () => {
    const { bridge, invoke } = bridgeWithFakeInvoke();
    const erp = bridge.erp as unknown as { listAsns(...args: unknown[]): Promise<unknown> };
    await erp.listAsns({ cursor: null, limit: 1 }, 'dockside:erp:post-events', { evil: true });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.erpListAsns, { cursor: null, limit: 1 });
  });

  it('hands back no way to reach invoke or a channel name', () => {
    const { bridge } = bridgeWithFakeInvoke();
    const serialized = JSON.stringify(bridge, (_key, value: unknown) => (typeof value === 'function' ? 'fn' : value));
    expect(serialized).toBe('{"runtimeInfo":"fn","erp":{"listAsns":"fn","postEvents":"fn"},"pickAsnFiles":"fn"}');
  });
});

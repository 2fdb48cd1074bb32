import { receivedContentOf } from '../renderer/src/domain/received-content';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type RuntimeInfo } from '../preload/contract';
import type { ErpPort } from '../renderer/src/domain/erp-port';
import type { UnitReceived } from '../renderer/src/domain/receiving-event';
import { sampleAsn } from '../test/fakes/sample-asn';
import { registerBridgeHandlers } from './bridge-handlers';
import { createIpcRegistrar } from './ipc';
import { checkIpcSender } from './policy/ipc-sender';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const runtime: RuntimeInfo = {
  platform: 'electron',
  appVersion: '0.1.0',
  erp: { mode: 'demo', baseUrl: 'http://127.0.0.1:4010' },
  suggestedStation: { siteId: 'DEMO-DC1', stationId: 'DOCK-01', dockDoor: 'D1' },
};

function wire() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  const erp = {
    listAsns: vi.fn<ErpPort['listAsns']>(() =>
      Promise.resolve({ ok: true, value: { items: [], nextCursor: '0', hasMore: false } }),
    ),
    postEvents: vi.fn<ErpPort['postEvents']>(() =>
      Promise.resolve({ ok: false, error: { kind: 'unreachable', message: 'offline', retryable: true } }),
    ),
  };
  const pickAsnFiles = vi.fn(() => Promise.resolve([{ name: 'a.edi', text: 'ISA*' }]));
  registerBridgeHandlers(createIpcRegistrar(ipcMain, checkIpcSender, { log: () => undefined }), {
    runtimeInfo: () => runtime,
    erp,
    pickAsnFiles,
  });
  const mainFrame = { url: 'app://dockside/' };
  const app = { sender: { mainFrame }, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
  const invoke = (channel: string, ...args: unknown[]): Promise<unknown> =>
    Promise.resolve(handlers.get(channel)?.(app, ...args));
  const other = { sender: { mainFrame: { url: 'app://dockside/' } }, senderFrame: { url: 'https://evil.example/' } };
  const invokeFromOther = (channel: string, ...args: unknown[]): Promise<unknown> =>
    Promise.resolve(handlers.get(channel)?.(other as unknown as IpcMainInvokeEvent, ...args));
  return { handlers, erp, invoke, invokeFromOther, pickAsnFiles };
}

function unitReceived(): UnitReceived {
  const asn = sampleAsn('ASN-1', 1);
  const line = asn.lines[0];
  if (!line) throw new Error('sample ASN has no line');
  return {
    eventId: '0193a5b2-7c1e-7a00-8000-000000000001',
    schemaVersion: 1,
    station: { siteId: 'DEMO-DC1', stationId: 'DOCK-01', dockDoor: 'D1' },
    seq: 1,
    occurredAt: '2026-11-23T09:00:00Z',
    operator: 'op-7',
    type: 'unit.received',
    asnId: asn.asnId,
    asnVersion: 1,
    sscc: line.sscc,
    units: [line.sscc],
    contents: [receivedContentOf(line)],
  };
}

describe('registerBridgeHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...wire().handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers runtimeInfo with no payload and refuses one', async () => {
    const { invoke } = wire();
    await expect(invoke(IPC_CHANNELS.runtimeInfo)).resolves.toEqual(runtime);
    await expect(invoke(IPC_CHANNELS.runtimeInfo, { sneaky: true })).rejects.toThrow(/invalid payload/);
  });

  it('passes a valid listAsns request to the ERP and its result back', async () => {
    const { invoke, erp } = wire();
    await expect(invoke(IPC_CHANNELS.erpListAsns, { cursor: 'c1', limit: 100 })).resolves.toEqual({
      ok: true,
      value: { items: [], nextCursor: '0', hasMore: false },
    });
    expect(erp.listAsns).toHaveBeenCalledWith({ cursor: 'c1', limit: 100 });
  });

  it.each([
    { cursor: null, limit: 0 },
    { cursor: null, limit: 1001 },
    { cursor: null, limit: 1.5 },
    { cursor: 'x'.repeat(1025), limit: 10 },
    { cursor: null },
    { cursor: null, limit: 10, baseUrl: 'https://evil.example' },
  ])('refuses the listAsns request %o', async (request) => {
    const { invoke, erp } = wire();
    await expect(invoke(IPC_CHANNELS.erpListAsns, request)).rejects.toThrow(/invalid payload/);
    expect(erp.listAsns).not.toHaveBeenCalled();
  });

  it('passes a valid event batch to the ERP; failures come back as values', async () => {
    const { invoke, erp } = wire();
    const request = { stationId: 'DOCK-01', batch: { events: [unitReceived()] } };
    await expect(invoke(IPC_CHANNELS.erpPostEvents, request)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'unreachable' },
    });
    expect(erp.postEvents).toHaveBeenCalledWith(request);
  });

  it.each([
    ['an empty batch', { stationId: 'DOCK-01', batch: { events: [] } }],
    ['no station', { batch: { events: [unitReceived()] } }],
    ['an empty station', { stationId: '', batch: { events: [unitReceived()] } }],
    [
      'a bad SSCC check digit',
      { stationId: 'DOCK-01', batch: { events: [{ ...unitReceived(), sscc: '000000000000000001' }] } },
    ],
    [
      'an unknown event type',
      { stationId: 'DOCK-01', batch: { events: [{ ...unitReceived(), type: 'unit.deleted' }] } },
    ],
    ['an upper-case event id', { stationId: 'DOCK-01', batch: { events: [{ ...unitReceived(), eventId: 'ABC' }] } }],
    ['an extra top-level key', { stationId: 'DOCK-01', batch: { events: [unitReceived()] }, apiKey: 'x' }],
  ])('refuses a postEvents request with %s', async (_label, request) => {
    const { invoke, erp } = wire();
    await expect(invoke(IPC_CHANNELS.erpPostEvents, request)).rejects.toThrow(/invalid payload/);
    expect(erp.postEvents).not.toHaveBeenCalled();
  });

  it('answers pickAsnFiles with the chosen files, takes no payload, and refuses other senders', async () => {
    const { invoke, invokeFromOther, pickAsnFiles } = wire();
    await expect(invoke(IPC_CHANNELS.pickAsnFiles)).resolves.toEqual([{ name: 'a.edi', text: 'ISA*' }]);
    await expect(invoke(IPC_CHANNELS.pickAsnFiles, { path: '/etc/passwd' })).rejects.toThrow(/invalid payload/);
    await expect(invokeFromOther(IPC_CHANNELS.pickAsnFiles)).rejects.toThrow(/refused/);
    expect(pickAsnFiles).toHaveBeenCalledTimes(1);
  });
});

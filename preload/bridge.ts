import { IPC_CHANNELS, type DocksideBridge, type IpcChannel, type PickedAsnFile, type RuntimeInfo } from './contract';
import type { AsnPageV1 } from '../renderer/src/domain/asn-wire';
import type { ErpResult } from '../renderer/src/domain/erp-port';
import type { EventBatchResponseV1 } from '../renderer/src/domain/receiving-event';

/** `ipcRenderer.invoke`, narrowed to the contract's channels. */
export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/**
 * The bridge object the preload exposes: one method per capability, each one `ipcRenderer.invoke` on a fixed
 * channel with exactly the caller's request as the only argument (ARCHITECTURE.md, "Boundaries", rule 2).
 * `invoke` is closed over and never returned: handing the page ipcRenderer, or a function that takes a channel
 * name, would let it call any channel (Electron security checklist, "Do not expose Electron APIs to untrusted
 * web content"; Electron docs, "Context Isolation", security considerations).
 */
export function createBridge(invoke: Invoke): DocksideBridge {
  return {
    runtimeInfo: () => invoke(IPC_CHANNELS.runtimeInfo) as Promise<RuntimeInfo>,
    erp: {
      listAsns: (request) => invoke(IPC_CHANNELS.erpListAsns, request) as Promise<ErpResult<AsnPageV1>>,
      postEvents: (request) => invoke(IPC_CHANNELS.erpPostEvents, request) as Promise<ErpResult<EventBatchResponseV1>>,
    },
    pickAsnFiles: () => invoke(IPC_CHANNELS.pickAsnFiles) as Promise<readonly PickedAsnFile[]>,
  } satisfies DocksideBridge;
}

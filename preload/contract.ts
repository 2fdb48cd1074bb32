import type { ErpPort } from '../renderer/src/domain/erp-port';

/**
 * The one bridge between the renderer and whatever hosts it. The preload exposes exactly one object of this
 * type (as `window.dockside`) in the desktop app; the web build implements the same type over HTTP.
 * Types and channel names only: nothing here may run code.
 */
export interface RuntimeInfo {
  readonly platform: 'electron' | 'web';
  readonly appVersion: string;
  /** `demo`: the embedded demo ERP, started because no ERP is configured. */
  readonly erp: { readonly mode: 'demo' | 'configured'; readonly baseUrl: string };
  /** Station identity proposed on first start (prefilled in demo mode, or set centrally by IT). */
  readonly suggestedStation: { readonly siteId: string; readonly stationId: string; readonly dockDoor: string } | null;
}

export interface DocksideBridge {
  runtimeInfo(): Promise<RuntimeInfo>;
  readonly erp: ErpPort;
}

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'dockside';

/** IPC channels behind the bridge; only the preload and main's registrar use these names. */
export const IPC_CHANNELS = {
  runtimeInfo: 'dockside:runtime-info',
  erpListAsns: 'dockside:erp:list-asns',
  erpPostEvents: 'dockside:erp:post-events',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

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

/** A file the receiver chose: its text, or why it could not be read (too big, not UTF-8, unreadable). */
export type PickedAsnFile =
  { readonly name: string; readonly text: string } | { readonly name: string; readonly error: string };

export interface DocksideBridge {
  runtimeInfo(): Promise<RuntimeInfo>;
  readonly erp: ErpPort;
  /**
   * Opens the system's file dialog for ASN files (X12 856, EDIFACT DESADV, CSV, JSON), several at once, and
   * returns each chosen file's text, or an empty list when the receiver cancels. Files come through the host
   * (main process in the desktop app), so the renderer never holds a path or a filesystem handle.
   */
  pickAsnFiles(): Promise<readonly PickedAsnFile[]>;
}

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'dockside';

/** IPC channels behind the bridge; only the preload and main's registrar use these names. */
export const IPC_CHANNELS = {
  runtimeInfo: 'dockside:runtime-info',
  erpListAsns: 'dockside:erp:list-asns',
  erpPostEvents: 'dockside:erp:post-events',
  pickAsnFiles: 'dockside:files:pick-asn-files',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

import { BRIDGE_GLOBAL, type DocksideBridge } from '../../../preload/contract';
import { createWebBridge } from './web-bridge';

/** The desktop app's preload exposes the bridge; without it we are the web build. */
export async function connectBridge(): Promise<DocksideBridge> {
  const exposed = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as DocksideBridge | undefined;
  return exposed ?? createWebBridge();
}

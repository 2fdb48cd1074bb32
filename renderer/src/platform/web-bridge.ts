import { z } from 'zod';
import type { DocksideBridge, RuntimeInfo } from '../../../preload/contract';
import { createHttpErpClient } from '../sync/http-erp-client';
import { pickFilesWithInput } from './web-file-picker';

/**
 * The bridge for the web build: the page talks to the ERP itself (the demo ERP allows loopback origins).
 * The host that serves the page says which ERP to use in `dockside-runtime.json`, next to index.html.
 */
const WebRuntime = z.object({
  appVersion: z.string(),
  erp: z.object({ mode: z.enum(['demo', 'configured']), baseUrl: z.url() }),
  suggestedStation: z.object({ siteId: z.string(), stationId: z.string(), dockDoor: z.string() }).nullable(),
});

export async function createWebBridge(fetchImpl: typeof fetch = fetch): Promise<DocksideBridge> {
  const response = await fetchImpl('./dockside-runtime.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`The web host did not say which ERP to use (dockside-runtime.json answered ${response.status})`);
  }
  const parsed = WebRuntime.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`dockside-runtime.json is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  const runtime: RuntimeInfo = { platform: 'web', ...parsed.data };
  const erp = createHttpErpClient({ baseUrl: runtime.erp.baseUrl, correlationId: () => crypto.randomUUID() });
  return {
    runtimeInfo: () => Promise.resolve(runtime),
    erp,
    pickAsnFiles: () => pickFilesWithInput(),
  } satisfies DocksideBridge;
}

import type { RuntimeInfo } from '../../preload/contract';
import type { StationConfig } from './station-config';

/**
 * Which ERP the app uses this run, and what the renderer is told about it. With no ERP configured the
 * embedded demo ERP (main/demo-erp) starts in-process on a free loopback port: the app is usable out of the
 * box, as a training mode, and says so (RuntimeInfo.erp.mode 'demo').
 */
export const DEMO_STATION = { siteId: 'DEMO-DC1', stationId: 'DOCK-01', dockDoor: 'D1' } as const;

/** The shape of main/demo-erp/server's startDemoErp, so this module and its tests do not depend on it. */
export type DemoErpStarter = (options: {
  port?: number;
  host?: string;
  dataDir: string;
  allowedOrigins?: readonly string[];
}) => Promise<{ url: string; port: number; close(): Promise<void> }>;

export interface ErpRuntime {
  readonly erp: RuntimeInfo['erp'];
  readonly suggestedStation: RuntimeInfo['suggestedStation'];
  /** Stops the demo ERP, if one was started. */
  close(): Promise<void>;
}

export async function startErpRuntime(options: {
  readonly config: StationConfig;
  readonly startDemo: DemoErpStarter;
  readonly demoDataDir: string;
}): Promise<ErpRuntime> {
  const { config } = options;
  if (config.erpUrl !== null) {
    return {
      erp: { mode: 'configured', baseUrl: config.erpUrl },
      suggestedStation: config.station,
      close: () => Promise.resolve(),
    };
  }
  // Loopback only and port 0: the OS picks a free port and nothing off this machine can reach the demo.
  // No allowedOrigins: main calls it from Node, which sends no Origin header.
  const demo = await options.startDemo({ host: '127.0.0.1', port: 0, dataDir: options.demoDataDir });
  return {
    erp: { mode: 'demo', baseUrl: demo.url },
    suggestedStation: config.station ?? DEMO_STATION,
    close: () => demo.close(),
  };
}

export function runtimeInfo(appVersion: string, runtime: Pick<ErpRuntime, 'erp' | 'suggestedStation'>): RuntimeInfo {
  return { platform: 'electron', appVersion, erp: runtime.erp, suggestedStation: runtime.suggestedStation };
}

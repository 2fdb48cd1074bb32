import { startWebStation } from './web-station';

/**
 * Runs the web station for a person at a terminal until Ctrl+C: on demo data unless DOCKSIDE_ERP_URL names an
 * ERP, on DOCKSIDE_WEB_PORT if set. Used by `npm run start:web` and by `npm start` where Electron cannot run.
 */
export async function runWebStationUntilStopped(): Promise<void> {
  const erpUrl = process.env['DOCKSIDE_ERP_URL'];
  const station = await startWebStation({
    port: Number(process.env['DOCKSIDE_WEB_PORT'] ?? 0),
    ...(erpUrl ? { erpUrl } : {}),
  });
  console.log(`Dockside web station: ${station.url}`);
  console.log(
    station.erpMode === 'demo'
      ? `Running on DEMO DATA: the built-in demo ERP is at ${station.erpUrl} (ledger: ${new URL('api/v1/ledger', `${station.erpUrl}/`).href})`
      : `ERP: ${station.erpUrl}`,
  );
  console.log('Open the address above in Chromium or Chrome. Press Ctrl+C to stop.');
  const stop = (): void => {
    void station.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

import { startWebStation } from './web-station';

/** `npm run start:web`: the station in a browser, on demo data unless DOCKSIDE_ERP_URL names an ERP. */
const erpUrl = process.env['DOCKSIDE_ERP_URL'];
const port = Number(process.env['DOCKSIDE_WEB_PORT'] ?? 0);
const station = await startWebStation({ port, ...(erpUrl ? { erpUrl } : {}) });
console.log(`Dockside web station: ${station.url}`);
console.log(
  station.erpMode === 'demo'
    ? `Running on DEMO DATA: the built-in demo ERP is at ${station.erpUrl} (ledger: ${new URL('api/v1/ledger', `${station.erpUrl}/`).href})`
    : `ERP: ${station.erpUrl}`,
);
console.log('Open the address above in Chromium or Chrome. Press Ctrl+C to stop.');
const stop = (): void => {
  void station.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

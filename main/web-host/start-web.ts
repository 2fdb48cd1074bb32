import { runWebStationUntilStopped } from './run-web-station';

/** `npm run start:web`: the station in a browser, with the demo ERP unless DOCKSIDE_ERP_URL names an ERP. */
await runWebStationUntilStopped();

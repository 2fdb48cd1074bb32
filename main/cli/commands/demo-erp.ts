import { resolve } from 'node:path';
import { startDemoErp } from '../../demo-erp/server';
import type { Command } from '../command';
import { EXIT_OK } from '../command';
import { parseFlags, parsePort } from '../flags';

const DEFAULT_DEMO_ERP_PORT = 8790;
const DEFAULT_DATA_DIR = '.dockside-data/demo-erp';

export const demoErpCommand: Command = {
  name: 'demo-erp',
  summary: 'Run the demo ERP (API v1, seeded ASNs, durable ledger) until Ctrl+C',
  usage: [
    `[--port N (default ${DEFAULT_DEMO_ERP_PORT}, 0 = any free)] [--host 127.0.0.1] [--data-dir ${DEFAULT_DATA_DIR}]`,
  ],
  async run(args, { stdout, cwd, untilStopped }) {
    const flags = parseFlags(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    const dataDir = resolve(cwd, flags['data-dir'] ?? DEFAULT_DATA_DIR);
    const erp = await startDemoErp({
      port: parsePort(flags.port, DEFAULT_DEMO_ERP_PORT),
      host: flags.host ?? '127.0.0.1',
      dataDir,
    });
    stdout(`Demo ERP listening on ${erp.url} (ledger: ${dataDir})\n`);
    const signal = await untilStopped();
    stdout(`Demo ERP stopping (${signal})\n`);
    await erp.close();
    return EXIT_OK;
  },
};

import type { Command } from './command';
import { demoErpCommand } from './commands/demo-erp';
import { helpCommand } from './commands/help';
import { importAsnCommand } from './commands/import-asn';
import { ledgerCommand } from './commands/ledger';
import { openapiCommand } from './commands/openapi';
import { parseScanCommand } from './commands/parse-scan';

/** Every CLI command, in the order `help` lists them. A new command is a file in commands/ and a line here. */
export const commands: readonly Command[] = [
  helpCommand,
  demoErpCommand,
  ledgerCommand,
  openapiCommand,
  parseScanCommand,
  importAsnCommand,
];

import { buildOpenApiDocument } from '../../demo-erp/openapi';
import type { Command } from '../command';
import { EXIT_OK } from '../command';
import { parseFlags } from '../flags';

export const openapiCommand: Command = {
  name: 'openapi',
  summary: 'Print the OpenAPI 3.1 document of integration API v1 (docs/api/openapi.json)',
  usage: ['', '> docs/api/openapi.json   (then: npx prettier --write docs/api/openapi.json)'],
  run(args, { stdout }) {
    parseFlags(args, {});
    stdout(`${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
    return Promise.resolve(EXIT_OK);
  },
};

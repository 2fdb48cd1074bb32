import type { Command } from '../command';
import { EXIT_FAILURE, EXIT_OK } from '../command';
import { parseFlags, parseHttpUrl } from '../flags';

export const ledgerCommand: Command = {
  name: 'ledger',
  summary: "Print an ERP's ledger (GET /api/v1/ledger) as JSON",
  usage: ['--erp URL [--station ID]'],
  async run(args, { stdout, stderr }) {
    const flags = parseFlags(args, { erp: { type: 'string' }, station: { type: 'string' } });
    const url = new URL('api/v1/ledger', ensureTrailingSlash(parseHttpUrl(flags.erp, '--erp')));
    if (flags.station !== undefined) url.searchParams.set('stationId', flags.station);
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      stderr(`Could not reach the ERP at ${url.origin}: ${cause}\n`);
      return EXIT_FAILURE;
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      stderr(`The ERP answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}\n`);
      return EXIT_FAILURE;
    }
    if (!response.ok) {
      const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : text;
      stderr(`The ERP answered ${response.status}: ${message}\n`);
      return EXIT_FAILURE;
    }
    stdout(`${JSON.stringify(body, null, 2)}\n`);
    return EXIT_OK;
  },
};

/** So that an ERP mounted under a path (http://host/erp) keeps it when the API path is resolved against it. */
function ensureTrailingSlash(url: URL): URL {
  const copy = new URL(url);
  if (!copy.pathname.endsWith('/')) copy.pathname += '/';
  return copy;
}

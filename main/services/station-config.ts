import path from 'node:path';
import { z } from 'zod';
import { StationRef } from '../../renderer/src/domain/receiving-event';
import { parseUrl } from '../policy/app-origin';

/**
 * Which ERP this station talks to, and who it is, as IT sets it up:
 * 1. `DOCKSIDE_ERP_URL` in the environment (a login script, a shortcut), else
 * 2. `station-config.json` in the app's userData folder: `{ "erpUrl"?, "siteId"?, "stationId"?, "dockDoor"? }`,
 * 3. else nothing: the app runs on its embedded demo ERP.
 * A file that exists but is wrong stops the app with a message naming the file and the problem: silently
 * falling back to demo data on a real dock would be worse than not starting.
 *
 * Pure: the file system and environment are passed in.
 */
export const STATION_CONFIG_FILE = 'station-config.json';
export const ERP_URL_ENV = 'DOCKSIDE_ERP_URL';

/** An ERP base URL: http(s), no credentials (they belong in safeStorage), no query or fragment. */
export const ErpUrl = z.string().refine((value) => {
  const url = parseUrl(value);
  return (
    url !== null &&
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === ''
  );
}, 'must be an http(s) URL without user name, password, query or fragment');

const StationConfigFile = z.strictObject({
  erpUrl: ErpUrl.optional(),
  siteId: StationRef.shape.siteId.optional(),
  stationId: StationRef.shape.stationId.optional(),
  dockDoor: StationRef.shape.dockDoor.optional(),
});

export interface StationConfig {
  readonly erpUrl: string | null;
  /** Where erpUrl came from, for the log line at startup. */
  readonly erpUrlSource: 'env' | 'file' | 'none';
  /** The station identity IT set, when all three parts are given. */
  readonly station: StationRef | null;
}

export interface StationConfigSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly userDataDir: string;
  /** Reads a UTF-8 file; rejects with `code: 'ENOENT'` when it does not exist (as node:fs/promises does). */
  readonly readFile: (file: string) => Promise<string>;
}

export class StationConfigError extends Error {
  override readonly name = 'StationConfigError';
}

export async function loadStationConfig(sources: StationConfigSources): Promise<StationConfig> {
  const file = path.join(sources.userDataDir, STATION_CONFIG_FILE);
  const fromFile = await readConfigFile(file, sources.readFile);

  const envUrl = sources.env[ERP_URL_ENV]?.trim();
  if (envUrl !== undefined && envUrl !== '') {
    const parsed = ErpUrl.safeParse(envUrl);
    if (!parsed.success) {
      throw new StationConfigError(`${ERP_URL_ENV}=${JSON.stringify(envUrl)} ${parsed.error.issues[0]?.message ?? ''}`);
    }
  }
  const erpUrl = envUrl || fromFile.erpUrl || null;
  const { siteId, stationId, dockDoor } = fromFile;
  return {
    erpUrl,
    erpUrlSource: envUrl ? 'env' : fromFile.erpUrl ? 'file' : 'none',
    station: siteId && stationId && dockDoor ? { siteId, stationId, dockDoor } : null,
  };
}

async function readConfigFile(
  file: string,
  readFile: StationConfigSources['readFile'],
): Promise<z.infer<typeof StationConfigFile>> {
  let text: string;
  try {
    text = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return {};
    throw new StationConfigError(`Cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StationConfigError(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = StationConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
    throw new StationConfigError(`${file}: ${where}${issue?.message ?? 'is not a valid station configuration'}`);
  }
  return parsed.data;
}

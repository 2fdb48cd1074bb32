import { parseArgs } from 'node:util';
import { UsageError } from './command';

/**
 * Flag parsing for commands: node:util parseArgs in strict mode (unknown flags and stray arguments are errors),
 * with its errors turned into UsageError so the CLI answers them with exit code 2.
 */
type StringFlags = Record<string, { readonly type: 'string'; readonly short?: string }>;

export function parseFlags<T extends StringFlags>(args: readonly string[], flags: T): Partial<Record<keyof T, string>> {
  try {
    const { values } = parseArgs({ args: [...args], options: flags, strict: true, allowPositionals: false });
    return values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65_535)
    throw new UsageError(`--port must be a number from 0 to 65535, got "${text}"`);
  return port;
}

export function parseHttpUrl(text: string | undefined, flag: string): URL {
  if (text === undefined) throw new UsageError(`${flag} is required`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${flag} must be a URL such as http://127.0.0.1:8790, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${flag} must be an http(s) URL, got "${text}"`);
  return url;
}

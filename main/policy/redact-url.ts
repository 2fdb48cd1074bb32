/**
 * A URL as it may appear in a log line: scheme and host only. Paths and queries can carry tokens or operator
 * data, and a hostile page chooses them.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(unparseable URL)';
  }
}

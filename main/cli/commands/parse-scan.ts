import { parseArgs } from 'node:util';
import { parseScan } from '../../../renderer/src/domain/gs1/parse-scan';
import type { ScanPattern, ScanResult } from '../../../renderer/src/domain/gs1/scan-types';
import type { Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../command';

/**
 * `parse-scan <raw>` / `parse-scan -` (stdin): runs one scan through the GS1 parser and prints one JSON object.
 * GS (ASCII 29) may be given literally (stdin, or $'\x1d' in bash), or on the command line as one of the visible
 * escapes \x1d, <GS> or {GS}. Exit 0 when the scan is valid, 1 when not, 2 for a usage mistake.
 */
export const parseScanCommand: Command = {
  name: 'parse-scan',
  summary: 'Parse one barcode scan (GS1 element string, AIM prefix, bracketed, Digital Link, EAN/UPC/ITF) as JSON',
  usage: [
    '<raw> | -   [--location REGEX] [--command REGEX] [--reference-date YYYY-MM-DD]',
    '- reads the scan from stdin; GS is ASCII 29 or one of the escapes \\x1d, <GS>, {GS}',
  ],
  async run(args, { stdout }) {
    const { values, positionals } = readArgs(args);
    if (positionals.length !== 1 || positionals[0] === undefined) {
      throw new UsageError('give exactly one scan, or - to read it from stdin');
    }
    const raw = positionals[0] === '-' ? await readStdin() : positionals[0];
    const patterns: ScanPattern[] = [];
    if (values.location !== undefined) patterns.push(pattern('location', values.location));
    if (values.command !== undefined) patterns.push(pattern('command', values.command));
    const referenceDate = parseReferenceDate(values['reference-date']);
    const result = parseScan(unescapeGs(raw), referenceDate ? { patterns, referenceDate } : { patterns });
    stdout(`${JSON.stringify(toJson(result), null, 2)}\n`);
    return result.valid ? EXIT_OK : EXIT_FAILURE;
  },
};

function readArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        location: { type: 'string' },
        command: { type: 'string' },
        'reference-date': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The visible spellings of GS people type on a command line. */
export function unescapeGs(text: string): string {
  return text.replace(/\\x1d|<GS>|\{GS\}/gi, '\u001d');
}

function pattern(kind: 'location' | 'command', source: string): ScanPattern {
  try {
    return { name: kind, kind, pattern: new RegExp(source) };
  } catch {
    throw new UsageError(`--${kind} is not a valid regular expression: ${source}`);
  }
}

function parseReferenceDate(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--reference-date must be YYYY-MM-DD, got "${text}"`);
  }
  return date;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The documented CLI shape: decoded facts at the top level next to `elements`. */
function toJson(result: ScanResult): Record<string, unknown> {
  const symbology = { symbology: result.symbology.name, aim: result.symbology.aim };
  if (!result.valid) return { valid: false, ...symbology, error: result.error };
  if (result.kind === 'other') {
    return { valid: true, kind: result.kind, ...symbology, data: result.data, elements: [], warnings: result.warnings };
  }
  if (result.kind !== 'gs1') {
    return { valid: true, kind: result.kind, ...symbology, pattern: result.pattern, code: result.code, elements: [] };
  }
  return {
    valid: true,
    kind: result.kind,
    form: result.form,
    ...symbology,
    elements: result.elements,
    ...result.facts,
    pairingIssues: result.pairingIssues,
    warnings: result.warnings,
  };
}

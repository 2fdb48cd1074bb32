import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AsnFileFormat, AsnImportError } from '../../../renderer/src/domain/asn/asn-importer';
import type { CsvImportOptions } from '../../../renderer/src/domain/asn/csv/csv-importer';
import type { CsvColumn } from '../../../renderer/src/domain/asn/csv/columns';
import { CSV_COLUMNS, isCsvColumn } from '../../../renderer/src/domain/asn/csv/columns';
import { importAsnFile } from '../../../renderer/src/domain/asn/importers';
import type { Command, CommandContext } from '../command';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../command';
import { decodeFileText } from '../../../renderer/src/domain/file-text';

/**
 * `import-asn <file> [--format x12|edifact|csv|json]` (issue 4, item 3): reads an ASN file through the same
 * importers and validation as the station, prints `{ ok, format, asns }` as JSON with each ASN's warnings, and
 * stores nothing. A rejected file prints `{ ok: false, format, errors }` on stdout (as parse-scan prints an
 * invalid scan) and the errors as a readable list on stderr, exit 1; a file that cannot be read at all (missing,
 * too big, not UTF-8) is reported the same way, with code `file`. Exit 2 for a usage mistake.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const FORMATS: Readonly<Record<string, AsnFileFormat>> = {
  x12: 'x12-856',
  edifact: 'edifact-desadv',
  csv: 'csv',
  json: 'json',
};

export const importAsnCommand: Command = {
  name: 'import-asn',
  summary: 'Read an ASN file (X12 856, EDIFACT DESADV, CSV packing list, canonical JSON) and print it as JSON',
  usage: [
    '<file> [--format x12|edifact|csv|json]',
    '<file.csv> [--delimiter ,|;|tab] [--decimal-separator .|,] [--date-order dmy|mdy] [--default-uom EA]',
    '<file.csv> --column "Partner header=column" … (columns: docs/asn-csv-format.md); stores nothing',
  ],
  async run(args, context) {
    const { values, positionals } = readArgs(args);
    const [path, ...extra] = positionals;
    if (path === undefined || extra.length > 0) throw new UsageError('give exactly one ASN file');
    const format = values.format === undefined ? undefined : FORMATS[values.format];
    if (values.format !== undefined && format === undefined) {
      throw new UsageError(`--format must be x12, edifact, csv or json, not "${values.format}"`);
    }
    const csv = csvOptions(values);
    const fileName = basename(path);
    const text = await readText(resolve(context.cwd, path));
    if (typeof text !== 'string') return reject(context, fileName, format ?? null, [text]);
    const result = importAsnFile({ text, fileName }, format, { csv });
    if (!result.ok) return reject(context, fileName, result.format, result.errors);
    context.stdout(`${JSON.stringify({ ok: true, format: result.format, asns: result.asns }, null, 2)}\n`);
    const warnings = result.asns.reduce((sum, asn) => sum + asn.warnings.length, 0);
    const asnCount = `${result.asns.length} ASN${result.asns.length === 1 ? '' : 's'}`;
    context.stderr(
      `import-asn: ${fileName}: ${asnCount} read as ${result.format}, ${warnings} warning(s); nothing stored\n`,
    );
    return EXIT_OK;
  },
};

function readArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        format: { type: 'string' },
        delimiter: { type: 'string' },
        'decimal-separator': { type: 'string' },
        'date-order': { type: 'string' },
        'default-uom': { type: 'string' },
        column: { type: 'string', multiple: true },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

type Values = ReturnType<typeof readArgs>['values'];

function csvOptions(values: Values): CsvImportOptions {
  const delimiters = { ',': ',', ';': ';', tab: '\t', '\t': '\t' } as const;
  const delimiter =
    values.delimiter === undefined ? undefined : delimiters[values.delimiter as keyof typeof delimiters];
  if (values.delimiter !== undefined && delimiter === undefined) throw new UsageError('--delimiter must be , ; or tab');
  const separator = values['decimal-separator'];
  if (separator !== undefined && separator !== '.' && separator !== ',') {
    throw new UsageError('--decimal-separator must be . or ,');
  }
  const order = values['date-order'];
  if (order !== undefined && order !== 'dmy' && order !== 'mdy')
    throw new UsageError('--date-order must be dmy or mdy');
  const columns: Record<string, CsvColumn | 'ignore'> = {};
  for (const pair of values.column ?? []) {
    const at = pair.lastIndexOf('=');
    const column = pair.slice(at + 1).trim();
    if (at > 0 && (column === 'ignore' || isCsvColumn(column))) {
      columns[pair.slice(0, at)] = column;
      continue;
    }
    throw new UsageError(
      `--column takes "Partner header=column" with a column among ${CSV_COLUMNS.join(', ')} or ignore`,
    );
  }
  return {
    ...(delimiter ? { delimiter } : {}),
    ...(separator ? { decimalSeparator: separator } : {}),
    ...(order ? { dateOrder: order } : {}),
    ...(values['default-uom'] ? { defaultUom: values['default-uom'] } : {}),
    ...(Object.keys(columns).length > 0 ? { columns } : {}),
  };
}

/** The file's text, or the reason it cannot be read: checked before reading, so a huge file is never loaded. */
async function readText(path: string): Promise<string | AsnImportError> {
  const problem = (message: string): AsnImportError => ({ code: 'file', message });
  try {
    const info = await stat(path);
    if (!info.isFile()) return problem(`${path} is not a file.`);
    if (info.size > MAX_FILE_BYTES) {
      return problem(
        `${path} is ${(info.size / 1024 / 1024).toFixed(1)} MB; ASN files up to ${MAX_FILE_BYTES / 1024 / 1024} MB are read.`,
      );
    }
    // The station's own decoding (UTF-8, UTF-16 by BOM, EDIFACT by its declared UNB character set), so the CLI
    // reads a file exactly as a drop on the inbound screen does.
    const decoded = decodeFileText(path, await readFile(path));
    return decoded.ok ? decoded.text : problem(decoded.error);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem(`${path} does not exist.`);
    if (code === 'EACCES' || code === 'EPERM') return problem(`${path} cannot be read: permission denied.`);
    return problem(`${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function where(error: AsnImportError): string {
  const parts = [error.at?.line === undefined ? '' : `line ${error.at.line}`, error.at?.tag ?? ''].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function reject(
  { stdout, stderr }: CommandContext,
  fileName: string,
  format: AsnFileFormat | null,
  errors: readonly AsnImportError[],
): number {
  stdout(`${JSON.stringify({ ok: false, format, errors }, null, 2)}\n`);
  const list = errors.map((error) => `  - ${error.message}${where(error)}`).join('\n');
  stderr(`import-asn: ${fileName} rejected${format ? ` (${format})` : ''}; nothing stored:\n${list}\n`);
  return EXIT_FAILURE;
}

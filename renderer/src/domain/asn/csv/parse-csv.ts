/**
 * RFC 4180 CSV records, read in one linear pass with no regular expression over the text, so a hostile file
 * (a 50 MB single line, an unterminated quote, binary data) fails in one pass rather than backtracking.
 *
 * What RFC 4180 §2 says and what real packing lists do, and which this reader follows:
 * - fields may be enclosed in double quotes; a quote inside a quoted field is doubled (§2.5–2.7); a quoted
 *   field may hold the delimiter and line breaks (§2.6), which are kept in the value;
 * - records end with CRLF (§2.1); LF alone (Unix) and CR alone (classic Mac exports) are accepted too;
 * - the delimiter is `,` in the RFC, but Excel writes `;` wherever the decimal separator is a comma, and tab
 *   is common from ERPs: the delimiter is taken from the header line (`detectDelimiter`), never per row;
 * - a quote inside an unquoted field (`12" pipe`) breaks §2.5, but its meaning is plain: kept as a character;
 * - text after a closing quote (`"a"b`) is ambiguous: an error, not a guess;
 * - a UTF-8 BOM (Excel's "CSV UTF-8") is dropped; blank lines are skipped.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  readonly cells: readonly string[];
  /** 1-based line in the file where the record starts (records with quoted line breaks span several). */
  readonly line: number;
}

export interface CsvProblem {
  readonly code: string;
  readonly message: string;
  readonly line: number;
}

export type CsvParseResult =
  | { readonly ok: true; readonly delimiter: CsvDelimiter; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly problem: CsvProblem };

/** A header longer than this is not a packing-list header: refused before any parsing (hostile one-line files). */
export const MAX_HEADER_LENGTH = 16_384;
/** Longest field: far beyond any description, short enough that a runaway quote is reported early. */
export const MAX_FIELD_LENGTH = 10_000;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
/** C0 controls other than tab, CR and LF: no text file of a packing list holds them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they mark binary data.
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function fail(code: string, message: string, line: number): CsvParseResult {
  return { ok: false, problem: { code, message, line } };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The delimiter of a header line: whichever of `,` `;` tab occurs most often outside quotes. A header with none
 * of them, or with two of them equally often, is refused: picking one would be a guess.
 */
export function detectDelimiter(header: string): CsvDelimiter | { readonly problem: string } {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0) {
    return { problem: 'the header line has a single column: separate the column names with ",", ";" or a tab' };
  }
  if (second && second[1] === first[1]) {
    const names = [first[0], second[0]].map((d) => (d === '\t' ? 'tab' : `"${d}"`)).join(' and ');
    return { problem: `the header line has as many ${names} characters: cannot tell which one separates columns` };
  }
  return first[0];
}

/** Reads the whole text into records; the first record is the header. */
export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const binary = BINARY.exec(text);
  if (binary) {
    const code = binary[0].charCodeAt(0).toString(16).padStart(2, '0');
    return fail(
      'csv-binary',
      `This is not a text file: it holds the control byte 0x${code}.`,
      lineAt(text, binary.index),
    );
  }
  let headerEnd = text.search(/[\r\n]/);
  if (headerEnd === -1) headerEnd = text.length;
  if (headerEnd > MAX_HEADER_LENGTH) {
    return fail(
      'csv-header-too-long',
      `The first line is ${headerEnd > 1e6 ? 'over a million' : headerEnd} characters long; a packing-list header has at most ${MAX_HEADER_LENGTH}. Is this a CSV file?`,
      1,
    );
  }
  const chosen = delimiter ?? detectDelimiter(text.slice(0, headerEnd));
  if (typeof chosen !== 'string') return fail('csv-delimiter', `Cannot read the header: ${chosen.problem}.`, 1);
  return readRecords(text, chosen);
}

function readRecords(text: string, delimiter: CsvDelimiter): CsvParseResult {
  const sep = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const end = text.length;
  let i = 0;
  let line = 1;
  while (i < end) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field (RFC 4180 §2.5–2.7): runs to the next quote that is not doubled.
        const open = i;
        let parts = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || close - open > MAX_FIELD_LENGTH) {
            return close === -1
              ? fail(
                  'csv-open-quote',
                  `A quoted field starting on line ${startLine} never ends: a closing " is missing.`,
                  line,
                )
              : fail(
                  'csv-field-too-long',
                  `A field on line ${line} is longer than ${MAX_FIELD_LENGTH} characters.`,
                  line,
                );
          }
          parts += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        for (let k = parts.indexOf('\n'); k !== -1; k = parts.indexOf('\n', k + 1)) line++;
        const next = text.charCodeAt(i);
        if (i < end && next !== sep && next !== CR && next !== LF) {
          return fail(
            'csv-after-quote',
            `Line ${line}: text follows a closing quote; a quote inside a quoted field must be doubled ("").`,
            line,
          );
        }
        value = parts;
      } else {
        const start = i;
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c === sep || c === CR || c === LF) break;
          if (i - start >= MAX_FIELD_LENGTH) {
            return fail(
              'csv-field-too-long',
              `A field on line ${line} is longer than ${MAX_FIELD_LENGTH} characters.`,
              line,
            );
          }
          i++;
        }
        value = text.slice(start, i);
      }
      cells.push(value);
      if (i < end && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      // End of record: CRLF, LF, CR or the end of the text.
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    const blank = cells.length === 1 && cells[0]?.trim() === '';
    if (!blank) records.push({ cells, line: startLine });
  }
  return { ok: true, delimiter, records };
}

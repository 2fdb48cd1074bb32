import { formatQuantity, isQuantity } from '../../quantity';

/**
 * Cell values of a CSV packing list: decimal numbers and dates, read by rules fixed for the whole file and never
 * guessed per value (docs/asn-csv-format.md, "Numbers" and "Dates"). Every reader returns the canonical text or
 * the reason a person can act on.
 */
export type CellReading =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

export interface NumberRules {
  /** The file's decimal separator: `,` by default in `;` files (Excel's convention in decimal-comma locales). */
  readonly decimalSeparator: '.' | ',';
  /** True when the caller configured the separator, not just inferred it from the delimiter. */
  readonly configured: boolean;
}

const ok = (value: string): CellReading => ({ ok: true, value });
const no = (reason: string): CellReading => ({ ok: false, reason });

/** Digits in groups of three after the first, e.g. "1.234.567" with `.`. */
function groupedDigits(text: string, separator: string): boolean {
  const groups = text.split(separator);
  const [first, ...rest] = groups;
  return (
    rest.length > 0 && /^\d{1,3}$/.test(first ?? '') && rest.every((group) => group.length === 3 && /^\d+$/.test(group))
  );
}

/**
 * A non-negative decimal number as a canonical decimal string (renderer/src/domain/quantity.ts): never through
 * binary floating point.
 *
 * Decimal point files: a comma anywhere is refused (is "1,234" one thousand or 1.234?). Decimal comma files: the
 * comma is the decimal mark, and a point may only group thousands when the value also has a comma fraction
 * ("1.234,5"), or when the separator was configured; "1.234" alone, or "12.5", is refused as ambiguous, because a
 * `;` file from a decimal-point system would otherwise be read a thousand times too large.
 */
export function readDecimal(raw: string, rules: NumberRules): CellReading {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (text.length > 40) return no(`"${raw.slice(0, 40)}…" is too long for a number`);
  if (text.startsWith('-')) return no(`"${raw}" is negative; quantities and weights are 0 or more`);
  if (rules.decimalSeparator === '.') {
    if (text.includes(',')) {
      return no(
        `"${raw}" has a comma, but this file uses "." for decimals: write ${text.replace(/,/g, '')} or ${text.replace(',', '.')} as meant, without thousands separators, or configure the decimal comma`,
      );
    }
    return canonical(raw, text);
  }
  const [whole = '', fraction, extra] = text.split(',');
  if (extra !== undefined) return no(`"${raw}" has more than one decimal comma`);
  if (!whole.includes('.')) return canonical(raw, fraction === undefined ? whole : `${whole}.${fraction}`);
  if (groupedDigits(whole, '.') && (fraction !== undefined || rules.configured)) {
    const digits = whole.replace(/\./g, '');
    return canonical(raw, fraction === undefined ? digits : `${digits}.${fraction}`);
  }
  return no(
    `"${raw}" is ambiguous: this file uses "," for decimals (it is separated by ";"), so a "." can only group thousands as in "1.234,5"; write the number with a decimal comma, or configure the decimal separator`,
  );
}

function canonical(raw: string, text: string): CellReading {
  if (!isQuantity(text))
    return no(`"${raw}" is not a number; write digits with an optional decimal part, such as 12 or 2.5`);
  return ok(formatQuantity(text));
}

/** How to read `NN/NN/YYYY`: day first (Europe), month first (US), or only when the value itself is unambiguous. */
export type SlashDateOrder = 'dmy' | 'mdy';

function isoDate(year: number, month: number, day: number, raw: string): CellReading {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return no(`"${raw}" is not a real date`);
  }
  return ok(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * A calendar date as YYYY-MM-DD. Accepted: ISO 8601 `YYYY-MM-DD`; `DD.MM.YYYY` (the dotted form is day first
 * wherever it is used); `NN/NN/YYYY` only when the order is configured or the value cannot be read two ways
 * (one part above 12, or day and month equal). Two-digit years are refused: which century is a guess.
 */
export function readDate(raw: string, order?: SlashDateOrder): CellReading {
  const text = raw.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]), raw);
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]), raw);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (order === 'dmy') return isoDate(year, b, a, raw);
    if (order === 'mdy') return isoDate(year, a, b, raw);
    if (a === b || (a > 12 && b <= 12)) return isoDate(year, b, a, raw);
    if (b > 12 && a <= 12) return isoDate(year, a, b, raw);
    if (a > 12 && b > 12) return no(`"${raw}" is not a real date`);
    return no(
      `"${raw}" is ambiguous: it could be day/month or month/day; write it as YYYY-MM-DD or DD.MM.YYYY, or configure the date order`,
    );
  }
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2}$/.test(text)) {
    return no(`"${raw}" has a two-digit year; write the year in full (YYYY-MM-DD)`);
  }
  return no(`"${raw}" is not a date; write YYYY-MM-DD (or DD.MM.YYYY)`);
}

/**
 * A ship or delivery moment: a date as `readDate` reads it, or an ISO 8601 date-time with an optional offset
 * (`2025-03-04T06:30`, `…:00Z`, `…+01:00`), kept as written after checking that its date is real.
 */
export function readDateOrDateTime(raw: string, order?: SlashDateOrder): CellReading {
  const text = raw.trim();
  const match =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/.exec(text);
  if (!match) return readDate(raw, order);
  const date = readDate(match[1] ?? '');
  return date.ok ? ok(text) : date;
}

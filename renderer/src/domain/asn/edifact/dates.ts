/**
 * DTM dates (UN/EDIFACT composite C507: 2005 qualifier, 2380 value, 2379 format code). The formats DESADVs use:
 * 102 CCYYMMDD, 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS. Results are ISO 8601 local date-times without a zone, as
 * the canonical model keeps them: EDIFACT states no zone in these formats.
 */
export type DateReading =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: string };

const LENGTH_BY_FORMAT: Readonly<Record<string, number>> = { '102': 8, '203': 12, '204': 14 };
const FORMAT_BY_LENGTH: Readonly<Record<number, string>> = { 8: '102', 12: '203', 14: '204' };

/** Reads DTM 2380 in format 2379; a missing format is inferred from the length (EANCOM makes 2379 mandatory). */
export function readEdifactDate(value: string, format: string): DateReading {
  const code = format === '' ? FORMAT_BY_LENGTH[value.length] : format;
  const length = code === undefined ? undefined : LENGTH_BY_FORMAT[code];
  if (code === undefined || length === undefined) {
    return {
      ok: false,
      problem:
        format === ''
          ? `"${value}" has no format code and no length Dockside recognises`
          : `date format ${format} is not read by Dockside (102, 203 and 204 are)`,
    };
  }
  if (value.length !== length || !/^\d+$/.test(value)) {
    return { ok: false, problem: `"${value}" is not a date in format ${code} (${length} digits)` };
  }
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  const hour = length >= 12 ? Number(value.slice(8, 10)) : 0;
  const minute = length >= 12 ? Number(value.slice(10, 12)) : 0;
  const second = length >= 14 ? Number(value.slice(12, 14)) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, problem: `"${value}" is not a real date or time (format ${code})` };
  }
  const date = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (length === 8) return { ok: true, value: date };
  const time = `${value.slice(8, 10)}:${value.slice(10, 12)}`;
  return { ok: true, value: length === 12 ? `${date}T${time}` : `${date}T${time}:${value.slice(12, 14)}` };
}

/**
 * The DTM value and format code for an ISO 8601 date or local date-time. Fractions of a second and a zone
 * designator are dropped: formats 102/203/204 carry neither. Null when `iso` is not such a date.
 */
export function edifactDateOf(iso: string): { readonly value: string; readonly format: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    iso,
  );
  if (!match) return null;
  const [, year = '', month = '', day = '', hour, minute, second] = match;
  const date = `${year}${month}${day}`;
  if (hour === undefined || minute === undefined) return { value: date, format: '102' };
  if (second === undefined) return { value: `${date}${hour}${minute}`, format: '203' };
  return { value: `${date}${hour}${minute}${second}`, format: '204' };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * X12 dates and times (DE 373 date, DE 337 time) to the ISO forms the canonical ASN uses. Version 004010 and
 * later send CCYYMMDD; 003060 sends YYMMDD (fixture #3: `DTM*011*030619`), read with a sliding century
 * (00–49 → 20xx, 50–99 → 19xx). Times are HHMM, HHMMSS, HHMMSSD or HHMMSSDD; fractions are dropped. The time
 * zone (DTM04) is not applied: the dock shows the partner's local time as sent.
 */

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** `20051015` or `051015` → `2005-10-15`; null when it is not a real calendar date. */
export function x12Date(value: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(value)) {
    year = Number(value.slice(0, 4));
    rest = value.slice(4);
  } else if (/^\d{6}$/.test(value)) {
    const yy = Number(value.slice(0, 2));
    year = yy < 50 ? 2000 + yy : 1900 + yy;
    rest = value.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** `1345` → `13:45`, `171543` → `17:15:43`; null when it is not a time of day. */
export function x12Time(value: string): string | null {
  if (!/^\d{4}(\d{2}(\d{1,2})?)?$/.test(value)) return null;
  const hours = Number(value.slice(0, 2));
  const minutes = Number(value.slice(2, 4));
  const seconds = value.length >= 6 ? Number(value.slice(4, 6)) : 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const hhmm = `${value.slice(0, 2)}:${value.slice(2, 4)}`;
  return value.length >= 6 ? `${hhmm}:${value.slice(4, 6)}` : hhmm;
}

/**
 * Date plus optional time as ISO 8601 (`2005-10-15T13:45`), or the date alone. DTM04 (DE 623, time code)
 * `UT` marks the time as UTC and gives it a `Z`; without a time code it is the sender's local time. Other
 * time codes (ET, CT, numeric offsets…) are not applied: the time stays local, as sent.
 */
export function x12DateTime(date: string, time: string, timeCode = ''): { value: string | null; timeIgnored: boolean } {
  const day = x12Date(date);
  if (day === null) return { value: null, timeIgnored: false };
  if (time === '') return { value: day, timeIgnored: false };
  const clock = x12Time(time);
  if (clock === null) return { value: day, timeIgnored: true };
  return { value: `${day}T${clock}${timeCode === 'UT' ? 'Z' : ''}`, timeIgnored: false };
}

/**
 * ISO date or date-time back to X12 CCYYMMDD and HHMM[SS], for the writer. A date-time with a zone (`Z` or an
 * offset) is written in UTC with time code `UT` (DTM04), since DTM03 itself cannot carry a zone.
 */
export function toX12DateTime(iso: string): { date: string; time: string; timeCode: string } {
  const [day = '', clock = ''] = iso.split('T');
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(clock)) {
    return { date: day.replaceAll('-', ''), time: clock.replaceAll(':', ''), timeCode: '' };
  }
  const utc = new Date(iso).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const seconds = utc.slice(17, 19);
  return {
    date: utc.slice(0, 10).replaceAll('-', ''),
    time: utc.slice(11, 13) + utc.slice(14, 16) + (seconds === '00' && !/:\d{2}:\d{2}/.test(clock) ? '' : seconds),
    timeCode: 'UT',
  };
}

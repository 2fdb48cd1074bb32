/**
 * GS1 dates. YYMMDD fields resolve their century with the sliding window of GS1 General Specifications §7.12:
 * a two-digit year is placed within −49 … +50 years of the reference year (by default this year). DD = 00 is
 * allowed only where the Syntax Dictionary's linter is yymmd0 (§3.4.x, "if only year and month are available,
 * DD must be filled with 00") and means the last day of that month, which is what we report.
 */

/** The full year for YY relative to a reference year, per §7.12. */
export function fullYear(yy: number, referenceYear: number): number {
  const century = Math.floor(referenceYear / 100) * 100;
  const diff = yy - (referenceYear % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function two(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

/**
 * Resolves YYMMDD (or YYYYMMDD when `fourDigitYear`) to YYYY-MM-DD, or null when it is not a date.
 * `allowDay00`: yymmd0/yyyymmd0 linters. Callers have already checked the characters are digits.
 */
export function resolveDate(
  digits: string,
  referenceYear: number,
  allowDay00: boolean,
  fourDigitYear = false,
): string | null {
  const o = fourDigitYear ? 2 : 0;
  const year = fourDigitYear ? two(digits, 0) * 100 + two(digits, 2) : fullYear(two(digits, 0), referenceYear);
  const month = two(digits, o + 2);
  let day = two(digits, o + 4);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (day === 0) {
    if (!allowDay00) return null;
    day = last;
  }
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

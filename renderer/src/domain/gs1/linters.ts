import { CSET82 } from './charsets';
import { COUNTRY_ALPHA2, COUNTRY_NUMERIC, CURRENCY_NUMERIC } from './code-lists';
import { couponCode, couponPositiveOffer } from './coupon-linters';
import { resolveDate } from './dates';
import { keyName } from './ai-table';
import type { LintContext, Linter } from './lint-types';
import { PACKAGE_TYPES } from './package-type-codes';

/**
 * The Syntax Dictionary's linters ("Each Linter is the name of a reference procedure that performs content
 * validation of the component", dictionary header), one per name the dictionary uses; a unit test fails if the
 * dictionary names one that is missing here. Each takes one component's data, already checked against its
 * character set and length, and returns a message a supervisor understands (see lint-types.ts), or null when
 * it passes.
 */
type SimpleLinter = (data: string, ctx: LintContext) => string | null;

const notA = (what: string): SimpleLinter => {
  return (data, ctx) => `AI (${ctx.ai}): ${data} is not ${what}`;
};

/** GS1 General Specifications §7.9.1: mod-10 check digit, weights 3,1,3… from the right. */
export const csum: SimpleLinter = (data, ctx) => {
  let sum = 0;
  const last = data.length - 1;
  for (let i = 0; i < last; i++) {
    const digit = data.charCodeAt(last - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  const expected = (10 - (sum % 10)) % 10;
  const printed = data.charCodeAt(last) - 48;
  return expected === printed ? null : `${keyName(ctx.ai)} check digit should be ${expected}, label says ${printed}`;
};

const CSET32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PRIMES = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107,
];

/** GS1 General Specifications §7.9.5: check character pair over CSET 82 values, prime weights, mod 1021. */
const csumalpha: SimpleLinter = (data, ctx) => {
  const n = data.length;
  if (n < 3) return `AI (${ctx.ai}): ${data} is too short to carry its check character pair`;
  let sum = 0;
  for (let i = 0; i < n - 2; i++) sum += CSET82.indexOf(data.charAt(i)) * (PRIMES[n - 3 - i] ?? 0);
  sum %= 1021;
  const expected = `${CSET32.charAt(sum >> 5)}${CSET32.charAt(sum & 31)}`;
  const printed = data.slice(n - 2);
  return expected === printed
    ? null
    : `${keyName(ctx.ai)} check characters should be ${expected}, label says ${printed}`;
};

/** gcppos1/gcppos2: a GS1 Company Prefix (at least 4 digits, §1.4.4) starts at the 1st/2nd character. */
function gcpAt(offset: number): SimpleLinter {
  return (data, ctx) => {
    for (let i = offset; i < offset + 4; i++) {
      const c = data.charCodeAt(i);
      if (!(c >= 48 && c <= 57)) return `AI (${ctx.ai}): ${data} does not start with a GS1 Company Prefix`;
    }
    return null;
  };
}

function date(allowDay00: boolean, fourDigitYear: boolean): SimpleLinter {
  return (data, ctx) =>
    resolveDate(data, ctx.referenceYear, allowDay00, fourDigitYear) === null
      ? `AI (${ctx.ai}): ${data} is not a date`
      : null;
}

function range(min: number, max: number, what: string): SimpleLinter {
  return (data, ctx) => {
    const n = Number(data);
    return n >= min && n <= max ? null : notA(what)(data, ctx);
  };
}

function oneOf(set: ReadonlySet<string>, what: string): SimpleLinter {
  return (data, ctx) => (set.has(data) ? null : notA(what)(data, ctx));
}

/** ISO 13616 IBAN: 2 letters, 2 check digits, upper-case alphanumerics; mod 97 of the rearranged number is 1. */
const iban: SimpleLinter = (data, ctx) => {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(data) || !COUNTRY_ALPHA2.has(data.slice(0, 2)))
    return notA('an IBAN')(data, ctx);
  const moved = data.slice(4) + data.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rest = (v >= 10 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1 ? null : `AI (${ctx.ai}): IBAN ${data} has a wrong check number`;
};

const pcenc: SimpleLinter = (data, ctx) => {
  for (let i = data.indexOf('%'); i >= 0; i = data.indexOf('%', i + 1)) {
    if (!/^[0-9A-Fa-f]{2}$/.test(data.slice(i + 1, i + 3)))
      return `AI (${ctx.ai}): "%" must be followed by two hexadecimal digits`;
  }
  return null;
};

const pieceOfTotal: SimpleLinter = (data, ctx) => {
  const piece = Number(data.slice(0, data.length / 2));
  const total = Number(data.slice(data.length / 2));
  return piece >= 1 && total >= 1 && piece <= total
    ? null
    : `AI (${ctx.ai}): piece ${piece} of ${total} is not possible`;
};

const posInSeqSlash: SimpleLinter = (data, ctx) => {
  const m = /^([1-9])\/([1-9])$/.exec(data);
  return m && Number(m[1]) <= Number(m[2]) ? null : notA('a position such as 1/2')(data, ctx);
};

export const LINTERS: Readonly<Record<string, Linter>> = {
  csum,
  csumalpha,
  gcppos1: gcpAt(0),
  gcppos2: gcpAt(1),
  yymmd0: date(true, false),
  yymmdd: date(false, false),
  yyyymmd0: date(true, true),
  yyyymmdd: date(false, true),
  hhmi: (d, c) => (Number(d.slice(0, 2)) <= 23 && Number(d.slice(2, 4)) <= 59 ? null : notA('a time (HHMM)')(d, c)),
  hh: range(0, 23, 'an hour'),
  mi: range(0, 59, 'a minute'),
  ss: range(0, 59, 'a second'),
  iso3166: oneOf(COUNTRY_NUMERIC, 'an ISO 3166 country code'),
  iso3166999: (d, c) => (d === '999' ? null : oneOf(COUNTRY_NUMERIC, 'an ISO 3166 country code or 999')(d, c)),
  iso3166alpha2: oneOf(COUNTRY_ALPHA2, 'an ISO 3166 two-letter country code'),
  iso4217: oneOf(CURRENCY_NUMERIC, 'an ISO 4217 currency code'),
  zero: (d, c) => (d === '0' ? null : notA('0')(d, c)),
  nonzero: (d, c) => (/^0+$/.test(d) ? `AI (${c.ai}): ${d} must not be zero` : null),
  winding: oneOf(new Set(['0', '1', '9']), 'a winding direction (0, 1 or 9)'),
  yesno: oneOf(new Set(['0', '1']), '0 (no) or 1 (yes)'),
  hyphen: (d, c) => (d === '-' ? null : notA('"-"')(d, c)),
  iso5218: oneOf(new Set(['0', '1', '2', '9']), 'an ISO 5218 sex code'),
  mediatype: (d, c) => {
    const n = Number(d);
    return (n >= 1 && n <= 10) || n >= 80 ? null : notA('an AIDC media type')(d, c);
  },
  importeridx: (d, c) => (/^[-0-9A-Z_a-z]$/.test(d) ? null : notA('an importer index')(d, c)),
  latitude: range(0, 1_800_000_000, 'a latitude'),
  longitude: range(0, 3_600_000_000, 'a longitude'),
  nozeroprefix: (d, c) => (d.length > 1 && d.startsWith('0') ? `AI (${c.ai}): ${d} must not start with 0` : null),
  hasnondigit: (d, c) => (/\D/.test(d) ? null : `AI (${c.ai}): ${d} must contain a non-digit`),
  pcenc,
  iban,
  pieceoftotal: pieceOfTotal,
  posinseqslash: posInSeqSlash,
  // UN/ECE Recommendation 21 package type codes as extended by GS1 (package-type-codes.ts).
  packagetype: oneOf(PACKAGE_TYPES, 'a package type code (UN/ECE Recommendation 21)'),
  couponcode: couponCode,
  couponposoffer: couponPositiveOffer,
};

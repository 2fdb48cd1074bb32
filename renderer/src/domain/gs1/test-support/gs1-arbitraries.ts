import fc from 'fast-check';
import type { AiComponent } from '../ai-dictionary';
import type { AiDef } from '../ai-table';
import { allAis, lookupAi } from '../ai-table';
import { withGs1CheckDigit } from '../check-digit';
import { CSET82 } from '../charsets';
import { COUNTRY_ALPHA2, COUNTRY_NUMERIC, CURRENCY_NUMERIC } from '../code-lists';
import { PACKAGE_TYPES } from '../package-type-codes';
import type { Gs1Element } from '../scan-types';

/**
 * fast-check generators of valid GS1 data, built from the AI table so every AI of the Syntax Dictionary is
 * covered, and the renderings the property tests parse back (issue 3, item 6). Test support only: imported by
 * *.test.ts files, never by the app.
 */
export const GS = '\u001d';
/** The century window of the property tests' dates is fixed by this reference date (§7.12). */
export const TEST_OPTIONS = { referenceDate: new Date('2026-06-15T00:00:00Z') };
const DIGITS = '0123456789';
const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CSET64 = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const CSET32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** AIs whose linters need structure we do not generate (IBAN check numbers). */
const SKIP = new Set(['8007']);

export const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
const digits = (n: number) => chars(DIGITS, n, n);
const pick = (set: ReadonlySet<string>) => fc.constantFrom(...set);
const two = (n: number) => String(n).padStart(2, '0');
const date = (day00: boolean, maxYear = 99) =>
  fc.tuple(
    fc.integer({ min: 0, max: maxYear }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: day00 ? 0 : 1, max: 28 }),
  );
const yymmdd = (maxYear = 99) => date(false, maxYear).map(([y, m, d]) => `${two(y)}${two(m)}${two(d)}`);

function csumAlphaPair(data: string): string {
  const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83];
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += CSET82.indexOf(data.charAt(i)) * (primes[data.length - 1 - i] ?? 0);
  sum %= 1021;
  return `${CSET32.charAt(sum >> 5)}${CSET32.charAt(sum & 31)}`;
}

/** A VLI digit in [min, max] followed by VLI + plus digits (North American coupon fields, coupon-linters.ts). */
const vli = (min: number, max: number, plus: number) =>
  fc.integer({ min, max }).chain((n) => digits(n + plus).map((d) => `${n}${d}`));
const purchase = fc
  .tuple(vli(1, 5, 0), fc.constantFrom(...'012349'.split('')), digits(3))
  .map((parts) => parts.join(''));
const gcpOrNone = fc.oneof(vli(0, 6, 6), fc.constant('9'));
/** Years 00–76 resolve to 2000–2076 from 2026, so YYMMDD strings order like the dates they stand for. */
const couponDates = fc.tuple(yymmdd(76), yymmdd(76)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

/** AI (8110): mandatory fields, then a random choice of the optional fields 1, 2, 3, 4, 5, 6, 9 in order. */
const couponCode = fc
  .record({
    head: fc.tuple(vli(0, 6, 6), digits(6), vli(1, 5, 0), purchase).map((p) => p.join('')),
    f1: fc.option(fc.tuple(fc.constantFrom(...'0123'.split('')), purchase, gcpOrNone).map((p) => `1${p.join('')}`)),
    f2: fc.option(fc.tuple(purchase, gcpOrNone).map((p) => `2${p.join('')}`)),
    dates: fc.option(couponDates),
    which: fc.constantFrom('none', 'expiry', 'start', 'both'),
    f5: fc.option(vli(0, 9, 6).map((s) => `5${s}`)),
    f6: fc.option(vli(1, 7, 6).map((s) => `6${s}`)),
    f9: fc.option(
      fc.tuple(
        fc.constantFrom(...'01256'.split('')),
        fc.constantFrom(...'012'.split('')),
        digits(1),
        fc.constantFrom('0', '1'),
      ),
    ),
  })
  .map(({ head, f1, f2, dates, which, f5, f6, f9 }) => {
    const [start, expiry] = dates ?? ['', ''];
    const f3 = dates && (which === 'expiry' || which === 'both') ? `3${expiry}` : '';
    const f4 = dates && (which === 'start' || which === 'both') ? `4${start}` : '';
    return `${head}${f1 ?? ''}${f2 ?? ''}${f3}${f4}${f5 ?? ''}${f6 ?? ''}${f9 ? `9${f9.join('')}` : ''}`;
  })
  .filter((s) => s.length <= 70);

/** AI (8112): format code, funder ID, offer code, serial number. */
const couponPositiveOffer = fc
  .tuple(fc.constantFrom('0', '1'), vli(0, 6, 6), digits(6), vli(0, 9, 6))
  .map((p) => p.join(''));

export function component(c: AiComponent): fc.Arbitrary<string> {
  const l = c.linters;
  const has = (name: string) => l.includes(name);
  if (has('yymmd0') || has('yymmdd')) return date(has('yymmd0')).map(([y, m, d]) => `${two(y)}${two(m)}${two(d)}`);
  if (has('yyyymmdd')) return date(false).map(([y, m, d]) => `20${two(y)}${two(m)}${two(d)}`);
  if (has('hhmi'))
    return fc.tuple(fc.integer({ max: 23, min: 0 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => two(h) + two(m));
  if (has('hh')) return fc.integer({ min: 0, max: 23 }).map(two);
  if (has('mi') || has('ss')) return fc.integer({ min: 0, max: 59 }).map(two);
  if (has('iso3166') || has('iso3166999')) return pick(COUNTRY_NUMERIC);
  if (has('iso3166alpha2')) return pick(COUNTRY_ALPHA2);
  if (has('iso4217')) return pick(CURRENCY_NUMERIC);
  if (has('packagetype')) return pick(PACKAGE_TYPES);
  if (has('couponcode')) return couponCode;
  if (has('couponposoffer')) return couponPositiveOffer;
  if (has('zero')) return fc.constant('0');
  if (has('winding')) return fc.constantFrom('0', '1', '9');
  if (has('yesno')) return fc.constantFrom('0', '1');
  if (has('hyphen')) return fc.constant('-');
  if (has('iso5218')) return fc.constantFrom('0', '1', '2', '9');
  if (has('mediatype')) return fc.constantFrom('01', '10', '80', '99');
  if (has('importeridx')) return chars(CSET64, 1, 1);
  if (has('latitude')) return fc.integer({ min: 0, max: 180_000 }).map((n) => String(n * 10_000).padStart(10, '0'));
  if (has('longitude')) return fc.integer({ min: 0, max: 360_000 }).map((n) => String(n * 10_000).padStart(10, '0'));
  if (has('pieceoftotal'))
    return fc.integer({ min: 1, max: 99 }).chain((t) => fc.integer({ min: 1, max: t }).map((p) => two(p) + two(t)));
  if (has('posinseqslash')) return fc.constantFrom('1/2', '2/2', '1/9');
  if (has('csumalpha')) {
    const nondigit = has('hasnondigit') ? 'A' : '';
    return fc
      .tuple(chars(DIGITS, 4, 4), chars(CSET82, 0, c.max - 7))
      .map(([gcp, rest]) => gcp + nondigit + rest)
      .map((data) => data + csumAlphaPair(data));
  }
  if (has('csum')) return chars(DIGITS, c.max - 1, c.max - 1).map(withGs1CheckDigit);
  const alphabet = c.cset === 'N' ? DIGITS : c.cset === 'Y' ? CSET39 : c.cset === 'Z' ? CSET64 : CSET82;
  let body = chars(has('pcenc') ? alphabet.replace('%', '') : alphabet, c.min, c.max);
  if (has('gcppos1') && c.cset !== 'N')
    body = fc.tuple(chars(DIGITS, 4, 4), chars(alphabet, 0, c.max - 4)).map(([a, b]) => a + b);
  if (has('nonzero')) body = body.map((s) => (/^0+$/.test(s) ? `${s.slice(0, -1)}1` : s));
  if (has('nozeroprefix')) body = body.map((s) => (s.startsWith('0') ? `1${s.slice(1)}` : s));
  return body;
}

export function valueOf(def: AiDef): fc.Arbitrary<string> {
  const optional = def.components.filter((c) => c.optional).length;
  return fc
    .integer({ min: 0, max: optional })
    .chain((kept) =>
      fc
        .tuple(...def.components.slice(0, def.components.length - optional + kept).map(component))
        .map((p) => p.join('')),
    );
}

/** Every AI of the dictionary the generators cover. */
export const DEFS: readonly AiDef[] = allAis().filter((d) => !SKIP.has(d.ai));

export const element = (pool: readonly AiDef[]) =>
  fc.constantFrom(...pool).chain((def) => valueOf(def).map((value): Gs1Element => ({ ai: def.ai, value })));

/** Element string with GS only where the dictionary requires it (after a non-"*" AI that is not last). */
export function raw(elements: readonly Gs1Element[], gs = GS): string {
  return elements
    .map((e, i) => `${e.ai}${e.value}${lookupAi(e.ai)?.fnc1 && i < elements.length - 1 ? gs : ''}`)
    .join('');
}

/** The bracketed human-readable form, "(" in data escaped as the GS1 Syntax Engine writes it. */
export const bracketed = (elements: readonly Gs1Element[]) =>
  elements.map((e) => `(${e.ai})${e.value.replaceAll('(', '\\(')}`).join('');

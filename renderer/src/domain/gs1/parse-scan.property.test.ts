import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AiComponent } from './ai-dictionary';
import type { AiDef } from './ai-table';
import { allAis, lookupAi } from './ai-table';
import { withGs1CheckDigit } from './check-digit';
import { CSET82 } from './charsets';
import { COUNTRY_ALPHA2, COUNTRY_NUMERIC, CURRENCY_NUMERIC } from './code-lists';
import { parseScan } from './parse-scan';
import type { Gs1Element } from './scan-types';

/**
 * Property tests (issue 3, item 6): random valid element strings built from the AI table, rendered as raw
 * (GS only where the dictionary requires it), AIM-prefixed, bracketed and Digital Link, parse back to the
 * same elements; and no input at all makes the parser throw.
 */
const GS = '\u001d';
const options = { referenceDate: new Date('2026-06-15T00:00:00Z') };
const DIGITS = '0123456789';
const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CSET64 = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const CSET32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** AIs whose linters need structure we do not generate (IBAN check numbers). */
const SKIP = new Set(['8007']);

const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
const pick = (set: ReadonlySet<string>) => fc.constantFrom(...set);
const two = (n: number) => String(n).padStart(2, '0');
const date = (day00: boolean) =>
  fc.tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: day00 ? 0 : 1, max: 28 }),
  );

function csumAlphaPair(data: string): string {
  const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83];
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += CSET82.indexOf(data.charAt(i)) * (primes[data.length - 1 - i] ?? 0);
  sum %= 1021;
  return `${CSET32.charAt(sum >> 5)}${CSET32.charAt(sum & 31)}`;
}

function component(c: AiComponent): fc.Arbitrary<string> {
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

function valueOf(def: AiDef): fc.Arbitrary<string> {
  const optional = def.components.filter((c) => c.optional).length;
  return fc
    .integer({ min: 0, max: optional })
    .chain((kept) =>
      fc
        .tuple(...def.components.slice(0, def.components.length - optional + kept).map(component))
        .map((p) => p.join('')),
    );
}

const defs = allAis().filter((d) => !SKIP.has(d.ai));
const element = (pool: readonly AiDef[]) =>
  fc.constantFrom(...pool).chain((def) => valueOf(def).map((value): Gs1Element => ({ ai: def.ai, value })));

function isSubsequence(items: readonly string[], seq: readonly string[]): boolean {
  let at = 0;
  for (const item of items) {
    const found = seq.indexOf(item, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

function raw(elements: readonly Gs1Element[]): string {
  return elements
    .map((e, i) => `${e.ai}${e.value}${lookupAi(e.ai)?.fnc1 && i < elements.length - 1 ? GS : ''}`)
    .join('');
}
const bracketed = (elements: readonly Gs1Element[]) =>
  elements.map((e) => `(${e.ai})${e.value.replaceAll('(', '\\(')}`).join('');

describe('parseScan, properties', () => {
  it('reads back random element strings as raw, AIM-prefixed and bracketed', () => {
    fc.assert(
      fc.property(
        fc.array(element(defs), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(']C1', ']d2', ']Q3', ']e0'),
        (els, aim) => {
          const body = raw(els);
          // A bare 18-digit string is read as an SSCC by design; its AIM-prefixed form still checks the elements.
          if (!/^\d{8}$|^\d{12,14}$|^\d{18}$/.test(body))
            expect(parseScan(body, options)).toMatchObject({ valid: true, elements: els });
          expect(parseScan(`${aim}${body}`, options)).toMatchObject({ valid: true, elements: els });
          expect(parseScan(bracketed(els), options)).toMatchObject({ valid: true, elements: els });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads back random Digital Link URIs (key, in-order qualifiers, query attributes)', () => {
    const keys = defs.filter((d) => d.entry.dlpkey !== null);
    const attributes = defs.filter((d) => d.entry.dlAttr);
    const uri = fc.constantFrom(...keys).chain((key) =>
      fc.record({
        key: valueOf(key).map((value) => ({ ai: key.ai, value })),
        qualifiers: fc
          .constantFrom(...(key.entry.dlpkey ?? [[]]))
          .chain((seq) => fc.subarray([...seq]))
          .chain((ais) => fc.tuple(...ais.map((ai) => valueOf(lookupAi(ai) as AiDef).map((value) => ({ ai, value }))))),
        query: fc.uniqueArray(element(attributes), { maxLength: 3, selector: (e) => e.ai }),
      }),
    );
    fc.assert(
      fc.property(
        uri,
        fc.constantFrom('https://id.gs1.org', 'http://example.com/prefix'),
        ({ key, qualifiers, query }, host) => {
          const path = [key, ...qualifiers].map((e) => `/${e.ai}/${encodeURIComponent(e.value)}`).join('');
          const used = new Set([key, ...qualifiers].map((e) => e.ai));
          // AIs that could still be qualifiers of this key belong in the path, never in the query.
          for (const seq of lookupAi(key.ai)?.entry.dlpkey ?? []) {
            if (
              isSubsequence(
                qualifiers.map((q) => q.ai),
                seq,
              )
            )
              for (const ai of seq) used.add(ai);
          }
          const attrs = query.filter((e) => !used.has(e.ai));
          const q = attrs.map((e) => `${e.ai}=${encodeURIComponent(e.value)}`).join('&');
          const result = parseScan(`${host}${path}${q ? `?${q}` : ''}`, options);
          expect(result).toMatchObject({ valid: true, elements: [key, ...qualifiers, ...attrs] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever it is given', () => {
    const noise = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), chars(`0123456789${GS}()]Cd1/?=&%`, 0, 40));
    fc.assert(
      fc.property(noise, (s) => {
        const r = parseScan(s, options);
        expect(typeof r.valid).toBe('boolean');
        // The safety net in parseScan must never be what answers.
        if (!r.valid) expect(r.error.message).not.toMatch(/^Dockside could not read this scan/);
      }),
      { numRuns: 1000 },
    );
  });
});

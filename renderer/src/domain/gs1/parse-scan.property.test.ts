import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AiDef } from './ai-table';
import { lookupAi } from './ai-table';
import { parseScan } from './parse-scan';
import { bracketed, chars, DEFS, element, GS, raw, TEST_OPTIONS, valueOf } from './test-support/gs1-arbitraries';

/**
 * Property tests (issue 3, item 6): random valid element strings built from the AI table, rendered as raw
 * (GS only where the dictionary requires it), AIM-prefixed, bracketed and Digital Link, parse back to the
 * same elements; and no input at all makes the parser throw. Wedge-mangled renderings:
 * parse-scan.wedge.property.test.ts.
 */
const options = TEST_OPTIONS;
const defs = DEFS;

function isSubsequence(items: readonly string[], seq: readonly string[]): boolean {
  let at = 0;
  for (const item of items) {
    const found = seq.indexOf(item, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

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

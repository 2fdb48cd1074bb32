import type { AiDef } from './ai-table';
import { CSET_NAMES, firstBadChar } from './charsets';
import { LINTERS } from './linters';
import type { ScanError } from './scan-types';

/**
 * Checks one element's data against its Syntax Dictionary format: components consume prefixes of their
 * length, only the last may be variable, optional components may be left out once the data is exhausted
 * (dictionary header, "Specification"); then each component's linters run. `position` is where the data starts
 * in the raw scan, so errors point into what the user scanned.
 */
export function validateElement(def: AiDef, value: string, position: number, referenceYear: number): ScanError | null {
  const ai = def.ai;
  if (value.length === 0) return { code: 'too-short', message: `AI (${ai}) has no data`, position, ai };
  const ctx = { ai, referenceYear };
  let at = 0;
  const components = def.components;
  for (let i = 0; i < components.length; i++) {
    const c = components[i];
    if (c === undefined) break;
    const remaining = value.length - at;
    if (remaining === 0 && c.optional) break;
    if (remaining < c.min) {
      const what = c.cset === 'N' ? 'digits' : 'characters';
      const need = def.fixedLength ?? c.min;
      const message =
        def.fixedLength !== null
          ? `AI (${ai}) needs ${need} ${what}, label has ${value.length}`
          : `AI (${ai}) is too short: ${value}`;
      return { code: 'too-short', message, position: position + at, ai };
    }
    const part = value.slice(at, at + Math.min(remaining, c.max));
    const bad = firstBadChar(c.cset, part);
    if (bad >= 0) {
      const ch = part.charAt(bad);
      const message =
        c.cset === 'N'
          ? `AI (${ai}): ${value} must be digits only`
          : `AI (${ai}): character "${ch}" is not allowed (${CSET_NAMES[c.cset]})`;
      return { code: 'bad-character', message, position: position + at + bad, ai };
    }
    for (const name of c.linters) {
      const problem = LINTERS[name]?.(part, ctx) ?? null;
      if (problem !== null) {
        const inside = typeof problem === 'string' ? 0 : problem.at;
        return {
          code: name.startsWith('csum') ? 'check-digit' : 'invalid-value',
          message: typeof problem === 'string' ? problem : problem.message,
          position: position + at + inside,
          ai,
        };
      }
    }
    at += part.length;
  }
  if (at < value.length) {
    const message =
      def.fixedLength !== null
        ? `AI (${ai}) needs ${def.fixedLength} characters, label has ${value.length}`
        : `AI (${ai}) is too long: at most ${def.maxLength} characters, label has ${value.length}`;
    return { code: 'too-long', message, position: position + at, ai };
  }
  return null;
}

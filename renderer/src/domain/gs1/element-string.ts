import { matchAiAt } from './ai-table';
import type { Gs1Element, ScanError } from './scan-types';
import { validateElement } from './validate-element';

export const GS = '\u001d';
const GS_CODE = 29;

export type ElementsOrError =
  { readonly ok: true; readonly elements: Gs1Element[] } | { readonly ok: false; readonly error: ScanError };

/**
 * Splits a GS1 element string (AI + data, … with GS = ASCII 29 standing for FNC1 as a separator) into elements
 * and validates each. Rules (GS1 General Specifications §7.8.5 and the Syntax Dictionary flags):
 * - a predefined-length AI ("*" flag) takes exactly its length and needs no separator;
 * - every other AI ends at the next GS or at the end of the data, and when it is not last a GS must follow it,
 *   even when its length is fixed, e.g. (8001), (402);
 * - a leading GS (FNC1 in first position passed through by some scanners), a single trailing GS and a redundant
 *   GS after a predefined-length AI are ignored;
 * - doubled GS: §7.8.5 uses FNC1 only to end a variable-length element string, so two in a row mean an element
 *   string is missing between them. We reject it rather than guess ("doubled-separator").
 * `offset` is where `data` starts in the raw scan, so positions point into what was scanned.
 */
export function parseElementString(data: string, offset: number, referenceYear: number): ElementsOrError {
  const elements: Gs1Element[] = [];
  let pos = data.charCodeAt(0) === GS_CODE ? 1 : 0;
  const end = data.length;
  while (pos < end) {
    if (data.charCodeAt(pos) === GS_CODE) {
      return fail(
        'doubled-separator',
        'Two GS separators in a row: an element string is missing between them',
        offset + pos,
      );
    }
    const def = matchAiAt(data, pos);
    if (!def) {
      const shown = data.slice(pos, pos + 4).replaceAll(GS, '<GS>');
      return fail('unknown-ai', `No GS1 Application Identifier starts at "${shown}"`, offset + pos);
    }
    const ai = def.ai;
    const start = pos + ai.length;
    let stop: number;
    if (def.fixedLength !== null && !def.fnc1) {
      stop = start + def.fixedLength;
      if (stop > end) {
        const got = data.slice(start).split(GS)[0] ?? '';
        return fail(
          'too-short',
          `AI (${ai}) needs ${def.fixedLength} digits, label has ${got.length}`,
          offset + start,
          ai,
        );
      }
      const gsInside = data.indexOf(GS, start);
      if (gsInside >= 0 && gsInside < stop) {
        return fail(
          'too-short',
          `AI (${ai}) needs ${def.fixedLength} digits, label has ${gsInside - start}`,
          offset + start,
          ai,
        );
      }
    } else {
      const gs = data.indexOf(GS, start);
      stop = gs < 0 ? end : gs;
      if (stop - start > def.maxLength) {
        const message =
          def.fixedLength !== null
            ? `AI (${ai}) must be followed by a GS separator when more data follows it`
            : `AI (${ai}) is followed by data but no GS separator (its data may be at most ${def.maxLength} characters)`;
        return fail('missing-separator', message, offset + start + def.maxLength, ai);
      }
    }
    const value = data.slice(start, stop);
    const invalid = validateElement(def, value, offset + start, referenceYear);
    if (invalid) return { ok: false, error: invalid };
    elements.push({ ai, value });
    pos = stop;
    // The separator that ended it; tolerated after a predefined-length AI too, where it is merely redundant.
    if (pos < end && data.charCodeAt(pos) === GS_CODE) pos++;
  }
  if (elements.length === 0) return fail('empty', 'The scan holds no GS1 data', offset);
  return { ok: true, elements };
}

function fail(code: ScanError['code'], message: string, position: number, ai?: string): ElementsOrError {
  return { ok: false, error: ai === undefined ? { code, message, position } : { code, message, position, ai } };
}

import { lookupAi } from './ai-table';
import type { ElementsOrError } from './element-string';
import type { Gs1Element } from './scan-types';
import { validateElement } from './validate-element';

/**
 * The bracketed human-readable form, e.g. (01)09506000134352(10)ABC (GS1 General Specifications §4.15, HRI:
 * AIs in parentheses, which are not part of the data). A "(" inside data is written "\(" (the convention of the
 * GS1 Barcode Syntax Engine); an unescaped "(" also stays data unless it opens "(AI)" with a known AI.
 */
export function parseBracketed(text: string, offset: number, referenceYear: number): ElementsOrError {
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < text.length) {
    const close = text.indexOf(')', pos);
    const ai = close < 0 ? '' : text.slice(pos + 1, close);
    const def = lookupAi(ai);
    if (text.charAt(pos) !== '(' || !def) {
      const shown = close < 0 ? text.slice(pos, pos + 6) : text.slice(pos, close + 1);
      return {
        ok: false,
        error: {
          code: 'unknown-ai',
          message: `"${shown}" is not a GS1 Application Identifier in brackets`,
          position: offset + pos,
        },
      };
    }
    const start = close + 1;
    let value = '';
    let at = start;
    while (at < text.length) {
      const ch = text.charAt(at);
      if (ch === '\\' && text.charAt(at + 1) === '(') {
        value += '(';
        at += 2;
        continue;
      }
      if (ch === '(' && opensAi(text, at)) break;
      value += ch;
      at++;
    }
    const invalid = validateElement(def, value, offset + start, referenceYear);
    if (invalid) return { ok: false, error: invalid };
    elements.push({ ai, value });
    pos = at;
  }
  return { ok: true, elements };
}

function opensAi(text: string, at: number): boolean {
  for (let len = 2; len <= 4; len++) {
    if (text.charAt(at + len + 1) === ')' && lookupAi(text.slice(at + 1, at + len + 1))) return true;
  }
  return false;
}

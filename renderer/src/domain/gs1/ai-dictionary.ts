/**
 * The GS1 Barcode Syntax Dictionary as data, and the pure parser that turns its text into that data.
 *
 * The dictionary (../shared/reference/gs1-syntax-dictionary.txt) describes every Application Identifier: its
 * flags ("*" = predefined length, no FNC1 separator needed; "?" = allowed as a Digital Link data attribute), its
 * format as components ("N6,yymmd0", "[X..17]") each with linters, and attributes (req=, ex=, dlpkey).
 * The parser runs only at build time (test/tools/generate-gs1-ai-table.ts) and in the drift test; the app reads
 * the generated ai-table.generated.ts, because the domain may not read files at runtime.
 */

/** Character sets of the dictionary: N numeric, X = GS1 CSET 82, Y = CSET 39, Z = CSET 64 (base64url). */
export type Cset = 'N' | 'X' | 'Y' | 'Z';

export interface AiComponent {
  readonly cset: Cset;
  readonly min: number;
  readonly max: number;
  /** "[N3]": may be left out once the data is exhausted (Syntax Dictionary header, "Optional components"). */
  readonly optional: boolean;
  readonly linters: readonly string[];
}

export interface AiEntry {
  /** First and last AI of the range ("3100"-"3105"); equal for a solitary AI. */
  readonly first: string;
  readonly last: string;
  /** True unless the "*" flag says the AI has a predefined length and needs no FNC1 separator. */
  readonly fnc1: boolean;
  /** "?" flag: permitted as a GS1 Digital Link data attribute (query string). */
  readonly dlAttr: boolean;
  readonly components: readonly AiComponent[];
  /** One entry per req= attribute; each is a list of alternatives, each alternative AIs/patterns joined by "+". */
  readonly req: readonly (readonly (readonly string[])[])[];
  /** Patterns from every ex= attribute. */
  readonly ex: readonly string[];
  /** null when not a Digital Link primary key; otherwise the alternative qualifier sequences ([[]] = none). */
  readonly dlpkey: readonly (readonly string[])[] | null;
  readonly title: string;
}

const COMPONENT = /^(\[)?([NXYZ])(\d*)(?:\.\.(\d+))?(\])?((?:,\w+)*)$/;

/** Parses the dictionary text. Throws on a line it does not understand: a build-time tool, never at runtime. */
export function parseSyntaxDictionary(text: string): AiEntry[] {
  const entries: AiEntry[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const title = hash < 0 ? '' : line.slice(hash + 1).trim();
    const tokens = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/);
    const ais = tokens.shift() ?? '';
    const range = /^(\d{2,4})(?:-(\d{2,4}))?$/.exec(ais);
    if (!range?.[1]) throw new Error(`Syntax Dictionary: bad AI "${ais}" in line: ${line}`);
    let flags = '';
    if (tokens[0] !== undefined && /^[^\w\s[]+$/.test(tokens[0])) flags = tokens.shift() ?? '';
    const components: AiComponent[] = [];
    const req: string[][][] = [];
    const ex: string[] = [];
    let dlpkey: string[][] | null = null;
    for (const token of tokens) {
      const component = COMPONENT.exec(token);
      if (component) {
        const fixed = component[3] ?? '';
        const max = Number(component[4] ?? fixed);
        components.push({
          cset: component[2] as Cset,
          min: component[4] === undefined ? max : 1,
          max,
          optional: component[1] === '[',
          linters: (component[6] ?? '').split(',').filter((l) => l !== ''),
        });
      } else if (token.startsWith('req=')) {
        req.push(
          token
            .slice(4)
            .split(',')
            .map((alt) => alt.split('+')),
        );
      } else if (token.startsWith('ex=')) {
        ex.push(...token.slice(3).split(','));
      } else if (token === 'dlpkey') {
        dlpkey = [[]];
      } else if (token.startsWith('dlpkey=')) {
        dlpkey = token
          .slice(7)
          .split('|')
          .map((seq) => seq.split(','));
      } else {
        throw new Error(`Syntax Dictionary: unknown token "${token}" in line: ${line}`);
      }
    }
    entries.push({
      first: range[1],
      last: range[2] ?? range[1],
      fnc1: !flags.includes('*'),
      dlAttr: flags.includes('?'),
      components,
      req,
      ex,
      dlpkey,
      title,
    });
  }
  return entries;
}

/** Every individual AI an entry covers ("3100-3105" → 3100…3105), keeping the width ("91-99" → 91…99). */
export function aisOfEntry(entry: AiEntry): string[] {
  const width = entry.first.length;
  const out: string[] = [];
  for (let n = Number(entry.first); n <= Number(entry.last); n++) out.push(String(n).padStart(width, '0'));
  return out;
}

import type { AiComponent, AiEntry } from './ai-dictionary';
import { aisOfEntry } from './ai-dictionary';
import { AI_DICTIONARY } from './ai-table.generated';

/**
 * Runtime view of the Syntax Dictionary: one precompiled definition per AI, built once at module load so the
 * parser's hot path is a Map lookup (no regex compilation or table scans per scan).
 */
export interface AiDef {
  readonly ai: string;
  readonly entry: AiEntry;
  readonly components: readonly AiComponent[];
  /** Total data length when every component is fixed and mandatory (e.g. 14 for (01)); otherwise null. */
  readonly fixedLength: number | null;
  readonly maxLength: number;
  /** Needs a GS after it when not last (no "*" flag in the dictionary). */
  readonly fnc1: boolean;
  /** Implied decimal point position for 31nn–36nn, 390n–395n (last digit of the AI), else null. */
  readonly decimals: number | null;
}

const byAi = new Map<string, AiDef>();
for (const entry of AI_DICTIONARY) {
  for (const ai of aisOfEntry(entry)) byAi.set(ai, compile(ai, entry));
}

function compile(ai: string, entry: AiEntry): AiDef {
  const allFixed = entry.components.every((c) => c.min === c.max && !c.optional);
  const total = entry.components.reduce((sum, c) => sum + c.max, 0);
  const isMeasureOrAmount = ai.length === 4 && /^3[1-69]/.test(ai);
  return {
    ai,
    entry,
    components: entry.components,
    fixedLength: allFixed ? total : null,
    maxLength: total,
    fnc1: entry.fnc1,
    decimals: isMeasureOrAmount ? Number(ai[3]) : null,
  };
}

export function lookupAi(ai: string): AiDef | undefined {
  return byAi.get(ai);
}

/** Every AI the dictionary defines, ranges expanded, in dictionary order. */
export function allAis(): readonly AiDef[] {
  return [...byAi.values()];
}

/**
 * The AI that starts at `pos`: AIs are 2–4 digits and prefix-free (GS1 General Specifications §3.2, checked by
 * a unit test over the whole table), so the first length that names a known AI is the AI.
 */
export function matchAiAt(data: string, pos: number): AiDef | undefined {
  for (let len = 2; len <= 4; len++) {
    if (pos + len > data.length) return undefined;
    const code = data.charCodeAt(pos + len - 1);
    if (code < 48 || code > 57) return undefined;
    const def = byAi.get(data.slice(pos, pos + len));
    if (def) return def;
  }
  return undefined;
}

/** A short name a supervisor recognises for the GS1 key an AI carries ("SSCC", "GTIN", "GLN"). */
export function keyName(ai: string): string {
  if (ai === '00') return 'SSCC';
  if (ai === '01' || ai === '02' || ai === '03') return 'GTIN';
  if (ai.length === 3 && ai.startsWith('41')) return 'GLN';
  const named: Record<string, string> = {
    '253': 'GDTI',
    '255': 'GCN',
    '402': 'GSIN',
    '8003': 'GRAI',
    '8006': 'ITIP',
    '8026': 'ITIP',
    '8017': 'GSRN',
    '8018': 'GSRN',
    '8013': 'GMN',
    '8014': 'MUDI',
  };
  return named[ai] ?? `AI (${ai})`;
}

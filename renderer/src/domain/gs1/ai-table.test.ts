import { describe, expect, it } from 'vitest';
import { aisOfEntry } from './ai-dictionary';
import { allAis, lookupAi, matchAiAt } from './ai-table';
import { AI_DICTIONARY } from './ai-table.generated';
import { LINTERS } from './linters';

/** The generated table is checked against the dictionary text by main/cli/commands/parse-scan.test.ts. */
describe('the AI table', () => {
  it('expands every dictionary entry into individual AIs', () => {
    const count = AI_DICTIONARY.reduce((n, e) => n + aisOfEntry(e).length, 0);
    expect(allAis()).toHaveLength(count);
    expect(lookupAi('3103')?.decimals).toBe(3);
    expect(lookupAi('95')?.maxLength).toBe(90);
    expect(lookupAi('01')).toMatchObject({ fixedLength: 14, fnc1: false });
    expect(lookupAi('8001')).toMatchObject({ fixedLength: 14, fnc1: true });
    expect(lookupAi('10')).toMatchObject({ fixedLength: null, fnc1: true, maxLength: 20 });
  });

  it('is prefix-free, so the first known prefix of 2–4 digits is the AI (GS1 General Specifications §3.2)', () => {
    const ais = allAis().map((d) => d.ai);
    const clashes = ais.flatMap((a) => ais.filter((b) => b !== a && b.startsWith(a)).map((b) => `${a}/${b}`));
    expect(clashes).toEqual([]);
    expect(ais.filter((a) => matchAiAt(`${a}123`, 0)?.ai !== a)).toEqual([]);
  });

  it('implements every linter the Syntax Dictionary names (none passes unchecked)', () => {
    const named = new Set(AI_DICTIONARY.flatMap((e) => e.components.flatMap((c) => c.linters)));
    expect([...named].filter((l) => !(l in LINTERS))).toEqual([]);
  });
});

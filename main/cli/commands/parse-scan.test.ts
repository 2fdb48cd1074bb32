import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dictionaryPath, generateAiTableSource, repoRoot, tablePath } from '../../../test/tools/generate-gs1-ai-table';
import { unescapeGs } from './parse-scan';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/** Spawns `npm run -s cli -- parse-scan …` the way cli.test.ts does (tsx main/cli/index.ts). */
function cli(
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; json: Record<string, unknown>; stderr: string }> {
  const child = spawn(process.execPath, [tsxCli, 'main/cli/index.ts', 'parse-scan', ...args], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) =>
    child.on('close', (code) => {
      resolve({ code, json: stdout === '' ? {} : (JSON.parse(stdout) as Record<string, unknown>), stderr });
    }),
  );
}

describe('the GS1 AI table', () => {
  it('is exactly what the generator makes from the Syntax Dictionary (no drift)', async () => {
    const dictionary = await readFile(dictionaryPath, 'utf8');
    expect(await readFile(tablePath, 'utf8')).toBe(generateAiTableSource(dictionary));
  });
});

describe('parse-scan', () => {
  it('turns the visible GS escapes into ASCII 29', () => {
    expect(unescapeGs('10A\\x1d21B<GS>22C{GS}')).toBe('10A\u001d21B\u001d22C\u001d');
  });

  it('prints the elements and decoded facts of a valid scan and exits 0', { timeout: 30_000 }, async () => {
    const { code, json } = await cli([']C10109506000134352172601313103000125\\x1d10LOT-7']);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      valid: true,
      symbology: 'gs1-128',
      elements: [
        { ai: '01', value: '09506000134352' },
        { ai: '17', value: '260131' },
        { ai: '3103', value: '000125' },
        { ai: '10', value: 'LOT-7' },
      ],
      gtin: '09506000134352',
      lot: 'LOT-7',
      expiry: '2026-01-31',
      netWeightKg: 0.125,
    });
  });

  it('reads stdin with a literal GS, and explains an invalid scan with exit 1', { timeout: 30_000 }, async () => {
    const { code, json } = await cli(['-'], ']d2010950600013435210ABC\u001d17131301\n');
    expect(code).toBe(1);
    expect(json).toMatchObject({ valid: false, error: { message: 'AI (17): 131301 is not a date', position: 27 } });
  });

  it(
    'gives empty elements for a configured location label, and exit 2 for a usage mistake',
    { timeout: 30_000 },
    async () => {
      const location = await cli(['--location', '^LOC-(\\w+)$', 'LOC-A0102']);
      expect(location).toMatchObject({ code: 0, json: { valid: true, kind: 'location', code: 'A0102', elements: [] } });
      const usage = await cli([]);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('give exactly one scan');
    },
  );
});

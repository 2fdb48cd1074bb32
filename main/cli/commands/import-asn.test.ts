import { spawn } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../command';
import { commands } from '../registry';
import { runCli } from '../run';
import { MAX_FILE_BYTES } from './import-asn';

/**
 * `import-asn` in-process through runCli (as index.ts runs it), plus one spawned run of the real entry point.
 * Proves: JSON on stdout with warnings and exit 0; a rejected file gives `{ ok: false, errors }` on stdout, a
 * readable list on stderr and exit 1; unreadable, non-UTF-8 and oversized files are exit 1 with a plain reason;
 * usage mistakes are exit 2; CSV options reach the importer.
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const GTIN = '09506000134352';
let dir: string;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const context: CommandContext = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: dir,
    commands,
    untilStopped: () => new Promise(() => undefined),
  };
  const code = await runCli(['import-asn', ...args], context);
  return { code, stdout, stderr, json: stdout ? (JSON.parse(stdout) as Record<string, unknown>) : {} };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dockside-import-asn-'));
  await writeFile(join(dir, 'good.csv'), `asn;sscc;gtin;qty;uom\nDN-1;354107380000001052;${GTIN};1,5;EA\n`);
  await writeFile(join(dir, 'bad.csv'), `asn,gtin,qty,uom,expiry\nDN-1,${GTIN},1,EA,03/04/2026\n`);
  await writeFile(join(dir, 'latin1.csv'), Buffer.from([0x61, 0x73, 0x6e, 0x0a, 0xe9, 0x0a]));
  await writeFile(join(dir, 'partner.csv'), `Lieferung,Stk,EAN\nDN-7,3,${GTIN}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('import-asn', () => {
  it('prints the canonical ASNs with their warnings and exits 0', async () => {
    const { code, json, stderr } = await run(['good.csv']);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      ok: true,
      format: 'csv',
      asns: [{ asnId: 'DN-1', lines: [{ quantity: '1.5' }], warnings: [{ code: 'sscc-check-digit' }] }],
    });
    expect(stderr).toBe('import-asn: good.csv: 1 ASN read as csv, 1 warning(s); nothing stored\n');
  });

  it('exits 1 with { ok: false, errors } on stdout and a readable list on stderr for a bad file', async () => {
    const { code, json, stderr } = await run(['bad.csv', '--format', 'csv']);
    expect(code).toBe(1);
    expect(json).toMatchObject({
      ok: false,
      format: 'csv',
      errors: [{ code: 'csv-value', at: { line: 2, tag: 'expiry' } }],
    });
    expect(stderr).toContain(
      'import-asn: bad.csv rejected (csv); nothing stored:\n  - Row 2, column "expiry": "03/04/2026" is ambiguous',
    );
    expect((await run(['bad.csv', '--date-order', 'dmy'])).code).toBe(0);
  });

  it('passes CSV options: an explicit column mapping and a default unit', async () => {
    const args = ['partner.csv', '--column', 'Lieferung=asn_id', '--column', 'Stk=quantity', '--default-uom', 'PCE'];
    const { code, json } = await run(args);
    expect(code).toBe(0);
    expect(json).toMatchObject({ asns: [{ asnId: 'DN-7', lines: [{ quantity: '3', uom: 'PCE', gtin: GTIN }] }] });
  });

  it('exits 1 with a plain reason for a missing, non-UTF-8, non-regular or oversized file', async () => {
    const missing = await run(['nope.x12']);
    expect(missing).toMatchObject({ code: 1, json: { ok: false, errors: [{ code: 'file' }] } });
    expect(missing.stderr).toContain('nope.x12 does not exist');
    expect((await run(['latin1.csv'])).stderr).toContain('is not UTF-8 text');
    expect((await run(['.'])).stderr).toContain('is not a file');
    await writeFile(join(dir, 'huge.x12'), '');
    await truncate(join(dir, 'huge.x12'), MAX_FILE_BYTES + 1); // sparse: refused by its size, never read
    expect((await run(['huge.x12'])).stderr).toContain('ASN files up to 64 MB are read');
  });

  it('exits 2 for usage mistakes', async () => {
    expect((await run([])).code).toBe(2);
    const format = await run(['good.csv', '--format', 'xml']);
    expect(format).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be x12, edifact, csv or json') as string,
    });
    expect((await run(['good.csv', '--column', 'Stk=qty'])).code).toBe(2);
  });

  it('runs from the real entry point on a public X12 sample', { timeout: 30_000 }, async () => {
    const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
    const sample = join(repoRoot, '..', 'shared', 'fixtures', 'edi', 'x12_856_bots_856_1.x12');
    const child = spawn(process.execPath, [tsxCli, 'main/cli/index.ts', 'import-asn', sample], { cwd: repoRoot });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, format: 'x12-856' });
  });
});

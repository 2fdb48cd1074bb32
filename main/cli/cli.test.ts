import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Runs the CLI the way `npm run -s cli` does (tsx main/cli/index.ts), minus npm's own start-up. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [tsxCli, 'main/cli/index.ts', ...args], { cwd: repoRoot, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      resolve(code);
    }),
  );
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawnCli(args);
  const code = await run.exited;
  return { code, stdout: run.out(), stderr: run.err() };
}

async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dockside-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists its commands with --help', { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of ['demo-erp', 'ledger', 'openapi', 'help']) expect(stdout).toContain(`  ${name}`);
    expect(stdout).toContain('demo-erp [--port N');
  });

  it('exits 2 with a message on stderr for an unknown command or a bad flag', { timeout: 30_000 }, async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badFlag = await runCli(['demo-erp', '--prot', '1']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/demo-erp: Unknown option '--prot'/);
  });

  it('runs the demo ERP on a free port until SIGINT, and prints its ledger', { timeout: 30_000 }, async () => {
    const server = spawnCli(['demo-erp', '--port', '0', '--data-dir', dataDir]);
    try {
      const url = await waitFor(
        () => /Demo ERP listening on (http:\/\/127\.0\.0\.1:\d+) \(ledger: (.+)\)/.exec(server.out())?.[1],
        'the listening line',
      );
      expect(server.out()).toContain(`(ledger: ${dataDir})`);
      const health = await fetch(`${url}/api/v1/health`);
      expect(await health.json()).toEqual({ status: 'ok', name: 'Dockside demo ERP', apiVersion: '1' });

      const ledger = await runCli(['ledger', '--erp', url, '--station', 'DOCK-01']);
      expect(ledger.code).toBe(0);
      expect(JSON.parse(ledger.stdout)).toEqual({
        events: [],
        receipts: [],
        receiptStates: [],
        discrepancies: [],
        units: [],
        stations: [{ stationId: 'DOCK-01', contiguousSeq: 0, highestSeq: 0, lastAppliedAt: null }],
      });

      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);
      expect(server.out()).toContain('Demo ERP stopping (SIGINT)');
      await expect(fetch(`${url}/api/v1/health`)).rejects.toThrow();
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});

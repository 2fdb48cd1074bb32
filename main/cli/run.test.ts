import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../demo-erp/openapi';
import type { CommandContext } from './command';
import { commands } from './registry';
import { runCli } from './run';

/** The dispatcher and the quick commands, in-process (cli.test.ts spawns the real thing). */
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const context: CommandContext = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: process.cwd(),
    commands,
    untilStopped: () => Promise.resolve('SIGTERM'),
  };
  const code = await runCli(argv, context);
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('shows the command list for help, --help, -h and no command at all', async () => {
    const outputs = await Promise.all([['help'], ['--help'], ['-h'], []].map(run));
    for (const output of outputs) expect(output).toMatchObject({ code: 0, stderr: '' });
    expect(new Set(outputs.map((output) => output.stdout)).size).toBe(1);
    expect(outputs[0]?.stdout).toMatch(/Commands:\n {2}help {2,}List the commands/);
  });

  it("shows one command's usage after --help without running it", async () => {
    const { code, stdout } = await run(['demo-erp', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Run the demo ERP.*\n\nUsage: demo-erp \[--port N/);
  });

  it('answers usage mistakes with the usage and exit code 2', async () => {
    expect(await run(['demo-erp', '--port', '99999'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--port must be a number from 0 to 65535, got "99999"\nUsage: demo-erp/) as unknown,
    });
    expect(await run(['ledger'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--erp is required') as unknown,
    });
    expect(await run(['ledger', '--erp', 'ftp://x'])).toMatchObject({ code: 2 });
    expect(await run(['openapi', 'extra'])).toMatchObject({ code: 2 });
    expect(await run(['nope'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command "nope"') as unknown,
    });
  });

  it('prints the OpenAPI document', async () => {
    const { code, stdout } = await run(['openapi']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(buildOpenApiDocument());
  });

  it('exits 1 with the reason when the ERP cannot be reached', async () => {
    const { code, stderr } = await run(['ledger', '--erp', 'http://127.0.0.1:9']);
    expect(code).toBe(1);
    expect(stderr).toContain('Could not reach the ERP at http://127.0.0.1:9');
  });
});

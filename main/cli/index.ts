import { commands } from './registry';
import { runCli } from './run';

/**
 * Entry point of `npm run -s cli -- <command>`. Sets process.exitCode rather than calling process.exit, so
 * output piped to a file (`openapi > docs/api/openapi.json`) is flushed before the process ends.
 */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  cwd: process.cwd(),
  commands,
  untilStopped: () =>
    new Promise((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(signal);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
});

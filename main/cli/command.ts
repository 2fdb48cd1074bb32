/**
 * A CLI command: a name, a one-line summary and usage for `help`, and a run function that returns the exit code.
 * Commands print through the context rather than to process.stdout, so tests can run them in-process too.
 */
export interface CommandContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Resolves with the signal name when the user asks a long-running command to stop (SIGINT/SIGTERM). */
  readonly untilStopped: () => Promise<string>;
  /** Every registered command, for `help`. */
  readonly commands: readonly Command[];
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Usage lines after the command name, e.g. "[--port N]"; the first line is the synopsis. */
  readonly usage: readonly string[];
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** A mistake in how the command was called: reported with the usage, exit code 2 (as POSIX utilities do). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

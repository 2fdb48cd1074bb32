import type { Command, CommandContext } from './command';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './command';

/**
 * Dispatches `<command> [options]` to the registry. Exit codes: 0 done, 1 the command failed, 2 it was called
 * wrongly (unknown command or flag), with the message on stderr.
 */
export async function runCli(argv: readonly string[], context: CommandContext): Promise<number> {
  const [name, ...args] = argv;
  const help = findCommand(context.commands, 'help');
  if (name === undefined || name === '--help' || name === '-h') return help.run([], context);

  const command = context.commands.find((candidate) => candidate.name === name);
  if (!command) {
    context.stderr(`Unknown command "${name}". Run with --help to list the commands.\n`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    context.stdout(
      `${command.summary}\n\n${command.usage.map((usage) => `Usage: ${command.name} ${usage}`.trimEnd()).join('\n')}\n`,
    );
    return 0;
  }
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = command.usage[0] ?? '';
      context.stderr(`${command.name}: ${error.message}\nUsage: ${command.name} ${usage}`.trimEnd() + '\n');
      return EXIT_USAGE;
    }
    context.stderr(`${command.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

function findCommand(commands: readonly Command[], name: string): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new Error(`no "${name}" command is registered`);
  return command;
}

import type { Command } from '../command';
import { EXIT_OK } from '../command';

export const helpCommand: Command = {
  name: 'help',
  summary: 'List the commands and how to call them',
  usage: [''],
  run(_args, { stdout, commands }) {
    const width = Math.max(...commands.map((command) => command.name.length));
    const lines = ['Dockside command line', '', 'Usage: npm run -s cli -- <command> [options]', '', 'Commands:'];
    for (const command of commands) lines.push(`  ${command.name.padEnd(width)}  ${command.summary}`);
    lines.push('', 'Usage by command:');
    for (const command of commands) {
      for (const usage of command.usage) lines.push(`  ${command.name}${usage ? ` ${usage}` : ''}`);
    }
    lines.push('', 'Add --help after a command for its usage alone.');
    stdout(`${lines.join('\n')}\n`);
    return Promise.resolve(EXIT_OK);
  },
};

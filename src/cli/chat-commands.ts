import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the bot core loads when the chat starts, not to list the commands (see register-all) */
const actions = () => require('./chat-actions') as typeof import('./chat-actions');

/** `crmpro chat`: talk to the bot core from a terminal (or a script piping lines in). */
export function registerChatCommands(program: Command, env: CliEnvironment): void {
  program
    .command('chat')
    .description('Chat with the bot in this terminal, through the same bot core as every channel')
    .option('--as <email>', 'act as this CRM user (default: LOCAL_USER, the demo rep)')
    .action(runCommand(env, (options: { as?: string }) => actions().chatCommand(env, options)));
}

import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the bot and the seeded demo CRM load when an evaluation runs, not to list the commands (see register-all) */
const actions = () => require('./eval-actions') as typeof import('./eval-actions');

/** `crmpro eval conversations FILE`: how often the bot answers real questions right, by role and kind. */
export function registerEvalCommands(program: Command, env: CliEnvironment): void {
  const evaluation = program.command('eval').description('Evaluate the bot end to end');
  evaluation
    .command('conversations <file>')
    .description(
      'Run each question of a JSON-lines file through the bot on a freshly seeded demo CRM (no LLM) and report the share answered right by role and by kind',
    )
    .option('--json', 'print the report as JSON (every question with its result)')
    .action(
      runCommand(env, (file: string, options: { json?: boolean }) =>
        actions().evalConversationsCommand(env, file, options),
      ),
    );
}

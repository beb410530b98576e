import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the store and the knowledge indexer load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./privacy-actions') as typeof import('./privacy-actions');

/**
 * `crmpro privacy export|erase`: answers a person's access request (everything held about them, as
 * JSON files and a summary) and erasure request (removed or anonymised everywhere, no trace left in
 * DATA_DIR's files, the erasure itself audited without the erased data).
 */
export function registerPrivacyCommands(program: Command, env: CliEnvironment): void {
  const privacy = program.command('privacy').description("Export or erase one person's data");
  privacy
    .command('export')
    .description('Write everything held about a person (found by e-mail) as JSON files and summary.md')
    .requiredOption('--email <address>', "the person's e-mail address")
    .requiredOption('--out <dir>', 'the directory to write (created 0700)')
    .action(
      runCommand(env, (flags: { email: string; out: string }) => actions().privacyExportCommand(env, flags)),
    );
  privacy
    .command('erase')
    .description("Remove or anonymise a person's data everywhere the export finds it")
    .requiredOption('--email <address>', "the person's e-mail address")
    .option('--dry-run', 'only say what would be erased', false)
    .action(
      runCommand(env, (flags: { email: string; dryRun: boolean }) =>
        actions().privacyEraseCommand(env, flags),
      ),
    );
}

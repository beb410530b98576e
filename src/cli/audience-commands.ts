import type { Command } from 'commander';
import type { AsOptions } from './audience-actions';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the audience skills and the store load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./audience-actions') as typeof import('./audience-actions');

/** `crmpro audiences list|show|export`: marketing's saved campaign audiences, role-checked as the user named by --as. */
export function registerAudienceCommands(program: Command, env: CliEnvironment): void {
  const audiences = program
    .command('audiences')
    .description('Saved campaign audiences (build them in chat): list, show, export contacts as CSV');

  audiences
    .command('list')
    .description('List the saved audiences: name, accounts, contacts, when built, definition')
    .option('--as <email>', 'the CRM user to act as (default: LOCAL_USER)')
    .option('--json', 'print JSON')
    .action(runCommand(env, (options: AsOptions) => actions().listAudiencesCommand(env, options)));

  audiences
    .command('show <name>')
    .description("An audience's definition, size and members (account, region, segment, spend at the build)")
    .option('--as <email>', 'the CRM user to act as (default: LOCAL_USER)')
    .option('--json', 'print JSON')
    .action(
      runCommand(env, (name: string, options: AsOptions) =>
        actions().showAudienceCommand(env, name, options),
      ),
    );

  audiences
    .command('export <name>')
    .description(
      "Write the audience's contacts with e-mail as CSV; contacts who opted out of marketing e-mail are left out (counted on stderr)",
    )
    .requiredOption(
      '--out <file>',
      'CSV file to write (header row: account,region,segment,contact,title,email,language)',
    )
    .option('--as <email>', 'the CRM user to act as (default: LOCAL_USER)')
    .action(
      runCommand(env, (name: string, options: AsOptions & { out: string }) =>
        actions().exportAudienceCommand(env, name, options),
      ),
    );
}

import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { exportAudience, listAudiences, showAudience } from '../skills/audiences';
import { invokeSkill } from '../skills/skill';
import { cliCallerAs, refusedUnlessAllowed } from './cli-caller';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

interface AsOptions {
  as?: string;
  json?: boolean;
}

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
    .action(
      runCommand(env, async (options: AsOptions) => {
        const { caller, email } = await cliCallerAs(env, options.as);
        const services = await env.services();
        const result = await refusedUnlessAllowed('Audiences', listAudiences.roles, caller, email, () =>
          invokeSkill(listAudiences, {}, { caller, services }),
        );
        if (options.json) env.out(JSON.stringify(result.audiences, null, 2));
        else if (!result.audiences.length) env.out('No audiences yet.');
        else
          for (const a of result.audiences)
            env.out(
              `${a.name}\t${a.size} accounts\t${a.contacts} contacts\tbuilt ${a.builtAt.toISOString().slice(0, 10)}\t${JSON.stringify(a.definition)}`,
            );
        return 0;
      }),
    );

  audiences
    .command('show <name>')
    .description("An audience's definition, size and members (account, region, segment, spend at the build)")
    .option('--as <email>', 'the CRM user to act as (default: LOCAL_USER)')
    .option('--json', 'print JSON')
    .action(
      runCommand(env, async (name: string, options: AsOptions) => {
        const { caller, email } = await cliCallerAs(env, options.as);
        const services = await env.services();
        const view = await refusedUnlessAllowed('Audiences', showAudience.roles, caller, email, () =>
          invokeSkill(showAudience, { name }, { caller, services }),
        );
        if (options.json) {
          env.out(JSON.stringify(view, null, 2));
          return 0;
        }
        env.out(
          `${view.name}: ${view.size} accounts, ${view.contacts} contacts, built ${view.builtAt.toISOString().slice(0, 10)} (${view.builds} build${view.builds === 1 ? '' : 's'}); definition ${JSON.stringify(view.definition)}`,
        );
        for (const m of view.members)
          env.out(
            `${m.accountName}\t${m.region ?? ''}\t${m.segment ?? ''}\t${m.spend.toFixed(2)} ${m.currency}`,
          );
        return 0;
      }),
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
      runCommand(env, async (name: string, options: AsOptions & { out: string }) => {
        const { caller, email } = await cliCallerAs(env, options.as);
        const services = await env.services();
        const result = await refusedUnlessAllowed(
          'Audience exports',
          exportAudience.roles,
          caller,
          email,
          () => invokeSkill(exportAudience, { name }, { caller, services }),
        );
        await writeFile(options.out, stringify([result.columns, ...result.rows]));
        env.err(
          `${result.rows.length} contacts of "${result.name}" written to ${options.out}; left out: ${result.optedOut} opted out of marketing e-mail, ${result.withoutEmail} without an e-mail address, ${result.leftCompany} no longer at the company${result.hiddenMembers ? `, ${result.hiddenMembers} accounts whose contacts you don't see` : ''}`,
        );
        return 0;
      }),
    );
}

import { InvalidArgumentError, type Command } from 'commander';
import { writeDataProfileReport } from '../reports/data-profile-report';
import { profileCollection } from '../skills/data-profile';
import { EXPORT_COLLECTIONS, type ExportCollection } from '../skills/shared/record-columns';
import { invokeSkill } from '../skills/skill';
import { cliCallerAs, refusedUnlessAllowed } from './cli-caller';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

function collectionName(value: string): ExportCollection {
  if (!(EXPORT_COLLECTIONS as readonly string[]).includes(value))
    throw new InvalidArgumentError(
      `the collection must be one of ${EXPORT_COLLECTIONS.join(', ')} (got '${value}')`,
    );
  return value as ExportCollection;
}

/**
 * `crmpro data profile COLLECTION --report DIR [--as EMAIL]`: an HTML page (and profile.json) with
 * each field's type, missing share, distribution and top values, and the collection's orphans and
 * duplicates, for admins and analysts.
 */
export function registerDataProfileCommands(program: Command, env: CliEnvironment): void {
  const data = program.command('data').description("Look at the CRM's data (admins and analysts)");
  data
    .command('profile')
    .description(
      'Profile one collection: fields, missing values, distributions, top values, orphans, duplicates',
    )
    .argument('<collection>', EXPORT_COLLECTIONS.join(' | '), collectionName)
    .requiredOption('--report <dir>', 'the directory to write index.html, profile.json and the charts to')
    .option('--as <email>', 'act as this CRM user (default: LOCAL_USER)')
    .action(
      runCommand(env, async (collection: ExportCollection, flags: { report: string; as?: string }) => {
        const { caller, email } = await cliCallerAs(env, flags.as);
        const services = await env.services();
        const profile = await refusedUnlessAllowed(
          'crmpro data profile',
          profileCollection.roles,
          caller,
          email,
          () => invokeSkill(profileCollection, { collection }, { caller, services }),
        );
        const written = await writeDataProfileReport(flags.report, profile);
        const orphans = profile.orphans.reduce((sum, check) => sum + check.dangling, 0);
        const duplicates = profile.duplicates.reduce((sum, check) => sum + check.groups, 0);
        env.out(
          `profiled ${profile.rows} ${collection}: ${profile.fields.length} fields, ${orphans} orphan reference(s), ${duplicates} duplicated key value(s); report ${written.html}`,
        );
        return 0;
      }),
    );
}

import { writeDataProfileReport } from '../reports/data-profile-report';
import { profileCollection } from '../skills/data-profile';
import type { ExportCollection } from '../skills/shared/record-columns';
import { invokeSkill } from '../skills/skill';
import { cliCallerAs, refusedUnlessAllowed } from './cli-caller';
import type { CliEnvironment } from './cli-environment';

/** `crmpro data profile COLLECTION --report DIR`: profiles the collection and writes the report. */
export async function dataProfileCommand(
  env: CliEnvironment,
  collection: ExportCollection,
  flags: { report: string; as?: string },
): Promise<number> {
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
}

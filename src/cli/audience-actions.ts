import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { exportAudience, listAudiences, showAudience } from '../skills/audiences';
import { invokeSkill } from '../skills/skill';
import { cliCallerAs, refusedUnlessAllowed } from './cli-caller';
import type { CliEnvironment } from './cli-environment';

export interface AsOptions {
  as?: string;
  json?: boolean;
}

/** `crmpro audiences list`. */
export async function listAudiencesCommand(env: CliEnvironment, options: AsOptions): Promise<number> {
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
}

/** `crmpro audiences show NAME`. */
export async function showAudienceCommand(
  env: CliEnvironment,
  name: string,
  options: AsOptions,
): Promise<number> {
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
    env.out(`${m.accountName}\t${m.region ?? ''}\t${m.segment ?? ''}\t${m.spend.toFixed(2)} ${m.currency}`);
  return 0;
}

/** `crmpro audiences export NAME --out FILE`. */
export async function exportAudienceCommand(
  env: CliEnvironment,
  name: string,
  options: AsOptions & { out: string },
): Promise<number> {
  const { caller, email } = await cliCallerAs(env, options.as);
  const services = await env.services();
  const result = await refusedUnlessAllowed('Audience exports', exportAudience.roles, caller, email, () =>
    invokeSkill(exportAudience, { name }, { caller, services }),
  );
  await writeFile(options.out, stringify([result.columns, ...result.rows]));
  env.err(
    `${result.rows.length} contacts of "${result.name}" written to ${options.out}; left out: ${result.optedOut} opted out of marketing e-mail, ${result.withoutEmail} without an e-mail address, ${result.leftCompany} no longer at the company${result.hiddenMembers ? `, ${result.hiddenMembers} accounts whose contacts you don't see` : ''}`,
  );
  return 0;
}

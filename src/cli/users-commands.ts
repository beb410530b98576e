import { InvalidArgumentError, type Command } from 'commander';
import { MAX_USER_TOKEN_TTL_SECONDS } from '../bots/core/user-token';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';
import type { AddFlags } from './users-actions';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- user accounts, the store and the CSV reader load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./users-actions') as typeof import('./users-actions');

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses `--ttl` ("90s", "30m", "1h", "7d") into seconds, at most MAX_USER_TOKEN_TTL_SECONDS. */
export function ttlSeconds(value: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2]!]! : NaN;
  if (!(seconds > 0 && seconds <= MAX_USER_TOKEN_TTL_SECONDS))
    throw new InvalidArgumentError(
      `--ttl must be a duration such as 30m, 1h or 7d, at most 30d (got '${value}')`,
    );
  return seconds;
}

/**
 * `crmpro users ...`: the CRM's people. `add`, `list`, `link`, `import`, `set-role` and `deactivate` manage who
 * the bot knows on which channel (a deactivated user is resolved on none). `users token` issues the signed token a client of a channel
 * that vouches for nobody (Direct Line, a website's Web Chat) sends in `channelData.crmproUserToken`
 * to act as that user.
 */
export function registerUsersCommands(program: Command, env: CliEnvironment): void {
  const users = program.command('users').description('CRM users and their channel identities');
  registerUserAdministration(users, env);
  users
    .command('token')
    .description(
      'Print a user token (signed with USER_TOKEN_SECRET) that lets a Bot Framework client act as this CRM user: ' +
        'the client sends it as channelData.crmproUserToken',
    )
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .option('--ttl <duration>', 'how long the token is valid: 30m, 1h, 7d (at most 30d)', ttlSeconds, 3600)
    .action(
      runCommand(env, (flags: { email: string; ttl: number }) => actions().userTokenCommand(env, flags)),
    );
}

function registerUserAdministration(users: Command, env: CliEnvironment): void {
  users
    .command('add')
    .description('Add a CRM user (and link their Slack and Teams identities)')
    .requiredOption('--email <email>', 'their work e-mail (unique)')
    .requiredOption('--name <name>', 'their full name')
    .requiredOption('--role <role>', 'rep, manager, marketing, support, analyst or admin')
    .option('--team <team>', 'their team (default General)')
    .option('--timezone <tz>', 'an IANA time zone, e.g. Europe/Paris (default UTC)')
    .option('--slack-id <id>', 'their Slack user id (U…)')
    .option('--teams-id <id>', "their Teams user's Azure AD object id (a GUID)")
    .action(runCommand(env, (flags: AddFlags) => actions().addUserCommand(env, flags)));

  users
    .command('list')
    .description('List the active CRM users')
    .option('--role <role>', 'only users with this role')
    .option('--json', 'print a JSON array of {email, name, role, team, slackUserId, teamsUserId}')
    .action(
      runCommand(env, (flags: { role?: string; json?: boolean }) => actions().listUsersCommand(env, flags)),
    );

  users
    .command('link')
    .description("Link a Slack or Teams identity to a CRM user (replaces the user's previous id there)")
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .option('--slack-id <id>', 'a Slack user id (U…)')
    .option('--teams-id <id>', "a Teams user's Azure AD object id (a GUID)")
    .action(
      runCommand(env, (flags: { email: string; slackId?: string; teamsId?: string }) =>
        actions().linkUserCommand(env, flags),
      ),
    );

  users
    .command('import')
    .description(
      'Add users from a CSV file (columns email, name, role, team, timezone, slack_id, teams_id); ' +
        'prints `row N: reason` for each rejected row and imports the rest; exits 1 when any row was rejected',
    )
    .argument('<file>', 'the CSV file')
    .action(runCommand(env, (file: string) => actions().importUsersCommand(env, file)));

  users
    .command('set-role')
    .description(
      "Change an active CRM user's role (what they may see and do follows it on their next message)",
    )
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .requiredOption('--role <role>', 'rep, manager, marketing, support, analyst or admin')
    .action(
      runCommand(env, (flags: { email: string; role: string }) => actions().setRoleCommand(env, flags)),
    );

  users
    .command('set-timezone')
    .description("Change an active CRM user's time zone (dates and times shown to them follow it)")
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .requiredOption('--timezone <tz>', 'an IANA time zone, e.g. Europe/London')
    .action(
      runCommand(env, (flags: { email: string; timezone: string }) =>
        actions().setTimezoneCommand(env, flags),
      ),
    );

  users
    .command('deactivate')
    .description('Deactivate a CRM user: no channel resolves them any more (their records stay)')
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .action(runCommand(env, (flags: { email: string }) => actions().deactivateUserCommand(env, flags)));
}

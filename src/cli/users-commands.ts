import { InvalidArgumentError, type Command } from 'commander';
import { issueUserToken, MAX_USER_TOKEN_TTL_SECONDS } from '../bots/core/user-token';
import { CrmError, ErrorCode, isCrmError } from '../core/errors';
import {
  channelLinkOf,
  listingOf,
  UserAccounts,
  type ChannelLink,
  type NewUserInput,
} from '../skills/shared/user-accounts';
import { UserDirectory } from '../skills/shared/user-directory';
import { headerKey, openCsv } from '../store/import';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

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
      runCommand(env, async (flags: { email: string; ttl: number }) => {
        const secret = env.config().userTokenSecret;
        if (!secret)
          throw new CrmError(
            ErrorCode.InvalidInput,
            'USER_TOKEN_SECRET is not set: set it (at least 32 characters, e.g. `openssl rand -hex 32`) where the server runs and here, then issue the token again.',
          );
        const user = await new UserDirectory(await env.openStore()).byEmail(flags.email);
        if (!user)
          throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${flags.email}.`);
        const now = new Date();
        env.out(issueUserToken({ email: user.email, ttlSeconds: flags.ttl, secret, now }));
        env.err(
          `token for ${user.name} (${user.role}), valid until ${new Date(now.getTime() + flags.ttl * 1000).toISOString()}`,
        );
        return 0;
      }),
    );
}

interface AddFlags {
  email: string;
  name: string;
  role: string;
  team?: string;
  timezone?: string;
  slackId?: string;
  teamsId?: string;
}

/** The CSV columns `users import` reads (header names compared as `crmpro import` compares them). */
const IMPORT_COLUMNS: Record<keyof NewUserInput, readonly string[]> = {
  email: ['email', 'emailaddress'],
  name: ['name', 'fullname'],
  role: ['role'],
  team: ['team'],
  timezone: ['timezone', 'tz'],
  slackUserId: ['slackid', 'slackuserid'],
  teamsUserId: ['teamsid', 'teamsuserid', 'aadobjectid'],
};

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
    .action(
      runCommand(env, async (flags: AddFlags) => {
        const user = await new UserAccounts(await env.openStore()).add({
          email: flags.email,
          name: flags.name,
          role: flags.role,
          team: flags.team,
          timezone: flags.timezone,
          slackUserId: flags.slackId,
          teamsUserId: flags.teamsId,
        });
        env.out(`added ${user.name} <${user.email}> (${user.role}, ${user.team})`);
        return 0;
      }),
    );

  users
    .command('list')
    .description('List the active CRM users')
    .option('--role <role>', 'only users with this role')
    .option('--json', 'print a JSON array of {email, name, role, team, slackUserId, teamsUserId}')
    .action(
      runCommand(env, async (flags: { role?: string; json?: boolean }) => {
        const found = await new UserAccounts(await env.openStore()).list({ role: flags.role });
        if (flags.json) {
          env.out(JSON.stringify(found.map(listingOf), null, 2));
          return 0;
        }
        for (const user of found)
          env.out(
            [
              user.email,
              user.name,
              user.role,
              user.team,
              user.slackUserId ?? '-',
              user.teamsUserId ?? '-',
            ].join('\t'),
          );
        env.err(`${found.length} user${found.length === 1 ? '' : 's'}`);
        return 0;
      }),
    );

  users
    .command('link')
    .description("Link a Slack or Teams identity to a CRM user (replaces the user's previous id there)")
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .option('--slack-id <id>', 'a Slack user id (U…)')
    .option('--teams-id <id>', "a Teams user's Azure AD object id (a GUID)")
    .action(
      runCommand(env, async (flags: { email: string; slackId?: string; teamsId?: string }) => {
        if ((flags.slackId === undefined) === (flags.teamsId === undefined))
          throw new CrmError(ErrorCode.InvalidInput, 'Give exactly one of --slack-id or --teams-id.');
        const link: ChannelLink =
          flags.slackId !== undefined
            ? channelLinkOf('slackUserId', flags.slackId)
            : channelLinkOf('teamsUserId', flags.teamsId!);
        const user = await new UserAccounts(await env.openStore()).link(flags.email, link);
        env.out(
          `linked ${link.field === 'slackUserId' ? 'Slack' : 'Teams'} ${link.id} to ${user.name} <${user.email}>`,
        );
        return 0;
      }),
    );

  users
    .command('import')
    .description(
      'Add users from a CSV file (columns email, name, role, team, timezone, slack_id, teams_id); ' +
        'prints `row N: reason` for each rejected row and imports the rest; exits 1 when any row was rejected',
    )
    .argument('<file>', 'the CSV file')
    .action(
      runCommand(env, async (file: string) => {
        const { imported, rejected } = await importUsers(new UserAccounts(await env.openStore()), file);
        for (const { row, reason } of rejected) env.out(`row ${row}: ${reason}`);
        env.out(`imported ${imported}, rejected ${rejected.length}`);
        return rejected.length ? 1 : 0;
      }),
    );

  users
    .command('set-role')
    .description(
      "Change an active CRM user's role (what they may see and do follows it on their next message)",
    )
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .requiredOption('--role <role>', 'rep, manager, marketing, support, analyst or admin')
    .action(
      runCommand(env, async (flags: { email: string; role: string }) => {
        const user = await new UserAccounts(await env.openStore()).setRole(flags.email, flags.role);
        env.out(`${user.name} <${user.email}> is now ${user.role}`);
        return 0;
      }),
    );

  users
    .command('deactivate')
    .description('Deactivate a CRM user: no channel resolves them any more (their records stay)')
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .action(
      runCommand(env, async (flags: { email: string }) => {
        const user = await new UserAccounts(await env.openStore()).deactivate(flags.email);
        env.out(`deactivated ${user.name} <${user.email}>`);
        return 0;
      }),
    );
}

/**
 * Adds the users of a CSV file row by row: each row is validated on its own (and against the rows
 * before it); a bad row is named (`row N`, 1 = the first row after the header) with the reason.
 */
async function importUsers(
  accounts: UserAccounts,
  file: string,
): Promise<{ imported: number; rejected: { row: number; reason: string }[] }> {
  const csv = await openCsv(file);
  const keys = csv.header.map(headerKey);
  const columnOf = Object.fromEntries(
    Object.entries(IMPORT_COLUMNS).map(([field, names]) => [
      field,
      keys.findIndex((key) => names.includes(key)),
    ]),
  ) as Record<keyof NewUserInput, number>;
  const missing = (['email', 'name', 'role'] as const).filter((field) => columnOf[field] < 0);
  if (missing.length) {
    await csv.rows.return(undefined);
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${file} has no ${missing.join(', ')} column: the header needs email, name and role (and may have team, timezone, slack_id, teams_id).`,
    );
  }
  const cell = (cells: string[], field: keyof NewUserInput) =>
    columnOf[field] >= 0 ? (cells[columnOf[field]] ?? '').trim() : '';
  let imported = 0;
  const rejected: { row: number; reason: string }[] = [];
  for await (const { row, cells } of csv.rows) {
    try {
      await accounts.add({
        email: cell(cells, 'email'),
        name: cell(cells, 'name'),
        role: cell(cells, 'role'),
        team: cell(cells, 'team'),
        timezone: cell(cells, 'timezone'),
        slackUserId: cell(cells, 'slackUserId'),
        teamsUserId: cell(cells, 'teamsUserId'),
      });
      imported++;
    } catch (error) {
      if (!isCrmError(error)) throw error;
      rejected.push({ row, reason: error.message });
    }
  }
  return { imported, rejected };
}

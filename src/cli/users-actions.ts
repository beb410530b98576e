import { issueUserToken } from '../bots/core/user-token';
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

export interface AddFlags {
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

/** `crmpro users token`: a signed user token for a Bot Framework client. */
export async function userTokenCommand(
  env: CliEnvironment,
  flags: { email: string; ttl: number },
): Promise<number> {
  const secret = env.config().userTokenSecret;
  if (!secret)
    throw new CrmError(
      ErrorCode.InvalidInput,
      'USER_TOKEN_SECRET is not set: set it (at least 32 characters, e.g. `openssl rand -hex 32`) where the server runs and here, then issue the token again.',
    );
  const user = await new UserDirectory(await env.openStore()).byEmail(flags.email);
  if (!user) throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${flags.email}.`);
  const now = new Date();
  env.out(issueUserToken({ email: user.email, ttlSeconds: flags.ttl, secret, now }));
  env.err(
    `token for ${user.name} (${user.role}), valid until ${new Date(now.getTime() + flags.ttl * 1000).toISOString()}`,
  );
  return 0;
}

/** `crmpro users add`. */
export async function addUserCommand(env: CliEnvironment, flags: AddFlags): Promise<number> {
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
}

/** `crmpro users list`. */
export async function listUsersCommand(
  env: CliEnvironment,
  flags: { role?: string; json?: boolean },
): Promise<number> {
  const found = await new UserAccounts(await env.openStore()).list({ role: flags.role });
  if (flags.json) {
    env.out(JSON.stringify(found.map(listingOf), null, 2));
    return 0;
  }
  for (const user of found)
    env.out(
      [user.email, user.name, user.role, user.team, user.slackUserId ?? '-', user.teamsUserId ?? '-'].join(
        '\t',
      ),
    );
  env.err(`${found.length} user${found.length === 1 ? '' : 's'}`);
  return 0;
}

/** `crmpro users link`. */
export async function linkUserCommand(
  env: CliEnvironment,
  flags: { email: string; slackId?: string; teamsId?: string },
): Promise<number> {
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
}

/** `crmpro users import FILE`: exits 1 when any row was rejected. */
export async function importUsersCommand(env: CliEnvironment, file: string): Promise<number> {
  const { imported, rejected } = await importUsers(new UserAccounts(await env.openStore()), file);
  for (const { row, reason } of rejected) env.out(`row ${row}: ${reason}`);
  env.out(`imported ${imported}, rejected ${rejected.length}`);
  return rejected.length ? 1 : 0;
}

/** `crmpro users set-role`. */
export async function setRoleCommand(
  env: CliEnvironment,
  flags: { email: string; role: string },
): Promise<number> {
  const user = await new UserAccounts(await env.openStore()).setRole(flags.email, flags.role);
  env.out(`${user.name} <${user.email}> is now ${user.role}`);
  return 0;
}

/** `crmpro users set-timezone`. */
export async function setTimezoneCommand(
  env: CliEnvironment,
  flags: { email: string; timezone: string },
): Promise<number> {
  const user = await new UserAccounts(await env.openStore()).setTimezone(flags.email, flags.timezone);
  env.out(`${user.name} <${user.email}> is now in ${user.timezone}`);
  return 0;
}

/** `crmpro users deactivate`. */
export async function deactivateUserCommand(env: CliEnvironment, flags: { email: string }): Promise<number> {
  const user = await new UserAccounts(await env.openStore()).deactivate(flags.email);
  env.out(`deactivated ${user.name} <${user.email}>`);
  return 0;
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

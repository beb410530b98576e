import { isCrmError } from '../../core/errors';
import { listTeamMembers, type TeamMember } from '../../skills/team-members';
import { USER_ROLES, type UserRole } from '../../vocabulary';
import type { Reply } from '../reply';
import { userAdministrationRequestOf, type UserAdministrationRequest } from '../routing/user-admin-requests';
import type { IntentHandler } from './intent-handler';

const ROLE_NAMES: Record<UserRole, string> = {
  rep: 'a sales rep',
  manager: 'a manager',
  marketing: 'a marketing user',
  support: 'a support agent',
  analyst: 'an analyst',
  admin: 'an admin',
};
const ANY_ROLE = `<${USER_ROLES.join('|')}>`;

function titleCase(words: string): string {
  return words.replace(
    /(^|[\s-])([a-z])/g,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** The users called `name`: by whole name, else by first name. */
function usersCalled(name: string, users: readonly TeamMember[]): TeamMember[] {
  const said = name.toLowerCase();
  const whole = users.filter((u) => u.name.toLowerCase() === said);
  return whole.length ? whole : users.filter((u) => u.name.toLowerCase().split(/\s+/)[0] === said);
}

/** The e-mail a new user would have where every user's is first.last@one-domain ("dana.white@demo.crmpro.dev"). */
function likelyEmail(name: string | undefined, users: readonly TeamMember[]): string | undefined {
  const words = name?.toLowerCase().split(/\s+/) ?? [];
  if (words.length < 2 || !users.length) return undefined;
  const domains = new Set(users.map((u) => u.email.split('@')[1]));
  const firstDotLast = users.every(
    (u) =>
      u.email.split('@')[0] ===
      u.name
        .toLowerCase()
        .replace(/[^a-z\s]/g, '')
        .split(/\s+/)
        .join('.'),
  );
  return domains.size === 1 && firstDotLast ? `${words.join('.')}@${[...domains][0]}` : undefined;
}

function teamAsStored(team: string | undefined, users: readonly TeamMember[]): string | undefined {
  if (!team) return undefined;
  return users.find((u) => u.team.toLowerCase() === team.toLowerCase())?.team ?? titleCase(team);
}

const NOT_IN_CHAT = (doing: string) =>
  `I can't ${doing} from chat: users are managed by an admin with the \`crmpro users\` commands, run where the CRMPro server runs (docs/channels/users.md; in the cloud edition, Settings › Users).`;

function additionReply(request: UserAdministrationRequest, users: readonly TeamMember[]): Reply {
  const name = request.name ? titleCase(request.name) : undefined;
  const email = request.email ?? likelyEmail(request.name, users);
  const team = teamAsStored(request.team, users);
  const command = [
    'crmpro users add',
    `--email ${email ?? '<their work e-mail>'}`,
    `--name "${name ?? '<full name>'}"`,
    `--role ${request.role ?? ANY_ROLE}`,
    ...(team ? [`--team ${/\s/.test(team) ? `"${team}"` : team}`] : []),
  ].join(' ');
  const notes = [
    email && !request.email ? `Check the e-mail: I guessed it from your other users' addresses.` : undefined,
    team ? undefined : 'Without --team they join the General team.',
    'Slack finds them by their e-mail; for Teams add --teams-id with their Azure AD object id.',
  ].filter(Boolean);
  return {
    text: `${NOT_IN_CHAT('add users')} To add ${name ?? request.email ?? 'them'}${request.role ? ` as ${ROLE_NAMES[request.role]}` : ''}${team ? ` on team ${team}` : ''}:\n\`${command}\`\n${notes.join(' ')}`,
  };
}

/** The named person, or the reason a command cannot be filled in for them. */
function personOf(
  request: UserAdministrationRequest,
  users: readonly TeamMember[],
): { user: TeamMember } | { missing: string } {
  if (!request.name) return { missing: '' };
  const found = usersCalled(request.name, users);
  if (found.length === 1) return { user: found[0]! };
  return {
    missing: found.length
      ? `Several users are called ${titleCase(request.name)}: ${found.map((u) => `${u.name} (${u.email})`).join(', ')}; use the one you mean.`
      : `I don't know an active user called ${titleCase(request.name)}; \`crmpro users list\` shows everyone with their e-mail.`,
  };
}

function removalReply(request: UserAdministrationRequest, users: readonly TeamMember[]): Reply {
  const person = personOf(request, users);
  const head = NOT_IN_CHAT('remove users');
  if ('missing' in person)
    return {
      text: `${head} An admin runs:\n\`crmpro users deactivate --email <their e-mail>\`\n${person.missing}`.trim(),
    };
  const { user } = person;
  return {
    text:
      `${head} To take ${user.name}'s access away (${user.role}, team ${user.team}):\n` +
      `\`crmpro users deactivate --email ${user.email}\`\n` +
      'They are then answered as a visitor on every channel; the accounts they own and the calls they logged stay.',
  };
}

function roleChangeReply(request: UserAdministrationRequest, users: readonly TeamMember[]): Reply {
  const role = request.role ?? ANY_ROLE;
  const person = personOf(request, users);
  const head = NOT_IN_CHAT('change roles');
  if ('missing' in person)
    return {
      text: `${head} An admin runs:\n\`crmpro users set-role --email <their e-mail> --role ${role}\`\n${person.missing}`.trim(),
    };
  const { user } = person;
  if (user.role === request.role) return { text: `${user.name} is already ${ROLE_NAMES[user.role]}.` };
  return {
    text:
      `${head} To make ${user.name} ${request.role ? ROLE_NAMES[request.role] : 'another role'} (now ${ROLE_NAMES[user.role]}):\n` +
      `\`crmpro users set-role --email ${user.email} --role ${role}\`\n` +
      'The new role applies from their next message.',
  };
}

/**
 * "add a new rep called dana white to the enterprise team", "remove sam's access", "make alex an
 * admin": the bot changes no users; it says so and gives the `crmpro users` command filled in for
 * that person (their e-mail looked up among the users the caller may see), role and team.
 */
export const userAdminHandler: IntentHandler = {
  intents: ['user_admin'],
  handle: async ({ text, caller, skills }) => {
    const request = userAdministrationRequestOf(text) ?? { action: 'add' };
    // Everyone for an admin; a non-admin sees their own team (and is told to ask an admin anyway).
    const roster = await skills
      .call(listTeamMembers, caller.role === 'admin' ? { allTeams: true } : {}, caller)
      .catch((error: unknown) => {
        if (isCrmError(error)) return { members: [] as TeamMember[] };
        throw error;
      });
    const reply =
      request.action === 'remove'
        ? removalReply(request, roster.members)
        : request.action === 'role'
          ? roleChangeReply(request, roster.members)
          : additionReply(request, roster.members);
    return caller.role === 'admin' ? reply : { ...reply, text: `Only an admin can do this. ${reply.text}` };
  },
};

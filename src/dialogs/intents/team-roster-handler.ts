import { isCrmError } from '../../core/errors';
import type { Skill } from '../../skills/skill';
import { listTeamMembers, type TeamRoster } from '../../skills/team-members';
import type { Region, UserRole } from '../../vocabulary';
import type { Reply } from '../reply';
import {
  managerQuestionOf,
  regionCoverageOf,
  rosterRoleNarrowingOf,
  teamMembershipOf,
  userRoleQuestionOf,
  userTeamQuestionOf,
  usersQuestionOf,
} from '../routing/team-questions';
import { teamOf } from '../understanding/team-names';
import type { IntentHandler, IntentTurn } from './intent-handler';

/** A role's users in words: [one, many]. */
const ROLE_NAMES: Record<UserRole, [string, string]> = {
  rep: ['sales rep', 'sales reps'],
  manager: ['manager', 'managers'],
  admin: ['admin', 'admins'],
  marketing: ['marketing user', 'marketing users'],
  support: ['support agent', 'support agents'],
  analyst: ['analyst', 'analysts'],
};

/** How many of the roster's members have each role, the most common first: "8 sales reps, 4 managers, 1 admin". */
function roleCounts(roster: TeamRoster): string {
  const counts = new Map<UserRole, number>();
  for (const m of roster.members) counts.set(m.role, (counts.get(m.role) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([role, n]) => `${n} ${ROLE_NAMES[role][n === 1 ? 0 : 1]}`)
    .join(', ');
}

/**
 * The roster in words: "Team Enterprise has 4 members: Morgan Lee (manager), …", "6 sales reps
 * across all teams: …", "Team Enterprise has 3 sales reps: …".
 */
function rosterReply(roster: TeamRoster): Reply {
  const n = roster.members.length;
  const [one, many] = roster.role ? ROLE_NAMES[roster.role] : ['member', 'members'];
  const noun = n === 1 ? `1 ${one}` : `${n} ${many}`;
  const where = roster.team ? `team ${roster.team}` : 'all teams';
  if (!n)
    return {
      text: roster.team
        ? `I found no active ${roster.role ? many : 'members'} of team ${roster.team}.`
        : `I found no active ${many} in any team.`,
    };
  const items = roster.members.map((m) => ({
    title: m.name,
    subtitle: [m.role, roster.team ? undefined : `team ${m.team}`, m.region, m.email]
      .filter(Boolean)
      .join(', '),
  }));
  const head =
    (roster.team
      ? `Team ${roster.team} has ${noun}`
      : `${noun[0]!.toUpperCase()}${noun.slice(1)} across all teams`) +
    (roster.role ? '' : ` (${roleCounts(roster)})`);
  return {
    text: `${head}:\n${items.map((i) => `- ${i.title} (${i.subtitle})`).join('\n')}`,
    lists: [
      {
        title: roster.team ? `Team ${roster.team}` : `${many[0]!.toUpperCase()}${many.slice(1)}, ${where}`,
        items,
      },
    ],
  };
}

/** "Noah Singh is an analyst (team Analytics, EMEA, noah.singh@…)." */
function userRoleReply(member: TeamRoster['members'][number]): Reply {
  const role = ROLE_NAMES[member.role][0];
  const article = /^[aeiou]/i.test(role) ? 'an' : 'a';
  const where = [`team ${member.team}`, member.region, member.email].filter(Boolean).join(', ');
  return { text: `${member.name} is ${article} ${role} (${where}).` };
}

/**
 * "what role does noah singh have": the user's line of the user list (their team's roster, found by
 * their name); "noahs role", a possessive typed without its apostrophe, is Noah's.
 */
async function roleOfUser(person: string, turn: IntentTurn): Promise<Reply> {
  const found = await rosterOfUser(person, turn);
  return found ? userRoleReply(found.member) : { text: `I don't know anyone called "${person}" in the CRM.` };
}

/**
 * The user a name said means: as said (a first or whole name, or "noahs" typed without its
 * apostrophe), else the colleague the message's names were read as ("sofie" for Sophie Laurent).
 */
function namesToTry(person: string, understanding: IntentTurn['understanding']): string[] {
  const said = [person, ...(/[a-z]s$/i.test(person) ? [person.slice(0, -1)] : [])];
  const first = person.split(/\s+/)[0]!;
  for (const mention of understanding.entities?.people ?? []) {
    const best = mention.kind === 'rep' ? mention.candidates[0] : undefined;
    if (best && best.score >= 0.8 && best.text.toLowerCase().startsWith(first))
      said.push(best.name.toLowerCase());
  }
  return [...new Set(said)];
}

/** The roster of the team of the user a name says, and that user (undefined when no user is called so). */
async function rosterOfUser(
  person: string,
  turn: IntentTurn,
): Promise<{ roster: TeamRoster; member: TeamRoster['members'][number] } | undefined> {
  const said = namesToTry(person, turn.understanding);
  for (const [i, name] of said.entries()) {
    try {
      const roster = await turn.skills.call(listTeamMembers, { person: name }, turn.caller);
      const member = roster.members.find((m) => `${m.name.toLowerCase()} `.startsWith(`${name} `));
      if (member) return { roster, member };
    } catch (error) {
      if (i === said.length - 1 || !isCrmError(error)) throw error;
    }
  }
  return undefined;
}

/**
 * "what team is lena fischer on": "Lena Fischer is on team Enterprise (managed by Morgan Lee)."; a
 * manager "leads team Mid-Market".
 */
async function teamOfUser(person: string, turn: IntentTurn): Promise<Reply> {
  const found = await rosterOfUser(person, turn);
  if (!found) return { text: `I don't know anyone called "${person}" in the CRM.` };
  const { roster, member } = found;
  if (member.role === 'manager') return { text: `${member.name} leads team ${member.team}.` };
  const managers = roster.members.filter((m) => m.role === 'manager' && m.id !== member.id);
  const managed = managers.length ? ` (managed by ${managers.map((m) => m.name).join(' and ')})` : '';
  return { text: `${member.name} is on team ${member.team}${managed}.` };
}

/**
 * "who's my manager": the managers of the caller's team ("Your manager is Morgan Lee (team
 * Enterprise)."); a manager leads it. The caller's own team is theirs to see, whatever their role.
 */
async function ownManager(turn: IntentTurn): Promise<Reply> {
  const roster = await turn.skills.call(listTeamMembers, {}, turn.caller);
  const me = roster.members.find((m) => m.id === turn.caller.userId);
  const managers = roster.members.filter((m) => m.role === 'manager' && m.id !== me?.id);
  if (me?.role === 'manager' && !managers.length)
    return { text: `You lead team ${roster.team ?? me.team}: you have no manager above you in the CRM.` };
  if (!managers.length)
    return {
      text: roster.team
        ? `Team ${roster.team} has no manager in the CRM.`
        : 'You are on no sales team, so no manager is set for you in the CRM.',
    };
  const names = managers.map((m) => m.name).join(' and ');
  return {
    text: `Your manager${managers.length > 1 ? 's are' : ' is'} ${names} (team ${roster.team ?? managers[0]!.team}).`,
  };
}

/**
 * "who covers emea": the members of the caller's team (every team's for an admin) whose region it
 * is, managers first ("EMEA is covered by 3 members of team Enterprise: …").
 */
async function regionCoverage(region: Region, turn: IntentTurn): Promise<Reply> {
  const everyTeam = turn.caller.role === 'admin';
  const roster = await turn.skills.call(listTeamMembers, everyTeam ? { allTeams: true } : {}, turn.caller);
  const members = roster.members.filter((m) => m.region === region);
  const where = roster.team ? `team ${roster.team}` : 'all teams';
  if (!members.length) return { text: `Nobody on ${where} covers ${region}.` };
  const items = members.map((m) => ({
    title: m.name,
    subtitle: [m.role, roster.team ? undefined : `team ${m.team}`, m.email].filter(Boolean).join(', '),
  }));
  const who = members.length === 1 ? '1 member' : `${members.length} members`;
  return {
    text: `${region} is covered by ${who} of ${where}:\n${items.map((i) => `- ${i.title} (${i.subtitle})`).join('\n')}`,
    lists: [{ title: `${region}, ${where}`, items }],
  };
}

/**
 * A colleague asked about by a first name nobody in the CRM has: "I don't know anyone called Dave
 * among the CRM's users. Team Enterprise's reps: …" (the caller's team, whom they may ask about).
 */
async function unknownPersonReply(name: string, turn: IntentTurn): Promise<Reply> {
  const said = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const roster = await turn.skills.call(listTeamMembers, {}, turn.caller);
  const reps = roster.members.filter((m) => m.role === 'rep' && m.id !== turn.caller.userId);
  const head = `I don't know anyone called ${said} among the CRM's users, so I can't show their figures.`;
  if (!reps.length || !roster.team) return { text: head };
  const names = reps.map((m) => m.name);
  return {
    text: `${head} Team ${roster.team}'s reps are ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1)!}: ask about one of them, e.g. "how's ${names[0]!.split(' ')[0]} doing".`,
    lists: [{ title: `Team ${roster.team}`, items: reps.map((m) => ({ title: m.name, subtitle: m.email })) }],
  };
}

/**
 * "who's on my team", "who are my reps": the active members of the caller's team; "who is on priya's
 * team", "list everyone on the support team": that team's (an admin's to ask); "list all the users
 * who are sales reps", "who has admin access", "users in the mid-market team": the users of that role
 * or team (across every team for an admin who names none; the caller's own team for everyone else).
 */
export const teamRosterHandler: IntentHandler = {
  intents: ['team_roster'],
  capability: {
    skill: listTeamMembers as Skill<never, unknown>,
    summary: "list your team's members",
    examples: ["who's on my team?"],
  },
  handle: async (turn) => {
    const { text, caller, skills, understanding, memory } = turn;
    // "how's dave doing" with nobody called Dave: say so, and offer the caller's team.
    if (understanding.unknownPerson) return unknownPersonReply(understanding.unknownPerson, turn);
    // "what role does noah singh have": that user's role.
    const person = userRoleQuestionOf(text);
    if (person) return roleOfUser(person, turn);
    // "what team is lena fischer on": that user's team.
    // "who's my manager": the caller's; "who is lena's manager": her team, with its manager.
    const managerAsked = managerQuestionOf(text);
    if (managerAsked)
      return 'self' in managerAsked ? ownManager(turn) : teamOfUser(managerAsked.person, turn);
    const region = regionCoverageOf(text);
    if (region) return regionCoverage(region, turn);
    const teamAsked = userTeamQuestionOf(text);
    if (teamAsked) return teamOfUser(teamAsked, turn);
    // "what does each of them have open" next: the deals of the team just listed.
    const shown = (roster: TeamRoster): Reply => {
      if (roster.team && roster.members.length) {
        memory.lastFocus = 'team';
        memory.lastTeam = roster.team;
      }
      if (roster.members.length) {
        memory.lastFocus = 'team';
        memory.lastRoster = roster.team ? { team: roster.team } : {};
      }
      return rosterReply(roster);
    };
    // "only the support people" after "who has which role": the same users, of that role.
    const narrowedTo = memory.previousFocus === 'team' ? rosterRoleNarrowingOf(text) : undefined;
    if (narrowedTo && memory.lastRoster)
      return shown(
        await skills.call(
          listTeamMembers,
          memory.lastRoster.team
            ? { team: memory.lastRoster.team, role: narrowedTo }
            : { allTeams: true, role: narrowedTo },
          caller,
        ),
      );
    const team = teamOf(text, understanding.entities?.teams);
    const membership = teamMembershipOf(text);
    if (membership)
      return shown(
        await skills.call(
          listTeamMembers,
          membership.person
            ? { person: membership.person }
            : team
              ? { team }
              : // "who is on the team": every team for an admin (who leads none), else the caller's.
                membership.theTeam && caller.role === 'admin'
                ? { allTeams: true }
                : {},
          caller,
        ),
      );
    const asked = usersQuestionOf(text, team);
    const input = asked
      ? {
          ...(asked.role ? { role: asked.role } : {}),
          ...(asked.team ? { team: asked.team } : {}),
          ...(caller.role === 'admin' && !asked.team ? { allTeams: true } : {}),
        }
      : {};
    return shown(await skills.call(listTeamMembers, input, caller));
  },
};

import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../../store/store';
import { USER_ROLES, type UserRole } from '../../vocabulary';
import { defineSkill } from '../skill';

/** One member of a sales team as the roster shows them. */
export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  /** Their team, for a list across teams. */
  team: string;
  region?: string;
}

/** A team's active members, or every team's of one role: managers first, then everyone else by name. */
export interface TeamRoster {
  /** The team listed; absent for a list across every team. */
  team?: string;
  /** Only users of this role were listed. */
  role?: UserRole;
  members: TeamMember[];
}

/**
 * The team of the active user called `name` (a first name or a whole one): "Priya" is Priya Nair's
 * team. Several people of that name on different teams are asked apart.
 */
async function teamOfPerson(store: Store, name: string): Promise<string> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const people = await store.users.find({ active: true, name: new RegExp(`^${escaped}(?:\\s|$)`, 'i') });
  const teams = [...new Set(people.map((p) => p.team))];
  if (!teams.length)
    throw new CrmError(ErrorCode.NotFound, `I don't know anyone called "${name}" in the CRM.`);
  if (teams.length > 1)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Several people are called "${name}": ${people.map((p) => `${p.name} (team ${p.team})`).join(', ')}. Which one?`,
    );
  return teams[0]!;
}

const ROLE_ORDER: Partial<Record<UserRole, number>> = { manager: 0, rep: 1 };

/**
 * The active users of the caller's own team ("who's on my team"), maybe of one role ("the reps on my
 * team"). An admin may name any team (by its name or by a person on it: "priya's team"), or ask
 * across every team by role ("list all the users who are sales reps", "who has admin access"); a
 * manager or rep sees their own team only, since that is the team whose records they work with.
 */
export const listTeamMembers = defineSkill({
  name: 'list-team-members',
  description:
    "List the active members of a sales team (name, email, role, region): the caller's own team, or for admins a named team, a named person's team or every team; optionally only one role (rep, manager, admin, ...).",
  roles: ['rep', 'manager', 'marketing', 'support', 'analyst', 'admin'],
  input: z.object({
    team: z.string().trim().min(1).max(100).optional(),
    /** "priya's team": the team of the user with this first or full name. */
    person: z.string().trim().min(1).max(100).optional(),
    role: z.enum(USER_ROLES).optional(),
    /** Every team's users (admins only): with a role, everyone of that role. */
    allTeams: z.boolean().optional(),
  }),
  run: async (input, { caller, services }): Promise<TeamRoster> => {
    const me = caller.userId ? await services.store.users.findById(caller.userId) : null;
    if (!me) throw new CrmError(ErrorCode.InvalidInput, 'I need to know who you are in the CRM.');
    const everyTeam = caller.role === 'admin' && input.allTeams === true && !input.team && !input.person;
    const asked = input.team ?? (input.person ? await teamOfPerson(services.store, input.person) : me.team);
    if (caller.role !== 'admin' && asked.toLowerCase() !== me.team.toLowerCase())
      throw new CrmError(ErrorCode.Forbidden, `You can see your own team's members (${me.team}) only.`);
    const users = await services.store.users.find({ active: true }, { sort: { name: 1 } });
    const ofTeam = everyTeam ? users : users.filter((u) => u.team.toLowerCase() === asked.toLowerCase());
    const members = ofTeam
      .filter((u) => !input.role || u.role === input.role)
      .sort((a, b) => (ROLE_ORDER[a.role] ?? 2) - (ROLE_ORDER[b.role] ?? 2) || a.name.localeCompare(b.name))
      .map((u) => ({
        id: u._id,
        name: u.name,
        email: u.email,
        role: u.role,
        team: u.team,
        ...(u.region ? { region: u.region } : {}),
      }));
    return {
      ...(everyTeam ? {} : { team: ofTeam[0]?.team ?? asked }),
      ...(input.role ? { role: input.role } : {}),
      members,
    };
  },
});

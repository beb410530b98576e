import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { timeZoneNamed } from '../../vocabulary/time-zones';
import type { Region, User, UserRole } from '../../vocabulary';
import { UserAccounts } from '../shared/user-accounts';
import { defineSkill, type Caller, type SkillServices } from '../skill';

const SIGNED_IN_ROLES: UserRole[] = ['rep', 'manager', 'marketing', 'support', 'analyst', 'admin'];

/** What the CRM holds about the caller as a user: their record, their team's managers, what they own, their digests. */
export interface MyProfile {
  name: string;
  email: string;
  role: UserRole;
  team: string;
  region?: Region;
  timezone: string;
  /** The channels their account is linked to (the local channels need no link). */
  linked: { slack: boolean; teams: boolean };
  /** The active managers of their team (themselves excluded). */
  managers: string[];
  /** Records they own: counted for the sales roles, who own records. */
  owns?: { accounts: number; openDeals: number; openTasks: number };
  digests: Array<{ kind: string; schedule: string; timezone: string; channel: string }>;
}

/** The caller's own active user record; visitors and callers without one have none. */
async function ownRecord(caller: Caller, services: SkillServices): Promise<User> {
  const user = caller.userId ? await services.store.users.findById(caller.userId) : null;
  if (!user || !user.active)
    throw new CrmError(
      ErrorCode.NotFound,
      "I don't know who you are: your account isn't linked to a CRM user.",
    );
  return user;
}

/**
 * The caller's own user record and what hangs off it ("what's my role", "what do you know about
 * me", "what's my timezone"): never anyone else's, whatever the role.
 */
export const showMyProfile = defineSkill({
  name: 'show-my-profile',
  description:
    "The caller's own CRM user record: name, e-mail, role, team and its managers, region, time zone, linked chat channels, how many accounts, open deals and open tasks they own, and their digest subscriptions.",
  roles: SIGNED_IN_ROLES,
  input: z.object({}),
  run: async (_input, { caller, services }): Promise<MyProfile> => {
    const user = await ownRecord(caller, services);
    const [teammates, digests] = await Promise.all([
      services.store.users.find({ team: user.team, role: 'manager', active: true }),
      services.store.digestSubscriptions.find({ userId: user._id, active: true }),
    ]);
    const ownsRecords = user.role === 'rep' || user.role === 'manager';
    const owns = ownsRecords
      ? {
          accounts: await services.store.accounts.countDocuments({ ownerId: user._id }),
          openDeals: await services.store.deals.countDocuments({
            ownerId: user._id,
            stage: { $nin: ['won', 'lost'] },
          }),
          openTasks: await services.store.tasks.countDocuments({ ownerId: user._id, status: 'open' }),
        }
      : undefined;
    return {
      name: user.name,
      email: user.email,
      role: user.role,
      team: user.team,
      ...(user.region ? { region: user.region } : {}),
      timezone: user.timezone || caller.timezone,
      linked: { slack: Boolean(user.slackUserId), teams: Boolean(user.teamsUserId) },
      managers: teammates.filter((m) => m._id !== user._id).map((m) => m.name),
      ...(owns ? { owns } : {}),
      digests: digests.map((d) => ({
        kind: d.kind,
        schedule: d.schedule,
        timezone: d.timezone,
        channel: d.channel,
      })),
    };
  },
});

/** The caller's time zone before and after `set-my-timezone`, with the digests that keep their own. */
export interface TimezoneChange {
  before: string;
  after: string;
  /** Digest subscriptions whose schedule is read in another time zone than the new one. */
  digestsElsewhere: Array<{ kind: string; schedule: string; timezone: string }>;
}

/**
 * Sets the caller's own time zone (dates and times shown to them, and the day "today" is): an
 * IANA name or a city, region or abbreviation people say ("london", "pacific time", "CET"). Only
 * the caller's own; an admin sets anyone's with `crmpro users set-timezone`.
 */
export const setMyTimezone = defineSkill({
  name: 'set-my-timezone',
  description:
    "Change the caller's own time zone. Input: timezone, an IANA name (Europe/London) or a city or common name (london, pacific time, UTC).",
  roles: SIGNED_IN_ROLES,
  changesData: true,
  input: z.object({ timezone: z.string().trim().min(1, 'say which time zone').max(64) }),
  run: async (input, { caller, services }): Promise<TimezoneChange> => {
    const user = await ownRecord(caller, services);
    const zone = timeZoneNamed(input.timezone);
    if (!zone)
      throw new CrmError(
        ErrorCode.InvalidInput,
        `I don't know a time zone called "${input.timezone}". Say a city or an IANA name, for example Europe/London or America/New_York.`,
        { issues: ['timezone: unknown'] },
      );
    const before = user.timezone || caller.timezone;
    if (zone === before)
      throw new CrmError(ErrorCode.InvalidInput, `Your time zone is already ${zone}; nothing changed.`);
    await new UserAccounts(services.store).setTimezone(user.email, zone);
    const digests = await services.store.digestSubscriptions.find({ userId: user._id, active: true });
    return {
      before,
      after: zone,
      digestsElsewhere: digests
        .filter((d) => d.timezone !== zone)
        .map((d) => ({ kind: d.kind, schedule: d.schedule, timezone: d.timezone })),
    };
  },
});

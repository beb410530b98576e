import { CrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../../store/store';
import { emailPattern, USER_ROLES, type User, type UserRole } from '../../vocabulary';
import type { ChannelUserIdField } from './user-directory';

/** A new CRM user as an administrator describes them (`crmpro users add`, one row of `users import`). */
export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  team?: string;
  timezone?: string;
  slackUserId?: string;
  teamsUserId?: string;
}

/** A user as `crmpro users list --json` shows them: exactly these fields. */
export interface UserListing {
  email: string;
  name: string;
  role: UserRole;
  team: string;
  slackUserId: string | null;
  teamsUserId: string | null;
}

/** A user's identity on one channel: which field, and the id. */
export interface ChannelLink {
  field: ChannelUserIdField;
  id: string;
}

/** The team of a user added without `--team`. */
export const DEFAULT_TEAM = 'General';

/** What each channel calls its user id, for messages. */
const CHANNEL_NAMES: Record<ChannelUserIdField, string> = {
  slackUserId: 'Slack user id',
  teamsUserId: 'Teams user id (AAD object id)',
};

/** A Slack user id: U or W and upper-case letters and digits (`U024BE7LH`). */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;
/** A Teams user's Azure AD object id: a GUID. */
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The IANA name of a time zone this runtime knows, as it spells it (`europe/paris` → `Europe/Paris`), or undefined. */
export function canonicalTimezone(timezone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: timezone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A channel id as stored, or an INVALID_INPUT error saying what it should look like. Slack ids are
 * upper-cased, Teams ids (GUIDs, as Teams sends `aadObjectId`) lower-cased.
 */
export function channelLinkOf(field: ChannelUserIdField, raw: string): ChannelLink {
  const trimmed = raw.trim();
  if (field === 'slackUserId') {
    const id = trimmed.toUpperCase();
    if (!SLACK_USER_ID.test(id))
      throw new CrmError(
        ErrorCode.InvalidInput,
        `'${raw}' is not a Slack user id (U or W followed by letters and digits, e.g. U024BE7LH).`,
      );
    return { field, id };
  }
  const id = trimmed.toLowerCase();
  if (!AAD_OBJECT_ID.test(id))
    throw new CrmError(
      ErrorCode.InvalidInput,
      `'${raw}' is not a Teams user id: use the person's Azure AD object id, a GUID such as 8d0e4c4f-6a55-4d0c-9b3e-2f1a7c9e5b11.`,
    );
  return { field, id };
}

/**
 * The CRM's people as an administrator manages them: add (validated: e-mail, role, IANA time zone,
 * channel ids), list, link a Slack or Teams identity, change a role, deactivate. Every refusal is a CrmError whose
 * message names the problem (a duplicate e-mail, an id already linked to someone else).
 */
export class UserAccounts {
  constructor(private readonly store: Store) {}

  /** Checks a new user against the rules and the CRM (no write); returns the document to insert. */
  async validate(input: NewUserInput): Promise<Omit<User, '_id' | 'createdAt' | 'updatedAt'>> {
    const email = input.email.trim().toLowerCase();
    if (!emailPattern.test(email))
      throw new CrmError(ErrorCode.InvalidInput, `'${input.email}' is not an e-mail address.`);
    const name = input.name.trim();
    if (!name) throw new CrmError(ErrorCode.InvalidInput, 'A name is required.');
    const role = input.role.trim().toLowerCase();
    if (!(USER_ROLES as readonly string[]).includes(role))
      throw new CrmError(
        ErrorCode.InvalidInput,
        `'${input.role}' is not a role: use one of ${USER_ROLES.join(', ')}.`,
      );
    const given = input.timezone?.trim() || 'UTC';
    const timezone = canonicalTimezone(given);
    if (!timezone)
      throw new CrmError(
        ErrorCode.InvalidInput,
        `'${given}' is not a known time zone: use an IANA name such as Europe/Paris or America/New_York.`,
      );
    const existing = await this.store.users.findOne({ email });
    if (existing)
      throw new CrmError(
        ErrorCode.Conflict,
        `A user with the e-mail ${email} already exists (${existing.name}${existing.active ? '' : ', deactivated'}).`,
      );
    const links: ChannelLink[] = [];
    if (input.slackUserId?.trim()) links.push(channelLinkOf('slackUserId', input.slackUserId));
    if (input.teamsUserId?.trim()) links.push(channelLinkOf('teamsUserId', input.teamsUserId));
    for (const link of links) await this.assertFree(link, email);
    return {
      email,
      name,
      role: role as UserRole,
      team: input.team?.trim() || DEFAULT_TEAM,
      timezone,
      active: true,
      ...Object.fromEntries(links.map((link) => [link.field, link.id])),
    };
  }

  /** Adds a new active user. */
  async add(input: NewUserInput): Promise<User> {
    return this.store.users.insertOne(await this.validate(input));
  }

  /** Active users, optionally of one role, by name. */
  async list(filter: { role?: string } = {}): Promise<User[]> {
    const role = filter.role?.trim().toLowerCase();
    if (role !== undefined && !(USER_ROLES as readonly string[]).includes(role))
      throw new CrmError(
        ErrorCode.InvalidInput,
        `'${filter.role}' is not a role: use one of ${USER_ROLES.join(', ')}.`,
      );
    return this.store.users.find({ active: true, ...(role ? { role } : {}) }, { sort: { name: 1 } });
  }

  /** Links a channel identity to the active user with this e-mail (replacing their previous id there). */
  async link(email: string, link: ChannelLink): Promise<User> {
    const user = await this.activeUser(email);
    await this.assertFree(link, user.email);
    await this.store.users.updateOne({ _id: user._id }, { $set: { [link.field]: link.id } });
    return { ...user, [link.field]: link.id };
  }

  /** Gives the active user with this e-mail another role (what they may see and do changes with it). */
  async setRole(email: string, role: string): Promise<User> {
    const wanted = role.trim().toLowerCase();
    if (!(USER_ROLES as readonly string[]).includes(wanted))
      throw new CrmError(
        ErrorCode.InvalidInput,
        `'${role}' is not a role: use one of ${USER_ROLES.join(', ')}.`,
      );
    const user = await this.activeUser(email);
    await this.store.users.updateOne({ _id: user._id }, { $set: { role: wanted } });
    return { ...user, role: wanted as UserRole };
  }

  /** Sets the time zone of the active user with this e-mail (an IANA name; dates shown to them follow it). */
  async setTimezone(email: string, timezone: string): Promise<User> {
    const zone = canonicalTimezone(timezone.trim());
    if (!zone)
      throw new CrmError(
        ErrorCode.InvalidInput,
        `'${timezone}' is not a time zone: use an IANA name such as Europe/London or America/New_York.`,
      );
    const user = await this.activeUser(email);
    await this.store.users.updateOne({ _id: user._id }, { $set: { timezone: zone } });
    return { ...user, timezone: zone };
  }

  /** Deactivates the user with this e-mail: no channel resolves them any more; their records stay. */
  async deactivate(email: string): Promise<User> {
    const user = await this.activeUser(email);
    await this.store.users.updateOne({ _id: user._id }, { $set: { active: false } });
    return { ...user, active: false };
  }

  private async activeUser(email: string): Promise<User> {
    const key = email.trim().toLowerCase();
    const user = await this.store.users.findOne({ email: key });
    if (!user) throw new CrmError(ErrorCode.NotFound, `No CRM user has the e-mail ${key}.`);
    if (!user.active) throw new CrmError(ErrorCode.Conflict, `${user.name} (${key}) is deactivated.`);
    return user;
  }

  /** Refuses an id another user (active or not) already has on that channel. */
  private async assertFree(link: ChannelLink, ownerEmail: string): Promise<void> {
    const holder = await this.store.users.findOne({ [link.field]: link.id });
    if (holder && holder.email !== ownerEmail)
      throw new CrmError(
        ErrorCode.Conflict,
        `The ${CHANNEL_NAMES[link.field]} ${link.id} is already linked to ${holder.name} (${holder.email}${holder.active ? '' : ', deactivated'}).`,
      );
  }
}

/** The fields `users list --json` shows of a user. */
export function listingOf(user: User): UserListing {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    team: user.team,
    slackUserId: user.slackUserId ?? null,
    teamsUserId: user.teamsUserId ?? null,
  };
}

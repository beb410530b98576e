import { DEMO_REP_EMAIL } from '../../store/seed';
import type { Store } from '../../store/store';
import type { User } from '../../vocabulary';
import type { Caller } from '../skill';

/** The user id field of each channel that links its people to CRM users. */
export type ChannelUserIdField = 'teamsUserId' | 'slackUserId';

/** How long the local user's record is reused (first start seeds the store after the bot exists). */
const LOCAL_USER_TTL_MS = 10_000;

/**
 * Who the CRM's people are, for the channels: active users by e-mail or by a channel's user id,
 * and the local user that unauthenticated local channels act as (`demo` is the demo data's rep).
 */
export class UserDirectory {
  private local?: { setting: string; user: User | null; at: number };

  constructor(private readonly store: Store) {}

  /** The active user with this e-mail address (case-insensitive), if any. */
  byEmail(email: string): Promise<User | null> {
    return this.store.users.findOne({ email: email.trim().toLowerCase(), active: true });
  }

  /** The active user with this id, if any (a deactivated user is nobody to the channels). */
  activeById(userId: string): Promise<User | null> {
    return this.store.users.findOne({ _id: userId, active: true });
  }

  /** The active user linked to one of these ids of a channel, if any. */
  byChannelId(field: ChannelUserIdField, ids: readonly string[]): Promise<User | null> {
    if (ids.length === 0) return Promise.resolve(null);
    return this.store.users.findOne({ [field]: { $in: [...ids] }, active: true });
  }

  /** The user `setting` (LOCAL_USER: 'demo', 'none' or an e-mail) names, cached briefly. */
  async localUser(setting: string): Promise<User | null> {
    if (setting === 'none') return null;
    const now = Date.now();
    if (this.local?.setting === setting && now - this.local.at < LOCAL_USER_TTL_MS) return this.local.user;
    const user = await this.byEmail(setting === 'demo' ? DEMO_REP_EMAIL : setting);
    this.local = { setting, user, at: now };
    return user;
  }
}

/** The caller a CRM user speaks as. */
export function callerOfUser(user: User, defaultTimezone: string): Caller {
  return {
    role: user.role,
    userId: user._id,
    name: user.name,
    team: user.team,
    timezone: user.timezone || defaultTimezone,
  };
}

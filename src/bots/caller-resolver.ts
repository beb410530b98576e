import type { Activity } from 'botbuilder';
import type { Logger } from '../core/logger';
import type { Caller } from '../skills/skill';
import type { User } from '../vocabulary';
import { DEMO_REP_EMAIL } from '../store/seed';
import type { Store } from '../store/store';

/**
 * How far a channel vouches for who is speaking: `verified` channels proved the sender (a Bot
 * Framework JWT, a Slack signature) so only a linked CRM user gets CRM access; `local` channels
 * (terminal, local web chat, Bot Framework without an app id) act as the configured local user.
 */
export type ChannelTrust = 'verified' | 'local';

/** Turn-state key where the adapter of a turn records its ChannelTrust; absent means 'verified'. */
export const CHANNEL_TRUST_KEY = Symbol('crmpro.channelTrust');

/** Turns the sender of an activity into a CRM caller with a role. */
export class CallerResolver {
  private localUser?: { user: User | null; at: number };

  constructor(
    private readonly store: Store,
    private readonly options: { localUser: string; defaultTimezone: string; logger: Logger },
  ) {}

  async resolve(activity: Partial<Activity>, trust: ChannelTrust): Promise<Caller> {
    const linked = await this.linkedUser(activity);
    if (linked) return callerOf(linked, this.options.defaultTimezone);
    if (trust === 'local') {
      const local = await this.resolveLocalUser();
      if (local) return callerOf(local, this.options.defaultTimezone);
    }
    return { role: 'visitor', name: activity.from?.name, timezone: this.options.defaultTimezone };
  }

  /** The CRM user the terminal chat acts as: `as` (an email) or the configured local user. */
  async localCaller(as?: string): Promise<Caller> {
    const user = as
      ? await this.store.users.findOne({ email: as.toLowerCase(), active: true })
      : await this.resolveLocalUser();
    if (!user) return { role: 'visitor', timezone: this.options.defaultTimezone };
    return callerOf(user, this.options.defaultTimezone);
  }

  private async linkedUser(activity: Partial<Activity>): Promise<User | null> {
    const ids = [activity.from?.aadObjectId, activity.from?.id].filter((id): id is string => Boolean(id));
    if (ids.length === 0) return null;
    const field = activity.channelId === 'slack' ? 'slackUserId' : 'teamsUserId';
    return this.store.users.findOne({ [field]: { $in: ids }, active: true });
  }

  private async resolveLocalUser(): Promise<User | null> {
    const setting = this.options.localUser;
    if (setting === 'none') return null;
    // Cached briefly: first start seeds the store after the resolver exists.
    if (this.localUser && Date.now() - this.localUser.at < 10_000) return this.localUser.user;
    // 'demo' is the demo data's rep.
    const email = setting === 'demo' ? DEMO_REP_EMAIL : setting.toLowerCase();
    const user = await this.store.users.findOne({ email, active: true });
    if (!user && setting !== 'demo')
      this.options.logger.warn('LOCAL_USER names no active CRM user; local channels act as a visitor');
    this.localUser = { user, at: Date.now() };
    return user;
  }
}

function callerOf(user: User, defaultTimezone: string): Caller {
  return {
    role: user.role,
    userId: user._id,
    name: user.name,
    team: user.team,
    timezone: user.timezone || defaultTimezone,
  };
}

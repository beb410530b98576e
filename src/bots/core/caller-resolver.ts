import type { Activity } from 'botbuilder';
import type { Logger } from '../../core/logger';
import type { ChannelTrust } from '../../dialogs/turn-state';
import type { Caller } from '../../skills/skill';
import { callerOfUser, type UserDirectory } from '../../skills/shared/user-directory';

/**
 * Turns the sender of an activity into a CRM caller with a role. Identity comes only from what the
 * channel vouches for: a local channel acts as the configured local user whatever the sender says;
 * a verified channel maps only its own proven user id (Teams' `aadObjectId` on `msteams`, the
 * Slack user on `slack`) to a CRM user. Everyone else is a website visitor.
 */
export class CallerResolver {
  constructor(
    readonly users: UserDirectory,
    private readonly options: { localUser: string; defaultTimezone: string; logger: Logger },
  ) {}

  async resolve(activity: Partial<Activity>, trust: ChannelTrust): Promise<Caller> {
    if (trust === 'local') return this.localCaller();
    const linked = await this.vouchedUser(activity);
    if (linked) return callerOfUser(linked, this.options.defaultTimezone);
    return this.visitor(activity.from?.name);
  }

  /** The CRM user local channels act as: `as` (an e-mail) or the configured local user. */
  async localCaller(as?: string): Promise<Caller> {
    const user = as ? await this.users.byEmail(as) : await this.users.localUser(this.options.localUser);
    if (!user) {
      if (!as && this.options.localUser !== 'none' && this.options.localUser !== 'demo')
        this.options.logger.warn('LOCAL_USER names no active CRM user; local channels act as a visitor');
      return this.visitor();
    }
    return callerOfUser(user, this.options.defaultTimezone);
  }

  private vouchedUser(activity: Partial<Activity>) {
    if (activity.channelId === 'msteams') {
      const aadObjectId = activity.from?.aadObjectId;
      return this.users.byChannelId('teamsUserId', aadObjectId ? [aadObjectId] : []);
    }
    if (activity.channelId === 'slack') {
      const slackUserId = activity.from?.id;
      return this.users.byChannelId('slackUserId', slackUserId ? [slackUserId] : []);
    }
    return Promise.resolve(null);
  }

  private visitor(name?: string): Caller {
    return { role: 'visitor', ...(name ? { name } : {}), timezone: this.options.defaultTimezone };
  }
}

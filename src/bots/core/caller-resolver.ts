import type { Activity } from 'botbuilder';
import type { Logger } from '../../core/logger';
import type { ChannelTrust } from '../../dialogs/turn-state';
import type { Caller } from '../../skills/skill';
import { callerOfUser, type UserDirectory } from '../../skills/shared/user-directory';
import type { User } from '../../vocabulary';
import { USER_TOKEN_CHANNEL_DATA_KEY, verifyUserToken } from './user-token';

/**
 * Turns the sender of an activity into a CRM caller with a role. Identity comes only from what the
 * channel vouches for: a local channel acts as the configured local user whatever the sender says;
 * a verified channel maps only its own proven user id (Teams' `aadObjectId` on `msteams`, the
 * Slack user on `slack`) to a CRM user, or a user token of ours (signed with USER_TOKEN_SECRET,
 * in `channelData.crmproUserToken`) to the active user it names. A channel that proves its senders
 * itself (Slack: signed requests, the user's e-mail from Slack's API) vouches for the activities it
 * created through `vouchWith`. Everyone else is a website visitor.
 */
export class CallerResolver {
  private readonly vouchers: Array<(activity: Partial<Activity>) => User | undefined> = [];

  constructor(
    readonly users: UserDirectory,
    private readonly options: {
      localUser: string;
      defaultTimezone: string;
      logger: Logger;
      /** USER_TOKEN_SECRET: without it no user token is accepted. */
      userTokenSecret?: string;
      clock?: () => Date;
    },
  ) {}

  /**
   * Adds a channel's own proof of identity: `vouch` names the CRM user of an activity that channel
   * created from a verified request (and undefined for any other activity, which then goes the
   * usual way).
   */
  vouchWith(vouch: (activity: Partial<Activity>) => User | undefined): void {
    this.vouchers.push(vouch);
  }

  /** The caller of an activity, with the channel it came through (for the audit log). */
  async resolve(activity: Partial<Activity>, trust: ChannelTrust): Promise<Caller> {
    const caller = await this.identify(activity, trust);
    return activity.channelId ? { ...caller, channel: activity.channelId } : caller;
  }

  private async identify(activity: Partial<Activity>, trust: ChannelTrust): Promise<Caller> {
    if (trust === 'local') return this.localCaller();
    for (const vouch of this.vouchers) {
      const user = vouch(activity);
      if (user) return callerOfUser(user, this.options.defaultTimezone);
    }
    const linked = (await this.vouchedUser(activity)) ?? (await this.tokenUser(activity));
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

  /** The active user a valid user token of ours names; null (logged) for a bad or stale token. */
  private async tokenUser(activity: Partial<Activity>) {
    const token = (activity.channelData as Record<string, unknown> | undefined)?.[
      USER_TOKEN_CHANNEL_DATA_KEY
    ];
    if (typeof token !== 'string' || token.length === 0) return null;
    const channel = activity.channelId;
    if (!this.options.userTokenSecret) {
      this.options.logger.warn(
        { channel },
        'a user token was sent but USER_TOKEN_SECRET is unset; treated as a visitor',
      );
      return null;
    }
    const verified = verifyUserToken(token, this.options.userTokenSecret, this.options.clock?.());
    if (!verified.ok) {
      this.options.logger.info(
        { channel, reason: verified.reason },
        'user token refused; treated as a visitor',
      );
      return null;
    }
    const user = await this.users.byEmail(verified.claims.email);
    if (!user)
      this.options.logger.info({ channel }, 'user token names no active CRM user; treated as a visitor');
    return user;
  }

  private visitor(name?: string): Caller {
    return { role: 'visitor', ...(name ? { name } : {}), timezone: this.options.defaultTimezone };
  }
}

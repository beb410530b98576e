import type { WebClient } from '@slack/web-api';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../core/logger';
import type { UserDirectory } from '../../skills/shared/user-directory';
import type { User } from '../../vocabulary';

/** How long a Slack user's e-mail from `users.info` is reused. */
export const SLACK_EMAIL_TTL_MS = 10 * 60_000;
/** How many Slack users' e-mails are kept at most. */
const MAX_CACHED_USERS = 5_000;

/** What Slack says of one of its users, as far as identity goes. */
interface SlackProfile {
  email?: string;
  name?: string;
}

/**
 * Who a Slack user is in the CRM: the active user linked to their Slack id (`slackUserId`), else
 * the active user whose e-mail is the one Slack holds for them (`users.info`, cached for
 * SLACK_EMAIL_TTL_MS). Only ids from Slack's verified requests are passed here.
 */
export class SlackIdentity {
  private readonly profiles: LRUCache<string, SlackProfile>;

  constructor(
    private readonly users: UserDirectory,
    private readonly client: WebClient,
    private readonly logger: Logger,
    ttlMs = SLACK_EMAIL_TTL_MS,
  ) {
    this.profiles = new LRUCache<string, SlackProfile>({ max: MAX_CACHED_USERS, ttl: ttlMs });
  }

  /** The CRM user behind a Slack user id, or null when they are nobody in the CRM. */
  async crmUserOf(slackUserId: string): Promise<User | null> {
    const linked = await this.users.byChannelId('slackUserId', [slackUserId]);
    if (linked) return linked;
    const { email } = await this.profileOf(slackUserId);
    return email ? this.users.byEmail(email) : null;
  }

  /** The person's name as Slack shows it (for hand-off threads and logs). */
  async nameOf(slackUserId: string): Promise<string> {
    return (await this.profileOf(slackUserId)).name ?? slackUserId;
  }

  private async profileOf(slackUserId: string): Promise<SlackProfile> {
    const cached = this.profiles.get(slackUserId);
    if (cached) return cached;
    try {
      const info = await this.client.users.info({ user: slackUserId });
      const user = info.user;
      // A deactivated or bot account never stands for a CRM user, whatever its e-mail.
      const usable = user && !user.deleted && !user.is_bot;
      const profile: SlackProfile = {
        ...(usable && user.profile?.email ? { email: user.profile.email } : {}),
        ...(user?.real_name || user?.profile?.real_name
          ? { name: user.real_name ?? user.profile?.real_name }
          : {}),
      };
      this.profiles.set(slackUserId, profile);
      return profile;
    } catch (error) {
      // Not cached: the next message tries again.
      this.logger.warn({ err: error, slackUserId }, 'users.info failed; the Slack user is not identified');
      return {};
    }
  }
}

import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../core/logger';
import type { TeamNotice, TeamNotifier } from '../../skills/shared/team-notifier';
import type { UserDirectory } from '../../skills/shared/user-directory';
import { renderBlockKit } from '../render/block-kit';
import { postMessage } from './slack-adapter';

/**
 * Tells people of the team in Slack: a CRM user in a direct message (found by their linked Slack
 * id, else by `users.lookupByEmail`), the lead queue in its channel (LEAD_QUEUE_SLACK_CHANNEL).
 * A notice that cannot be delivered resolves false and is logged; it never fails the skill.
 */
export class SlackTeamNotifier implements TeamNotifier {
  constructor(
    private readonly client: WebClient,
    private readonly users: UserDirectory,
    private readonly logger: Logger,
    private readonly leadQueueChannel?: string,
  ) {}

  async toUser(email: string, notice: TeamNotice): Promise<boolean> {
    try {
      const slackUserId = await this.slackIdOf(email);
      if (!slackUserId) return false;
      const opened = await this.client.conversations.open({ users: slackUserId });
      if (!opened.channel?.id) return false;
      await this.post(opened.channel.id, notice);
      return true;
    } catch (error) {
      this.logger.warn({ err: error }, 'a Slack notice to a user was not delivered');
      return false;
    }
  }

  async toLeadQueue(notice: TeamNotice): Promise<boolean> {
    if (!this.leadQueueChannel) return false;
    try {
      await this.post(this.leadQueueChannel, notice);
      return true;
    } catch (error) {
      this.logger.warn(
        { err: error, channel: this.leadQueueChannel },
        'a Slack notice to the lead queue was not delivered',
      );
      return false;
    }
  }

  private async slackIdOf(email: string): Promise<string | undefined> {
    const user = await this.users.byEmail(email);
    if (user?.slackUserId) return user.slackUserId;
    try {
      const found = await this.client.users.lookupByEmail({ email });
      return found.user?.id;
    } catch (error) {
      this.logger.info({ err: error }, 'no Slack user has the e-mail of the CRM user to notify');
      return undefined;
    }
  }

  private async post(channel: string, notice: TeamNotice): Promise<void> {
    const message = renderBlockKit({ title: notice.title, text: notice.lines.join('\n') || notice.title });
    // The notification (and screen readers) get the whole notice, not only the header.
    await postMessage(
      this.client,
      { channel },
      { ...message, text: [notice.title, ...notice.lines].join('\n') },
      this.logger,
    );
  }
}

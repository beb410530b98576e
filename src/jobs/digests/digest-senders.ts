import type { WebClient } from '@slack/web-api';
import type { BotFrameworkChannel } from '../../bots/bot-framework/cloud-adapter';
import { renderBlockKit } from '../../bots/render/block-kit';
import { postMessage } from '../../bots/slack/slack-adapter';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { User } from '../../vocabulary';
import type { DigestChannel } from '../../vocabulary/digest';
import type { DigestReply } from './forecast-digest';

/**
 * Delivers a digest to one person on one channel; resolves to the channel's message id. A person
 * who cannot be reached there at all (no Teams conversation, a revoked one, a Slack user gone) is
 * NOT_FOUND: recorded as undeliverable and not retried. A channel that is down is UNAVAILABLE: retried.
 */
export interface DigestSender {
  send(user: User, reply: DigestReply): Promise<string | undefined>;
}

/** The senders of a process, by channel (a channel that is not configured has none). */
export type DigestSenders = Partial<Record<DigestChannel, DigestSender>>;

/** HTTP statuses of the Bot Connector that mean the conversation is gone (bot removed, user blocked it). */
const GONE_STATUSES = new Set([403, 404]);

/** Teams, through the Bot Framework channel's proactive `sendToUser` (Adaptive Card). */
export function teamsDigestSender(channel: Pick<BotFrameworkChannel, 'sendToUser'>): DigestSender {
  return {
    async send(user, reply) {
      try {
        return await channel.sendToUser(user._id, reply);
      } catch (error) {
        const status = statusOf(isCrmError(error) ? (error as Error).cause : error);
        if (isCrmError(error, ErrorCode.Unavailable) && status !== undefined && GONE_STATUSES.has(status))
          throw new CrmError(
            ErrorCode.NotFound,
            `The Teams conversation with ${user.name} is gone (HTTP ${status}); they must open the bot again.`,
            undefined,
            { cause: error },
          );
        throw error;
      }
    },
  };
}

/** Slack Web API errors that mean the person cannot be written to at all. */
const SLACK_GONE = new Set([
  'user_not_found',
  'users_not_found',
  'user_disabled',
  'account_inactive',
  'cannot_dm_bot',
  'user_not_visible',
]);

/** Slack, as a direct message from the bot: Block Kit, with the chart uploaded beside it (files.uploadV2). */
export function slackDigestSender(client: WebClient, logger: Logger): DigestSender {
  return {
    async send(user, reply) {
      try {
        const slackUserId =
          user.slackUserId ?? (await client.users.lookupByEmail({ email: user.email })).user?.id;
        if (!slackUserId) throw new CrmError(ErrorCode.NotFound, `${user.name} has no Slack account.`);
        const opened = await client.conversations.open({ users: slackUserId });
        const channel = opened.channel?.id;
        if (!channel)
          throw new CrmError(ErrorCode.NotFound, `Slack opened no direct message with ${user.name}.`);
        return await postMessage(client, { channel }, renderBlockKit(reply), logger);
      } catch (error) {
        if (isCrmError(error)) throw error;
        const code = (error as { data?: { error?: string } }).data?.error;
        if (code && SLACK_GONE.has(code))
          throw new CrmError(
            ErrorCode.NotFound,
            `${user.name} cannot be reached in Slack (${code}).`,
            undefined,
            {
              cause: error,
            },
          );
        throw new CrmError(
          ErrorCode.Unavailable,
          `Slack did not take the digest for ${user.name}${code ? ` (${code})` : ''}.`,
          undefined,
          { cause: error },
        );
      }
    },
  };
}

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: number; status?: number; response?: { status?: number } } | undefined;
  return e?.statusCode ?? e?.status ?? e?.response?.status;
}

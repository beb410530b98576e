import type { WebClient } from '@slack/web-api';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../../core/logger';
import type { Reply } from '../../dialogs/reply';
import { crmTurn, replyOf, takeReply } from '../../dialogs/turn-state';
import type { Bot } from '../core/build-bot';
import { failedTurnMessage } from '../core/turn-failure';
import { renderBlockKit, type SlackMessage } from '../render/block-kit';

/** Where a turn's replies go in Slack: a channel (or DM) and, when set, a thread in it. */
export interface SlackDestination {
  channel: string;
  threadTs?: string;
  /** Keep the replies instead of posting them (the App Home draws them into its view). */
  collect?: boolean;
}

const DESTINATION_KEY = 'slackDestination';

/** The Slack destination an inbound activity of this adapter carries. */
export function destinationOf(activity: Partial<Activity>): SlackDestination | undefined {
  return (activity.channelData as Record<string, SlackDestination> | undefined)?.[DESTINATION_KEY];
}

/** Channel data for an inbound activity whose replies go to `destination`. */
export function channelDataFor(destination: SlackDestination): Record<string, unknown> {
  return { [DESTINATION_KEY]: destination };
}

/**
 * The botbuilder adapter between Bolt and the one bot core: an inbound Slack message becomes an
 * activity run through the core's middleware and bot, and every message the bot sends is rendered
 * as Block Kit and posted to the activity's Slack destination (its thread), with charts and exports
 * uploaded there. Turns it runs are `verified`: the Slack channel created them from signed requests.
 */
export class SlackAdapter extends BotAdapter {
  constructor(
    private readonly client: WebClient,
    private readonly core: Bot,
    private readonly logger: Logger,
  ) {
    super();
    for (const middleware of core.middleware) this.use(middleware);
    this.onTurnError = async (context, error) => {
      await context.sendActivity({ type: 'message', text: failedTurnMessage(error, core.logger, context) });
    };
  }

  /** Runs one inbound activity through the bot; resolves with the replies it sent. */
  async runTurn(activity: Partial<Activity>): Promise<Reply[]> {
    const context = new TurnContext(this, activity as Activity);
    crmTurn(context).trust = 'verified';
    const replies: Reply[] = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const sent of activities)
        if (sent.type === ActivityTypes.Message) replies.push(replyOf(sent) ?? { text: sent.text ?? '' });
      return next();
    });
    await this.runMiddleware(context, (turn) => this.core.bot.run(turn));
    return replies;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const destination = destinationOf(context.activity);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message || !destination || destination.collect) {
        responses.push({ id: '' });
        continue;
      }
      const ts = await postMessage(this.client, destination, renderBlockKit(replyFor(activity)), this.logger);
      responses.push({ id: ts ?? '' });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('The Slack channel does not update sent messages.');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('The Slack channel does not delete sent messages.');
  }

  async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error('The Slack channel reaches people through its notifier, not proactive turns.');
  }
}

/** The neutral reply an outgoing activity carries (taken out of it), or its bare text. */
function replyFor(activity: Partial<Activity>): Reply {
  return takeReply(activity) ?? { text: activity.text ?? '' };
}

/**
 * Posts a rendered reply to a Slack destination: the blocks as one message, then its pictures and
 * files uploaded into the same thread. Resolves with the message's ts.
 */
export async function postMessage(
  client: WebClient,
  destination: SlackDestination,
  message: SlackMessage,
  logger: Logger,
): Promise<string | undefined> {
  const posted = await client.chat.postMessage({
    channel: destination.channel,
    text: message.text,
    blocks: message.blocks as never,
    ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
    unfurl_links: false,
  });
  const threadTs = destination.threadTs ?? posted.ts;
  for (const upload of message.uploads) {
    try {
      const where = threadTs
        ? { channel_id: destination.channel, thread_ts: threadTs }
        : { channel_id: destination.channel };
      await client.files.uploadV2({
        ...(where as { channel_id: string; thread_ts: string }),
        file: upload.content,
        filename: upload.filename,
        title: upload.title,
      });
    } catch (error) {
      logger.warn({ err: error, file: upload.filename }, 'a Slack upload failed; the reply went without it');
    }
  }
  return posted.ts;
}

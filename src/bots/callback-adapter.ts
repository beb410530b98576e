import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { CHANNEL_TRUST_KEY, type ChannelTrust } from './caller-resolver';

/**
 * A Bot Framework adapter for channels of our own (the terminal chat, the local web chat, and later
 * Slack and the widget): it runs an inbound activity through the same bot core and hands back what
 * the bot sent during that turn, instead of posting to a Bot Framework connector.
 */
export class CallbackAdapter extends BotAdapter {
  constructor(
    private readonly trust: ChannelTrust,
    private readonly onProactive?: (activities: Partial<Activity>[]) => Promise<void>,
  ) {
    super();
  }

  /** Runs one inbound activity through the middleware and `logic`; returns the activities the bot sent. */
  async processActivity(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<Partial<Activity>[]> {
    const sent: Partial<Activity>[] = [];
    const inbound = {
      type: ActivityTypes.Message,
      id: randomUUID(),
      timestamp: new Date(),
      ...activity,
    } as Activity;
    const context = new TurnContext(this, inbound);
    context.turnState.set(CHANNEL_TRUST_KEY, this.trust);
    context.onSendActivities(async (_ctx, activities, next) => {
      sent.push(...activities);
      return next();
    });
    await this.runMiddleware(context, logic);
    return sent;
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: randomUUID() }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('This channel cannot update sent messages.');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('This channel cannot delete sent messages.');
  }

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    const context = new TurnContext(this, activity);
    context.turnState.set(CHANNEL_TRUST_KEY, this.trust);
    const sent: Partial<Activity>[] = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      sent.push(...activities);
      return next();
    });
    await this.runMiddleware(context, logic);
    if (this.onProactive && sent.length) await this.onProactive(sent);
  }
}

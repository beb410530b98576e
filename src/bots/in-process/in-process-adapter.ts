import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { crmTurn, type ChannelTrust } from '../../dialogs/turn-state';

/**
 * A Bot Framework adapter for channels that live in this process (the terminal chat, the local web
 * chat, tests and benches): it runs an inbound activity through the same bot core and hands back
 * what the bot sent during that turn, instead of posting to a Bot Framework connector.
 */
export class InProcessAdapter extends BotAdapter {
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
    const inbound = {
      type: ActivityTypes.Message,
      id: randomUUID(),
      timestamp: new Date(),
      ...activity,
    } as Activity;
    return this.runCollecting(new TurnContext(this, inbound), logic);
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
    const sent = await this.runCollecting(new TurnContext(this, activity), logic);
    if (this.onProactive && sent.length) await this.onProactive(sent);
  }

  private async runCollecting(
    context: TurnContext,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<Partial<Activity>[]> {
    crmTurn(context).trust = this.trust;
    const sent: Partial<Activity>[] = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      sent.push(...activities);
      return next();
    });
    await this.runMiddleware(context, logic);
    return sent;
  }
}

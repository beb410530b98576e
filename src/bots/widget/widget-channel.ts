import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { Reply } from '../../dialogs/reply';
import { replyActivity, replyOf } from '../../dialogs/turn-state';
import { offerHandoffs, type HandoffOutcome, type HandoffReason } from '../../dialogs/visitor-handoff';
import type { Bot } from '../core/build-bot';
import { failedTurnMessage } from '../core/turn-failure';
import type { HandoffTranscriptLine } from '../handoff/handoff-desk';
import type { HandoffService, VisitorLine } from '../handoff/handoff-service';
import { InProcessAdapter } from '../in-process/in-process-adapter';
import { renderPlainText } from '../render/plain-text';
import { VisitorStreams, type WidgetEvent } from './visitor-streams';

/** The channel id of the website widget's activities (its senders are always visitors). */
export const WIDGET_CHANNEL_ID = 'widget';

/** The longest message a visitor may send, in characters. */
export const MAX_VISITOR_MESSAGE_CHARS = 2_000;

/** What the visitor typed "end chat" and the like: ends a chat with a person. */
const END_CHAT = /^(?:end(?:\s+the)?\s+chat|end\s+hand-?off|stop\s+chat|leave\s+chat|close\s+chat)[\s.!]*$/i;

/** Where a person's words travel inside an activity (for the stream and the transcript). */
const PERSON_CHANNEL_DATA_KEY = 'crmproPerson';

/**
 * One visitor message: typed text, or a quick reply's text. Card submissions (`value`) are not
 * taken from visitors: their buttons only ever send words.
 */
export interface VisitorMessage {
  text: string;
}

/**
 * The website widget's channel: each visitor (an anonymous session) is one conversation through
 * the one bot core as a `visitor` caller (the widget channel vouches for nobody). A message is
 * echoed into the visitor's stream, the typing indicator shown while the turn runs, and each reply
 * streamed as the bot sends it. While a person has taken the chat (a hand-off) the visitor's words
 * go to that person and the bot stays quiet; the transcript keeps both sides either way.
 */
export class WidgetChannel implements VisitorLine {
  readonly streams: VisitorStreams;
  private readonly adapter: WidgetAdapter;

  constructor(
    private readonly core: Bot,
    private readonly handoffs: HandoffService,
    streams: VisitorStreams = new VisitorStreams(),
  ) {
    this.streams = streams;
    this.adapter = new WidgetAdapter((visitorId, activity) => this.streamReply(visitorId, activity));
    for (const middleware of core.middleware) this.adapter.use(middleware);
    this.adapter.onTurnError = async (context, error) => {
      await context.sendActivity(replyActivity({ text: failedTurnMessage(error, core.logger, context) }));
    };
    handoffs.attach(this);
  }

  /**
   * Connects a visitor's stream. A visitor with no events yet (new, or from before a restart) is
   * greeted first.
   */
  connect(visitorId: string, lastEventId: number, listener: (event: WidgetEvent) => void) {
    if (this.streams.isEmpty(visitorId)) void this.greet(visitorId);
    return this.streams.connect(visitorId, lastEventId, listener);
  }

  /** Takes a visitor's message; its replies arrive on the visitor's stream. Resolves when handled. */
  receive(visitorId: string, message: VisitorMessage): Promise<void> {
    const text = message.text.trim();
    return this.streams.enqueue(visitorId, async () => {
      this.streams.append(visitorId, { type: 'message', from: 'visitor', reply: { text } });
      if (this.handoffs.openFor(visitorId)) return this.relay(visitorId, text);
      this.streams.append(visitorId, { type: 'typing', active: true });
      try {
        await this.adapter.processActivity(this.activityOf(visitorId, text), (context) => {
          offerHandoffs(context, { request: (options) => this.requestHandoff(visitorId, options) });
          return this.core.bot.run(context);
        });
      } finally {
        this.streams.append(visitorId, { type: 'typing', active: false });
      }
    });
  }

  async fromPerson(visitorId: string, personName: string, text: string): Promise<void> {
    const reference = this.referenceOf(visitorId);
    await this.adapter.continueConversation(reference, async (context) => {
      const activity = replyActivity({ text });
      activity.channelData = { ...(activity.channelData as object), [PERSON_CHANNEL_DATA_KEY]: personName };
      await context.sendActivity(activity);
    });
  }

  async endedByPerson(visitorId: string, personName: string): Promise<void> {
    this.streams.append(visitorId, {
      type: 'handoff',
      state: 'ended',
      reason: `${personName} ended the chat.`,
    });
    await this.say(visitorId, `${personName} has left the chat. I'm here if you have more questions.`);
  }

  private async relay(visitorId: string, text: string): Promise<void> {
    // The message goes into the transcript like any other, but no bot logic runs on it.
    await this.adapter.processActivity(this.activityOf(visitorId, text), async () => undefined);
    if (END_CHAT.test(text)) {
      await this.handoffs.endByVisitor(visitorId);
      this.streams.append(visitorId, { type: 'handoff', state: 'ended', reason: 'You ended the chat.' });
      await this.say(visitorId, "You've ended the chat with our team. I'm here if you have more questions.");
      return;
    }
    await this.handoffs.relayFromVisitor(visitorId, text);
  }

  private async requestHandoff(
    visitorId: string,
    options: { reason: HandoffReason; ownerEmail?: string; visitor?: string; question?: string },
  ): Promise<HandoffOutcome> {
    const outcome = await this.handoffs.open(visitorId, {
      visitor: `Website visitor ${options.visitor ?? visitorId.slice(0, 6)}`,
      ...(options.ownerEmail ? { ownerEmail: options.ownerEmail } : {}),
      ...(options.question ? { question: options.question } : {}),
      transcript: this.transcriptOf(visitorId),
    });
    if (outcome === 'opened') this.streams.append(visitorId, { type: 'handoff', state: 'waiting' });
    return outcome;
  }

  private async greet(visitorId: string): Promise<void> {
    await this.streams.enqueue(visitorId, async () => {
      if (!this.streams.isEmpty(visitorId)) return;
      const visitor = { id: `visitor-${visitorId}`, name: '' };
      await this.adapter.processActivity(
        { ...this.activityOf(visitorId, ''), type: 'conversationUpdate', membersAdded: [visitor] },
        (context) => this.core.bot.run(context),
      );
    });
  }

  /** A message from the bot itself, outside a turn (e.g. after a person left). */
  private async say(visitorId: string, text: string): Promise<void> {
    await this.adapter.continueConversation(this.referenceOf(visitorId), async (context) => {
      await context.sendActivity(replyActivity({ text }));
    });
  }

  private streamReply(visitorId: string, activity: Partial<Activity>): void {
    if (activity.type !== 'message') return;
    const reply: Reply = replyOf(activity) ?? { text: activity.text ?? '' };
    const person = (activity.channelData as Record<string, unknown> | undefined)?.[PERSON_CHANNEL_DATA_KEY];
    this.streams.append(visitorId, {
      type: 'message',
      from: typeof person === 'string' ? 'person' : 'bot',
      reply: reply.text ? reply : { ...reply, text: renderPlainText(reply) },
      ...(typeof person === 'string' ? { name: person } : {}),
    });
  }

  private transcriptOf(visitorId: string): HandoffTranscriptLine[] {
    return this.streams
      .messages(visitorId)
      .filter((event) => event.reply.text)
      .map((event) => ({ from: event.from, text: event.reply.text, at: new Date(event.at) }));
  }

  private activityOf(visitorId: string, text: string): Partial<Activity> {
    return {
      type: 'message',
      channelId: WIDGET_CHANNEL_ID,
      serviceUrl: `local://${WIDGET_CHANNEL_ID}`,
      text,
      conversation: { id: visitorId, isGroup: false, conversationType: 'personal', name: 'website chat' },
      // No name: visitors are anonymous, and the bot greets them without one.
      from: { id: `visitor-${visitorId}`, name: '', role: 'user' },
      recipient: { id: 'crmpro', name: 'CRMPro', role: 'bot' },
    };
  }

  private referenceOf(visitorId: string): Partial<ConversationReference> {
    return {
      channelId: WIDGET_CHANNEL_ID,
      serviceUrl: `local://${WIDGET_CHANNEL_ID}`,
      conversation: { id: visitorId, isGroup: false, conversationType: 'personal', name: 'website chat' },
      user: { id: `visitor-${visitorId}`, name: '', role: 'user' },
      bot: { id: 'crmpro', name: 'CRMPro', role: 'bot' },
    };
  }
}

/** The in-process adapter that hands each sent activity to the visitor's stream as it is sent. */
class WidgetAdapter extends InProcessAdapter {
  constructor(private readonly onSend: (visitorId: string, activity: Partial<Activity>) => void) {
    super('verified');
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]) {
    const visitorId = context.activity.conversation?.id;
    if (visitorId) for (const activity of activities) this.onSend(visitorId, activity);
    return super.sendActivities(context, activities);
  }
}

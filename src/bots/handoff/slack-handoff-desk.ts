import type { KnownBlock, WebClient } from '@slack/web-api';
import type { Logger } from '../../core/logger';
import type { DeskThread, HandoffDesk, HandoffTranscriptLine } from './handoff-desk';

/** The action id of the "End hand-off" button in a hand-off thread's first message. */
export const END_HANDOFF_ACTION_ID = 'handoff_end';
/** The action id of the "Draft a reply" button: agent assist's draft, posted for the team only. */
export const DRAFT_REPLY_ACTION_ID = 'handoff_draft';

/** Lines of the transcript shown when a thread opens (the newest ones). */
const TRANSCRIPT_LINES = 20;
const LINE_CHARS = 300;

/**
 * Hand-offs answered in Slack: a thread in the account owner's DM when the visitor's account has
 * an owner Slack knows (by e-mail), else in the support channel (SUPPORT_SLACK_CHANNEL). The first
 * message carries the transcript so far and an "End hand-off" button; the visitor's later words
 * are posted in the thread.
 */
export class SlackHandoffDesk implements HandoffDesk {
  constructor(
    private readonly client: WebClient,
    private readonly options: { supportChannel?: string; logger: Logger },
  ) {}

  async open(request: {
    handoffId: string;
    visitor: string;
    ownerEmail?: string;
    transcript: readonly HandoffTranscriptLine[];
  }): Promise<DeskThread | undefined> {
    const channel =
      (request.ownerEmail && (await this.directMessageTo(request.ownerEmail))) || this.options.supportChannel;
    if (!channel) return undefined;
    const title = `${request.visitor} asks to talk to a person`;
    const shown = request.transcript.slice(-TRANSCRIPT_LINES);
    const transcript = shown.length
      ? shown.map((line) => `*${speaker(line.from)}:* ${escapeMrkdwn(clip(line.text))}`).join('\n')
      : '_No messages yet._';
    const blocks: KnownBlock[] = [
      { type: 'section', text: { type: 'mrkdwn', text: `:wave: *${escapeMrkdwn(title)}*` } },
      { type: 'section', text: { type: 'mrkdwn', text: transcript.slice(0, 2_900) } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: "Reply in this thread: your words go to the visitor's chat window. *Draft a reply* (or `@CRMPro draft a reply` here) shows a suggested answer to your team only.",
          },
        ],
      },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: DRAFT_REPLY_ACTION_ID,
            text: { type: 'plain_text', text: 'Draft a reply' },
            value: request.handoffId,
          },
          {
            type: 'button',
            action_id: END_HANDOFF_ACTION_ID,
            text: { type: 'plain_text', text: 'End hand-off' },
            style: 'danger',
            value: request.handoffId,
          },
        ],
      },
    ];
    const posted = await this.client.chat.postMessage({ channel, text: title, blocks });
    if (!posted.ok || !posted.ts) return undefined;
    return { channel: posted.channel ?? channel, threadTs: posted.ts };
  }

  async relayFromVisitor(thread: DeskThread, text: string): Promise<void> {
    await this.client.chat.postMessage({
      channel: thread.channel,
      thread_ts: thread.threadTs,
      text: `*Visitor:* ${escapeMrkdwn(text)}`,
    });
  }

  async close(thread: DeskThread, reason: string): Promise<void> {
    await this.client.chat.postMessage({
      channel: thread.channel,
      thread_ts: thread.threadTs,
      text: `Hand-off ended. ${reason} The transcript is kept with the conversation.`,
    });
  }

  /** The DM channel with the Slack user of `email`; undefined when Slack does not know them. */
  private async directMessageTo(email: string): Promise<string | undefined> {
    try {
      const found = await this.client.users.lookupByEmail({ email });
      const userId = found.user?.id;
      if (!userId) return undefined;
      const opened = await this.client.conversations.open({ users: userId });
      return opened.channel?.id;
    } catch (error) {
      this.options.logger.info(
        { err: error },
        'account owner not reachable in Slack; using the support channel',
      );
      return undefined;
    }
  }
}

function speaker(from: HandoffTranscriptLine['from']): string {
  return from === 'visitor' ? 'Visitor' : from === 'bot' ? 'Bot' : 'Team';
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > LINE_CHARS ? `${oneLine.slice(0, LINE_CHARS)}…` : oneLine;
}

/** Text as Slack shows it literally (its three control characters escaped). */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

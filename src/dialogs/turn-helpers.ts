import type { Activity, TurnContext } from 'botbuilder';
import type { Reply } from './reply';
import { replyActivity } from './turn-state';

/**
 * The text of a message, or of a card button the person clicked, as every reader of the message gets
 * it: trimmed, each run of spaces and tabs one space, and each run of line breaks one line break (or
 * one blank line where there was one). The router's readers already got runs collapsed (with the bot
 * mention dropped); dialogs that read the answer to their own question get the same now, so no
 * reader sees a run of thousands of spaces a pattern could split every way (issue 13).
 */
export function messageText(activity: Partial<Activity>): string {
  const value = activity.value as { text?: unknown } | undefined;
  return withWhitespaceRunsCollapsed(activity.text ?? (typeof value?.text === 'string' ? value.text : ''));
}

/** `text` trimmed, with runs of spaces and tabs as one space and runs of line breaks as one or two. */
export function withWhitespaceRunsCollapsed(text: string): string {
  return text
    .trim()
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n(?:[ \n]*\n)? ?/g, (lineBreaks) =>
      lineBreaks.indexOf('\n') === lineBreaks.lastIndexOf('\n') ? '\n' : '\n\n',
    );
}

/** Sends a channel-neutral reply; the channel's renderer turns it into a card, blocks or text. */
export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(replyActivity(reply));
}

import type { Activity, TurnContext } from 'botbuilder';
import type { Reply } from './reply';
import { replyActivity } from './turn-state';

/** The text of a message, or of a card button the person clicked. */
export function messageText(activity: Partial<Activity>): string {
  const value = activity.value as { text?: unknown } | undefined;
  return (activity.text ?? (typeof value?.text === 'string' ? value.text : '')).trim();
}

/** Sends a channel-neutral reply; the channel's renderer turns it into a card, blocks or text. */
export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(replyActivity(reply));
}

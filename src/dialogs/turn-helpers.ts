import type { Activity, TurnContext } from 'botbuilder';
import { CrmError, ErrorCode } from '../core/errors';
import type { Caller } from '../skills/skill';
import type { Reply } from './reply';
import { replyActivity } from './reply-activity';
import { CALLER_KEY } from './turn-keys';

/** The text of a message, or of a card button the person clicked. */
export function messageText(activity: Partial<Activity>): string {
  const value = activity.value as { text?: unknown } | undefined;
  return (activity.text ?? (typeof value?.text === 'string' ? value.text : '')).trim();
}

/** The caller the bot core resolved for this turn. */
export function callerOf(context: TurnContext): Caller {
  const caller = context.turnState.get(CALLER_KEY) as Caller | undefined;
  if (!caller) throw new CrmError(ErrorCode.Internal, 'The caller of this turn was not resolved.');
  return caller;
}

/** Sends a channel-neutral reply; the channel's renderer turns it into a card, blocks or text. */
export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(replyActivity(reply));
}

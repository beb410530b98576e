import type { Activity } from 'botbuilder';
import type { Reply } from './reply';

/** Where a channel-neutral reply travels inside an activity until the channel's renderer takes it. */
export const REPLY_CHANNEL_DATA_KEY = 'crmproReply';

/** The message activity that carries `reply` to the channel's renderer. */
export function replyActivity(reply: Reply): Partial<Activity> {
  return { type: 'message', text: reply.text, channelData: { [REPLY_CHANNEL_DATA_KEY]: reply } };
}

/** The reply an outgoing activity carries, if it was built by `replyActivity`. */
export function replyOf(activity: Partial<Activity>): Reply | undefined {
  return (activity.channelData as Record<string, Reply> | undefined)?.[REPLY_CHANNEL_DATA_KEY];
}

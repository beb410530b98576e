import type { Activity, TurnContext } from 'botbuilder';
import { CrmError, ErrorCode } from '../core/errors';
import type { Caller } from '../skills/skill';
import type { Reply } from './reply';

/**
 * How far a channel vouches for who is speaking: `verified` channels proved the sender (a Bot
 * Framework JWT, a Slack signature), so only a CRM user the channel's own id links to gets CRM
 * access; `local` channels (the terminal, the loopback web chat, Bot Framework in local
 * development mode) act as the configured local user.
 */
export type ChannelTrust = 'verified' | 'local';

/** What CRMPro keeps on a turn: set by the channel (trust) and the bot core (caller), read by dialogs. */
export interface CrmTurnState {
  /** Set by the channel adapter before the turn runs; absent means `verified`. */
  trust?: ChannelTrust;
  /** Set by the bot core once it resolved who is speaking. */
  caller?: Caller;
  /** Set when the turn ran past its budget: later sends are dropped and state is not saved. */
  abandoned?: boolean;
  /**
   * What the message was routed by, for `/metrics`: the understood intent (`oos` when none was
   * confident), or `dialog` when a multi-turn dialog took it. Unset when neither ran.
   */
  intent?: string;
}

const TURN_STATE_KEY = Symbol('crmpro.turn');

/** The one accessor of CRMPro's state on a turn (created on first use). */
export function crmTurn(context: TurnContext): CrmTurnState {
  let state = context.turnState.get(TURN_STATE_KEY) as CrmTurnState | undefined;
  if (!state) {
    state = {};
    context.turnState.set(TURN_STATE_KEY, state);
  }
  return state;
}

/** The caller the bot core resolved for this turn. */
export function callerOf(context: TurnContext): Caller {
  const caller = crmTurn(context).caller;
  if (!caller) throw new CrmError(ErrorCode.Internal, 'The caller of this turn was not resolved.');
  return caller;
}

/** Where a channel-neutral reply travels inside an activity until the channel's renderer takes it. */
const REPLY_CHANNEL_DATA_KEY = 'crmproReply';

/** The message activity that carries `reply` to the channel's renderer. */
export function replyActivity(reply: Reply): Partial<Activity> {
  return { type: 'message', text: reply.text, channelData: { [REPLY_CHANNEL_DATA_KEY]: reply } };
}

/** The reply an outgoing activity carries, if it was built by `replyActivity`. */
export function replyOf(activity: Partial<Activity>): Reply | undefined {
  return (activity.channelData as Record<string, Reply> | undefined)?.[REPLY_CHANNEL_DATA_KEY];
}

/** Puts a reworked reply (e.g. with its charts drawn) back into the activity that carried it. */
export function replaceReply(activity: Partial<Activity>, reply: Reply): void {
  activity.channelData = { ...(activity.channelData as object), [REPLY_CHANNEL_DATA_KEY]: reply };
}

/** Takes the reply out of an outgoing activity (for channels that send their own rendering). */
export function takeReply(activity: Partial<Activity>): Reply | undefined {
  const reply = replyOf(activity);
  if (!reply) return undefined;
  const channelData = activity.channelData as Record<string, unknown>;
  delete channelData[REPLY_CHANNEL_DATA_KEY];
  if (Object.keys(channelData).length === 0) delete activity.channelData;
  return reply;
}

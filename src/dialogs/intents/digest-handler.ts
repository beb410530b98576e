import { listDigestSubscriptions, subscribeDigest, type ListedSubscription } from '../../skills/digests';
import { asksAboutRatherThanRequests } from '../routing/feature-questions';
import {
  deliveryInWords,
  DIGEST_KIND_NAMES as KIND_NAMES,
  SUBSCRIBE_DIGEST_DIALOG,
  SubscribeDigestDialog,
  type PendingDigestSubscription,
} from './digest-subscribe-dialog';
import { digestChannelOf, digestKindOf, digestScheduleOf } from './digest-request-words';
import { STOP_DIGEST_DIALOG, StopDigestDialog, type PendingDigestStop } from './digest-unsubscribe-dialog';
import type { IntentHandler } from './intent-handler';
import { isSalesTargetMessage, salesTargetTurn, SetTargetDialog } from './sales-target-chat';

/** "What am I subscribed to?", "my digests", "which digests do I get?" */
const LIST_QUESTION =
  /\b(what|which)\b.*\b(subscri\w*|digests?)\b|\bmy (digests|subscriptions)\b|\blist\b.*\bdigests?\b/i;
const STOP = /\b(stop|cancel|unsubscribe|no more|don'?t send|turn off|end)\b/i;

function line(s: ListedSubscription): string {
  return `${KIND_NAMES[s.kind]}: ${s.schedule} (${s.timezone}) in ${s.channel === 'teams' ? 'Teams' : 'Slack'}`;
}

/**
 * Scheduled digests in chat, through the digest skills: "send me the forecast digest every weekday
 * at 8am" subscribes (in the caller's time zone, on the channel they name or their usual one),
 * "stop the digest" unsubscribes (after a yes), "what am I subscribed to?" lists. The words are read by patterns
 * here (the intent model only says it is about digests), which keeps it predictable.
 */
export const digestHandler: IntentHandler = {
  intents: ['digest_subscribe', 'digest_unsubscribe'],
  capability: {
    skill: subscribeDigest as never,
    summary: 'scheduled digests (the daily forecast digest)',
    examples: [
      'send me the forecast digest every weekday at 8am',
      'what am I subscribed to?',
      'stop the digest',
      'set the EMEA target for 2026-Q1 to 1.2M',
      "what's our target this quarter?",
    ],
  },
  dialogs: (skills) => [
    new SetTargetDialog(skills),
    new SubscribeDigestDialog(skills),
    new StopDigestDialog(skills),
  ],
  handle: async ({ text, caller, skills, understanding }) => {
    // Targets ride with the digests: the forecast digest compares against them.
    if (isSalesTargetMessage(text) && !/\bdigests?\b/i.test(text))
      return salesTargetTurn(text, caller, skills);
    // A question ("when do i get my forecast digest", "what am I subscribed to?") is answered with the
    // caller's own digests; only a request subscribes or unsubscribes.
    if ((LIST_QUESTION.test(text) && !STOP.test(text)) || asksAboutRatherThanRequests(text)) {
      const { subscriptions } = await skills.call(listDigestSubscriptions, {}, caller);
      if (!subscriptions.length)
        return {
          text: 'You are not subscribed to any digest. Say "send me the forecast digest every weekday at 8am" to get one.',
        };
      return {
        text: `You get ${subscriptions.length === 1 ? 'one digest' : `${subscriptions.length} digests`}:\n${subscriptions.map((s) => `- ${line(s)}`).join('\n')}`,
        lists: [{ title: 'Your digests', items: subscriptions.map((s) => ({ title: line(s) })) }],
        buttons: [{ title: 'Stop the digests', value: 'stop the digest' }],
      };
    }
    const kind = digestKindOf(text);
    if (understanding.intent === 'digest_unsubscribe' || STOP.test(text)) {
      // Nothing is stopped before the person's yes: the question says which of theirs would stop.
      const { subscriptions } = await skills.call(listDigestSubscriptions, {}, caller);
      const stopping = subscriptions.filter((s) => !kind || s.kind === kind);
      if (!stopping.length)
        return { text: `You were not subscribed to ${kind ? `the ${KIND_NAMES[kind]}` : 'any digest'}.` };
      return {
        beginDialog: STOP_DIGEST_DIALOG,
        options: { ...(kind ? { kind } : {}), subscriptions: stopping } satisfies PendingDigestStop,
      };
    }
    const chosen = kind ?? 'forecast';
    const schedule = digestScheduleOf(text, chosen);
    const channel = digestChannelOf(text);
    // Nothing is saved before the person's yes: the skill checks the request and says what it would save.
    const input = { kind: chosen, ...(schedule ? { schedule } : {}), ...(channel ? { channel } : {}) };
    const preview = await skills.call(subscribeDigest, { ...input, preview: true }, caller);
    const { previous, subscription } = preview;
    const unchanged =
      previous?.cron === subscription.cron &&
      previous.timezone === subscription.timezone &&
      previous.channel === subscription.channel;
    if (unchanged)
      return {
        text: `You already get the ${KIND_NAMES[chosen]} ${deliveryInWords(previous)}; nothing to change.`,
        buttons: [{ title: 'My digests', value: 'what am I subscribed to?' }],
      };
    return {
      beginDialog: SUBSCRIBE_DIGEST_DIALOG,
      options: { input, preview } satisfies PendingDigestSubscription,
    };
  },
};

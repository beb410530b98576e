import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { isPersonFacingError } from '../../core/errors';
import type { SkillRunner } from '../../skills/skill';
import { subscribeDigest, type SubscribeDigestResult } from '../../skills/digests';
import type { DigestChannel, DigestKind, DigestSubscription } from '../../vocabulary/digest';
import { yesOrNoWord } from '../confirmation-words';
import type { Reply } from '../reply';
import { YES_NO_BUTTONS } from './slot-filling-dialog';
import { personMessageOf } from '../replies/refusal-replies';
import { messageText, sendReply } from '../turn-helpers';
import { callerOf } from '../turn-state';
import { digestChannelOf, digestKindOf, digestScheduleOf } from './digest-request-words';

export const SUBSCRIBE_DIGEST_DIALOG = 'digest-subscribe';

/** The digest kinds by name, as people read them. */
export const DIGEST_KIND_NAMES: Record<DigestKind, string> = {
  forecast: 'forecast digest',
  'accounts-to-call': 'accounts-to-call digest',
  'segment-movement': 'segment movement digest',
};

/** What each digest holds (docs/digests.md), said before the person agrees to get it. */
const DIGEST_CONTENTS: Record<DigestKind, string> = {
  forecast:
    "this quarter's forecast against the target, what changed since the last one and the deals at risk, with a chart",
  'accounts-to-call': 'the accounts you own worth a call this week, each with its reasons, with a chart',
  'segment-movement':
    'the accounts that moved between segments in the last 7 days and the notable moves, with a chart',
};

/** The subscribe request waiting for a yes, with the subscription the skill would save. */
export interface PendingDigestSubscription {
  input: { kind: DigestKind; schedule?: string; channel?: DigestChannel };
  preview: SubscribeDigestResult;
}

/** Longer messages with a time in them are taken for another request unless they name a digest. */
const MAX_CHANGE_WORDS = 8;

/**
 * The request changed by an answer that names another time, days, channel or kind instead of a
 * yes or no ("daily at 6am", "on slack instead", "mondays at 9 please"); undefined for anything else.
 */
export function changedSubscription(
  text: string,
  input: PendingDigestSubscription['input'],
): PendingDigestSubscription['input'] | undefined {
  const kind = digestKindOf(text) ?? input.kind;
  const schedule = digestScheduleOf(text, kind);
  const channel = digestChannelOf(text);
  const namesDigest = /\bdigest\b/i.test(text);
  // Another kind only when a digest is named: "which segment is acme in" is a question of its own.
  if (!schedule && !channel && !(namesDigest && kind !== input.kind)) return undefined;
  if (text.trim().split(/\s+/).length > MAX_CHANGE_WORDS && !namesDigest) return undefined;
  // Another kind keeps no schedule of the first (each kind has its own usual days).
  const keptSchedule = schedule ?? (kind === input.kind ? input.schedule : undefined);
  const keptChannel = channel ?? input.channel;
  return {
    kind,
    ...(keptSchedule ? { schedule: keptSchedule } : {}),
    ...(keptChannel ? { channel: keptChannel } : {}),
  };
}

/** "weekdays 08:00" → "every weekday at 08:00"; "daily 07:30" → "every day at 07:30"; a cron as is. */
export function scheduleInWords(schedule: string): string {
  const match = /^(weekdays|daily|(\w+)s) (\d{2}:\d{2})$/.exec(schedule);
  if (!match) return `on the schedule "${schedule}"`;
  const days =
    match[1] === 'weekdays'
      ? 'every weekday'
      : match[1] === 'daily'
        ? 'every day'
        : `every ${match[2]!.charAt(0).toUpperCase()}${match[2]!.slice(1)}`;
  return `${days} at ${match[3]}`;
}

function channelName(channel: DigestChannel): string {
  return channel === 'teams' ? 'Teams' : 'Slack';
}

/** Where and when, in words: "every weekday at 08:00 (Europe/London time) in Teams". */
export function deliveryInWords(subscription: DigestSubscription): string {
  return `${scheduleInWords(subscription.schedule)} (${subscription.timezone} time) in ${channelName(subscription.channel)}`;
}

/** The question: what will be sent, where and when, what it replaces, yes or no. */
export function subscriptionQuestion({ preview }: PendingDigestSubscription): Reply {
  const { subscription, previous } = preview;
  const replaces = previous ? ` This replaces the one you get now (${deliveryInWords(previous)}).` : '';
  return {
    text:
      `Send you the ${DIGEST_KIND_NAMES[subscription.kind]} — ${DIGEST_CONTENTS[subscription.kind]} — ` +
      `${deliveryInWords(subscription)}?${replaces} (yes/no; or say another time, e.g. "daily at 7:30")`,
    buttons: YES_NO_BUTTONS,
  };
}

/**
 * Confirms a digest subscription before saving it, as every write in chat does: says what will be
 * sent, where and when (and which subscription it replaces), and subscribes on yes; no saves
 * nothing; anything else ends the question and is handled as a new message (so "daily at 7:30
 * instead" asks again with that time).
 */
export class SubscribeDigestDialog extends ComponentDialog {
  constructor(private readonly skills: SkillRunner) {
    super(SUBSCRIBE_DIGEST_DIALOG);
    this.addDialog(
      new WaterfallDialog(`${SUBSCRIBE_DIGEST_DIALOG}-steps`, [(s) => this.ask(s), (s) => this.answer(s)]),
    );
    this.initialDialogId = `${SUBSCRIBE_DIGEST_DIALOG}-steps`;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending = step.options as PendingDigestSubscription;
    (step.values as { pending?: PendingDigestSubscription }).pending = pending;
    await sendReply(step.context, subscriptionQuestion(pending));
    return Dialog.EndOfTurn;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { input, preview } = (step.values as { pending?: PendingDigestSubscription }).pending!;
    const said = messageText(step.context.activity).trim();
    const word = yesOrNoWord(said);
    const name = DIGEST_KIND_NAMES[input.kind];
    let reply: Reply;
    if (word === 'no')
      reply = {
        text: preview.previous
          ? `Okay, nothing changed: you still get the ${name} ${deliveryInWords(preview.previous)}.`
          : `Okay, no digest scheduled.`,
      };
    else if (word !== 'yes') {
      const changed = changedSubscription(said, input);
      if (!changed) return step.endDialog({ unhandledText: true });
      try {
        const again = await this.skills.call(
          subscribeDigest,
          { ...changed, preview: true },
          callerOf(step.context),
        );
        return step.replaceDialog(SUBSCRIBE_DIGEST_DIALOG, {
          input: changed,
          preview: again,
        } satisfies PendingDigestSubscription);
      } catch (error) {
        if (!isPersonFacingError(error)) throw error;
        reply = { text: personMessageOf(error, callerOf(step.context)) };
      }
    } else {
      try {
        const { subscription, replaced } = await this.skills.call(
          subscribeDigest,
          input,
          callerOf(step.context),
        );
        reply = {
          text: `${replaced ? 'Updated' : 'Done'}: you will get the ${name} ${deliveryInWords(subscription)}.`,
          buttons: [
            { title: 'My digests', value: 'what am I subscribed to?' },
            { title: 'Stop it', value: `stop the ${name}` },
          ],
        };
      } catch (error) {
        if (!isPersonFacingError(error)) throw error;
        reply = { text: personMessageOf(error, callerOf(step.context)) };
      }
    }
    await sendReply(step.context, reply);
    return step.endDialog();
  }
}

import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { isPersonFacingError } from '../../core/errors';
import type { SkillRunner } from '../../skills/skill';
import { unsubscribeDigest } from '../../skills/digests';
import type { DigestKind, DigestSubscription } from '../../vocabulary/digest';
import { yesOrNoWord } from '../confirmation-words';
import type { Reply } from '../reply';
import { YES_NO_BUTTONS } from './slot-filling-dialog';
import { personMessageOf } from '../replies/refusal-replies';
import { messageText, sendReply } from '../turn-helpers';
import { callerOf } from '../turn-state';
import { deliveryInWords, DIGEST_KIND_NAMES } from './digest-subscribe-dialog';

export const STOP_DIGEST_DIALOG = 'digest-stop';

/** The stop request waiting for a yes: the kind asked for (all when none) and what it would stop. */
export interface PendingDigestStop {
  kind?: DigestKind;
  subscriptions: DigestSubscription[];
}

function oneLine(subscription: DigestSubscription): string {
  return `the ${DIGEST_KIND_NAMES[subscription.kind]} (${deliveryInWords(subscription)})`;
}

/** The question: which of the caller's digests would stop, yes or no. */
export function stopQuestion({ subscriptions }: PendingDigestStop): Reply {
  const what =
    subscriptions.length === 1
      ? oneLine(subscriptions[0]!)
      : `all ${subscriptions.length} of your digests: ${subscriptions.map(oneLine).join('; ')}`;
  return {
    text: `Stop ${what}? You will not get ${subscriptions.length === 1 ? 'it' : 'them'} any more. (yes/no)`,
    buttons: YES_NO_BUTTONS,
  };
}

/**
 * Confirms stopping digests before doing it, as subscribing does: says which of the caller's
 * subscriptions would stop (when and where each comes), stops them on yes; no keeps them; anything
 * else ends the question and is handled as a new message.
 */
export class StopDigestDialog extends ComponentDialog {
  constructor(private readonly skills: SkillRunner) {
    super(STOP_DIGEST_DIALOG);
    this.addDialog(
      new WaterfallDialog(`${STOP_DIGEST_DIALOG}-steps`, [(s) => this.ask(s), (s) => this.answer(s)]),
    );
    this.initialDialogId = `${STOP_DIGEST_DIALOG}-steps`;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending = step.options as PendingDigestStop;
    (step.values as { pending?: PendingDigestStop }).pending = pending;
    await sendReply(step.context, stopQuestion(pending));
    return Dialog.EndOfTurn;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { kind, subscriptions } = (step.values as { pending?: PendingDigestStop }).pending!;
    const word = yesOrNoWord(messageText(step.context.activity).trim());
    if (word === undefined) return step.endDialog({ unhandledText: true });
    let reply: Reply;
    if (word === 'no')
      reply = {
        text: `Okay, nothing stopped: you still get ${subscriptions.map(oneLine).join('; ')}.`,
      };
    else {
      try {
        const { stopped } = await this.skills.call(
          unsubscribeDigest,
          kind ? { kind } : {},
          callerOf(step.context),
        );
        reply = {
          text: stopped.length
            ? `Stopped: ${stopped.map((s) => DIGEST_KIND_NAMES[s.kind]).join(', ')}. You will not get ${stopped.length === 1 ? 'it' : 'them'} any more.`
            : 'Those digests were already stopped.',
          buttons: [{ title: 'My digests', value: 'what am I subscribed to?' }],
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

import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { dateTimeFormat } from '../../core/date-formats';
import { isPersonFacingError } from '../../core/errors';
import { nameKeyOf } from '../../vocabulary';
import type { Caller, SkillRunner } from '../../skills/skill';
import { yesOrNoWord } from '../confirmation-words';
import type { ConversationMemory } from '../conversation-memory';
import type { Reply, ReplyButton } from '../reply';
import { personMessageOf } from '../replies/refusal-replies';
import type { Understander } from '../routing/understanding';
import { messageText, sendReply } from '../turn-helpers';
import { callerOf } from '../turn-state';

/** What a slot-filling dialog needs from the bot core. */
export interface SlotDialogDependencies {
  skills: SkillRunner;
  understander: Understander;
  memory: { get(context: TurnContext, initial: ConversationMemory): Promise<ConversationMemory | undefined> };
}

/** One question the dialog asks; `slot` says which part of the draft the answer fills. */
export interface SlotQuestion {
  slot: string;
  text: string;
  buttons?: ReplyButton[];
  /** Answers are always taken as answers (a summary, an address typed as words), never as a change of subject. */
  answerOnly?: boolean;
  /** Why the previous answer (or the request) could not be used, said before the question. */
  problem?: string;
}

/** What the dialog does next: ask a question about the draft, or finish with replies. */
export type SlotStep<D> = { draft: D; question: SlotQuestion; preface?: Reply[] } | { done: Reply[] };

/** What an answer did: filled a slot (ask on), was not usable (ask again, saying why), finished the dialog, or was not an answer at all. */
export type SlotAnswer<D> =
  | { kind: 'filled'; draft: D; preface?: Reply[] }
  | { kind: 'problem'; problem: string; draft?: D }
  | { kind: 'done'; replies: Reply[] }
  | { kind: 'unhandled' };

/** The turn as a slot-filling dialog sees it. */
export interface SlotTurn {
  context: TurnContext;
  caller: Caller;
  skills: SkillRunner;
  now: Date;
}

/** Options a slot-filling dialog starts (or restarts) with. */
export interface SlotDialogOptions<D> {
  draft?: D;
  /** Set when "start over" restarted the dialog empty. */
  restarted?: boolean;
  problem?: string;
  preface?: Reply[];
}

interface Pending<D> {
  draft: D;
  question: SlotQuestion;
}

/** How sure the understander must be that an unusable answer was a new request instead. */
const CHANGE_OF_SUBJECT_CONFIDENCE = 0.6;
const MIN_REQUEST_WORDS = 3;
const NOT_A_CHANGE_OF_SUBJECT = new Set(['oos', 'confirm', 'deny', 'thanks', 'greeting']);

/** A wh-question's opening word ("what integrations are connected", "how do i …", "who owns …"). */
const QUESTION_OPENING = /^\s*(?:what|what's|whats|how|how's|hows|who|who's|whos|which|when|why|where)\b/i;
/** Ends as a question ("…over there?"): a free-text answer that opens with a question word and ends so asks the bot. */
const ASKED = /\?\s*$/;

/** Said when a bare "no" answers a question that is not a yes/no one ("which company?" — "no"). */
const STOPPED_REPLY = "Okay, I've stopped there; nothing was saved.";

/**
 * A multi-turn dialog that fills a draft slot by slot: asks for what is missing, re-asks with the
 * reason when an answer can't be used, and finishes with replies. Everything it holds is plain
 * JSON in the dialog state (kept in the store), so a restart between two questions resumes where
 * it was. An answer that can't be used but is confidently another request ends the dialog and
 * the root dialog handles the message anew.
 */
export abstract class SlotFillingDialog<D extends object> extends ComponentDialog {
  private readonly stepsId: string;

  protected constructor(
    id: string,
    protected readonly deps: SlotDialogDependencies,
    /** The intents of this dialog's own requests (never taken for a change of subject). */
    private readonly ownIntents: readonly string[],
  ) {
    super(id);
    this.stepsId = `${id}-steps`;
    this.addDialog(
      new WaterfallDialog(this.stepsId, [(step) => this.askStep(step), (step) => this.answerStep(step)]),
    );
    this.initialDialogId = this.stepsId;
  }

  /** The draft "start over" begins from. */
  protected abstract emptyDraft(): D;

  /** Resolves what it can in the draft and says what to ask next (or finishes). */
  protected abstract nextStep(draft: D, turn: SlotTurn): Promise<SlotStep<D>>;

  /** Applies the person's answer to the question asked. */
  protected abstract answer(
    question: SlotQuestion,
    text: string,
    draft: D,
    turn: SlotTurn,
  ): Promise<SlotAnswer<D>>;

  /** Remembers the account the dialog worked on, for follow-ups ("log a call with them"). */
  protected async rememberAccount(
    context: TurnContext,
    account: { id: string; name: string },
  ): Promise<void> {
    const memory = (await this.deps.memory.get(context, {}))!;
    memory.lastAccount = { id: account.id, name: account.name };
  }

  /**
   * Remembers the deal the dialog changed, and its account, so the next message can be about it:
   * "change the amount to 45k" after a stage move, "what's it worth now?".
   */
  protected async rememberDeal(
    context: TurnContext,
    deal: { id: string; accountId: string; accountName: string },
  ): Promise<void> {
    const memory = (await this.deps.memory.get(context, {}))!;
    memory.lastAccount = { id: deal.accountId, name: deal.accountName };
    memory.lastDeals = [deal.id];
    delete memory.lastDealQuery;
    delete memory.lastDealsOwner;
    memory.lastFocus = 'deals';
  }

  private turnOf(context: TurnContext): SlotTurn {
    return {
      context,
      caller: callerOf(context),
      skills: this.deps.skills,
      now: this.deps.skills.clock(),
    };
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as SlotDialogOptions<D>;
    const turn = this.turnOf(step.context);
    const next = await this.nextStep(options.draft ?? this.emptyDraft(), turn);
    for (const reply of options.preface ?? []) await sendReply(step.context, reply);
    if ('done' in next) {
      for (const reply of next.done) await sendReply(step.context, reply);
      return step.endDialog();
    }
    for (const reply of next.preface ?? []) await sendReply(step.context, reply);
    const { question } = next;
    const lead = [
      options.restarted ? "Okay, let's start over." : '',
      question.problem ?? options.problem ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    await sendReply(step.context, {
      text: lead ? `${lead}\n${question.text}` : question.text,
      ...(question.buttons?.length ? { buttons: question.buttons } : {}),
    });
    const pending: Pending<D> = { draft: next.draft, question: { ...question, problem: undefined } };
    (step.values as { pending?: Pending<D> }).pending = pending;
    return Dialog.EndOfTurn;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending = (step.values as { pending?: Pending<D> }).pending;
    if (!pending) return step.endDialog({ unhandledText: true });
    const text = messageText(step.context.activity);
    const turn = this.turnOf(step.context);
    // "what integrations are connected" to "Which company is she with?": a question of its own, never
    // the value (a company, a name or a date does not open with a question word).
    // A free-text answer ("What was it about?") is taken as it is, unless it is a question put to the
    // bot and marked as one ("meeting wayne thursday" → "who's the decision maker over there?").
    if (
      (!pending.question.answerOnly || ASKED.test(text)) &&
      QUESTION_OPENING.test(text) &&
      (await this.isAnotherRequest(text, turn))
    )
      return step.endDialog({ unhandledText: true });
    let outcome: SlotAnswer<D>;
    try {
      outcome =
        bareYesOrNo<D>(pending.question, text) ??
        (await this.answer(pending.question, text, pending.draft, turn));
    } catch (error) {
      if (!isPersonFacingError(error)) throw error;
      outcome = { kind: 'done', replies: [{ text: personMessageOf(error, turn.caller) }] };
    }
    switch (outcome.kind) {
      case 'filled':
        return step.replaceDialog(this.stepsId, {
          draft: outcome.draft,
          preface: outcome.preface,
        } satisfies SlotDialogOptions<D>);
      case 'done':
        for (const reply of outcome.replies) await sendReply(step.context, reply);
        return step.endDialog();
      case 'unhandled':
        return step.endDialog({ unhandledText: true });
      case 'problem':
        if (!pending.question.answerOnly && (await this.isAnotherRequest(text, turn)))
          return step.endDialog({ unhandledText: true });
        return step.replaceDialog(this.stepsId, {
          draft: outcome.draft ?? pending.draft,
          problem: outcome.problem,
        } satisfies SlotDialogOptions<D>);
    }
  }

  /**
   * True when the understander is confident the text is a request of another kind. Answers of one
   * or two words ("Acme", "555-12") are attempts at the question, never a new request.
   */
  private async isAnotherRequest(text: string, turn: SlotTurn): Promise<boolean> {
    if (text.trim().split(/\s+/).length < MIN_REQUEST_WORDS) return false;
    const understanding = await this.deps.understander.understand(text, {
      now: turn.now,
      timezone: turn.caller.timezone,
    });
    return (
      understanding.confidence >= CHANGE_OF_SUBJECT_CONFIDENCE &&
      !NOT_A_CHANGE_OF_SUBJECT.has(understanding.intent) &&
      !this.ownIntents.includes(understanding.intent)
    );
  }

  /** "yes", "no", or undefined for anything else (the trained confirm/deny intents back the word lists up). */
  protected async yesOrNo(text: string, turn: SlotTurn): Promise<'yes' | 'no' | undefined> {
    const word = yesOrNoWord(text);
    if (word) return word;
    const understanding = await this.deps.understander.understand(text, {
      now: turn.now,
      timezone: turn.caller.timezone,
    });
    if (understanding.confidence >= CHANGE_OF_SUBJECT_CONFIDENCE && understanding.intent === 'confirm')
      return 'yes';
    if (understanding.confidence >= CHANGE_OF_SUBJECT_CONFIDENCE && understanding.intent === 'deny')
      return 'no';
    return undefined;
  }
}

/** True when the question asks for a yes or a no (it offers the Yes/No buttons). */
function isYesNoQuestion(question: SlotQuestion): boolean {
  return question.buttons?.some((button) => button.value === 'yes') ?? false;
}

/**
 * A bare "yes" or "no" to a question that asks for a value ("Which company is Mia with?", "Which
 * deal?") is never the value: a yes asks again, a no stops the dialog without saving anything.
 * Questions whose answers are always answers (`answerOnly`) read every answer themselves.
 */
function bareYesOrNo<D>(question: SlotQuestion, text: string): SlotAnswer<D> | undefined {
  if (isYesNoQuestion(question) || question.answerOnly) return undefined;
  const word = yesOrNoWord(text);
  if (word === 'yes') return { kind: 'problem', problem: 'I need an answer to this first:' };
  if (word === 'no') return { kind: 'done', replies: [{ text: STOPPED_REPLY }] };
  return undefined;
}

/** Yes/No buttons for a confirmation. */
export const YES_NO_BUTTONS: ReplyButton[] = [
  { title: 'Yes', value: 'yes' },
  { title: 'No', value: 'no' },
];

/**
 * Which of the offered choices an answer picks: its number ("2"), its label or a name that
 * contains the answer's words ("park" for "Jane Park"), when exactly one does.
 */
export function pickChoice(text: string, labels: readonly string[]): number | undefined {
  const number = /^\s*#?(\d{1,2})\s*\.?\s*$/.exec(text);
  if (number) {
    const index = Number(number[1]) - 1;
    return index >= 0 && index < labels.length ? index : undefined;
  }
  const key = nameKeyOf(text);
  if (!key) return undefined;
  const keys = labels.map((label) => nameKeyOf(label));
  const exact = keys.findIndex((k) => k === key);
  if (exact >= 0) return exact;
  const containing = keys.flatMap((k, i) => (` ${k} `.includes(` ${key} `) ? [i] : []));
  return containing.length === 1 ? containing[0] : undefined;
}

/** A numbered list of choices for a question's text. */
export function numbered(labels: readonly string[]): string {
  return labels.map((label, i) => `${i + 1}. ${label}`).join('\n');
}

/** "25 Nov" (with the year when it is not the current one) in the reader's time zone. */
export function dayLabel(date: Date, timeZone: string, now: Date): string {
  const sameYear =
    dateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(date) ===
    dateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(now);
  return dateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(date);
}

/** A due day (`YYYY-MM-DD`, a calendar day) as the reader sees it: "8 Dec". */
export function dueLabel(due: string, now: Date): string {
  return dayLabel(new Date(`${due}T12:00:00Z`), 'UTC', now);
}

/**
 * Restarts the innermost active dialog whose id is in `restartable` with an empty draft ("start
 * over"); false when none is active, so the caller can cancel instead.
 */
export async function startOverActiveDialog(
  dc: DialogContext,
  restartable: ReadonlySet<string>,
): Promise<boolean> {
  let found: DialogContext | undefined;
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    const id = current.activeDialog?.id;
    if (id && restartable.has(id)) found = current;
  }
  if (!found) return false;
  await found.replaceDialog(found.activeDialog!.id, { restarted: true } satisfies SlotDialogOptions<never>);
  return true;
}

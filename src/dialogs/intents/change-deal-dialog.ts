import { updateDeal } from '../../skills/update-deal';
import { isOpenStage } from '../../vocabulary';
import type { DealChoice } from '../../skills/find-records';
import { formatCalendarDay, formatMoney, formatMoneyExact, formatStage } from '../replies/format';
import type { DealTerm } from '../routing/deal-change-requests';
import { extractMoney } from '../understanding/entities/money';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { yesOrNoWord } from '../confirmation-words';
import { correctionAtConfirmation } from './confirmation-corrections';
import { findDealToMove, pickDealChoice } from './deal-stage-lookup';
import { dealChoiceQuestion } from './deal-stage-questions';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const CHANGE_DEAL_DIALOG = 'change-deal';

/** The change of a deal's amount or close date being prepared. */
export interface DealTermsDraft {
  account?: { id: string; name: string };
  dealMention?: string;
  deal?: DealChoice;
  dealChoices?: DealChoice[];
  accountHints?: string[];
  /** The one deal the conversation was just about, which "it" means when it is at `account`. */
  recentDealId?: string;
  /** The term the request changes. */
  term: DealTerm;
  /** The new amount, in the deal's currency. */
  amount?: number;
  /** The new close date, `YYYY-MM-DD`. */
  closeDate?: string;
}

/** The amount a text says ("30k", "$45,000", "1.2m"); undefined when it says none or several. */
export function amountIn(text: string): number | undefined {
  const found = extractMoney(text).filter((m) => m.amount > 0);
  if (found.length === 1) return found[0]!.amount;
  const bare = /^\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*$/.exec(text)?.[1];
  return bare ? Number(bare.replace(/,/g, '')) : undefined;
}

/**
 * The day a text says, read forward from today ("15 feb" is next February's in December); a period
 * ("next month", "end of march") is its last day, the latest the deal is then expected to close.
 */
export function closeDayIn(text: string, now: Date, timezone: string): string | undefined {
  const { dates, periods } = extractPeriodsAndDates(text, { now, timeZone: timezone, prefer: 'future' });
  return dates[0]?.date ?? periods[0]?.end;
}

function termLabel(term: DealTerm): string {
  return term === 'amount' ? 'amount' : 'close date';
}

/**
 * Changes a deal's amount or expected close date: finds the deal (an exact name wins; asks which one
 * when several match), checks the caller may change it, asks for the value when the request gave
 * none that reads, confirms and saves through the update-deal skill.
 */
export class ChangeDealDialog extends SlotFillingDialog<DealTermsDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(CHANGE_DEAL_DIALOG, deps, ['change_deal']);
  }

  protected emptyDraft(): DealTermsDraft {
    return { term: 'amount' };
  }

  protected async nextStep(input: DealTermsDraft, turn: SlotTurn): Promise<SlotStep<DealTermsDraft>> {
    const draft = { ...input };
    if (!draft.deal) {
      if (draft.dealChoices) return { draft, question: dealChoiceQuestion(draft.dealChoices) };
      if (draft.dealMention !== undefined || draft.account) {
        const found = await findDealToMove(draft, draft.dealMention ?? '', turn);
        if (found.kind === 'problem')
          return {
            draft: found.draft ?? draft,
            question: { ...this.dealQuestion(found.draft ?? draft), problem: found.problem },
          };
        if (found.kind === 'done') return { done: found.replies };
        if (found.kind === 'filled') return this.nextStep(found.draft, turn);
      }
      return { draft, question: this.dealQuestion(draft) };
    }
    if (!isOpenStage(draft.deal.stage))
      return {
        done: [
          {
            text: `"${draft.deal.name}" is ${formatStage(draft.deal.stage)}: a closed deal keeps its amount and close date. Reopen it first if it is back in play.`,
          },
        ],
      };
    if (draft.term === 'amount' && draft.amount === undefined)
      return {
        draft,
        question: {
          slot: 'amount',
          text: `"${draft.deal.name}" is worth ${formatMoney(draft.deal.amount, draft.deal.currency)}. What should the new amount be?`,
        },
      };
    if (draft.term === 'closeDate' && draft.closeDate === undefined)
      return {
        draft,
        question: { slot: 'close-date', text: `Which day should "${draft.deal.name}" now close?` },
      };
    // The deal is the conversation's focus from the question on: after "wait no", "never mind" or a
    // new question, "move it to proposal instead" is about it.
    await this.rememberDeal(turn.context, draft.deal);
    return {
      draft,
      question: { slot: 'confirm', text: `${describe(draft)}? (yes/no)`, buttons: YES_NO_BUTTONS },
    };
  }

  private dealQuestion(draft: DealTermsDraft): SlotQuestion {
    if (draft.dealChoices) return dealChoiceQuestion(draft.dealChoices);
    return {
      slot: 'deal',
      text: `Which deal's ${termLabel(draft.term)} should I change? Name it, or its account.`,
    };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: DealTermsDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<DealTermsDraft>> {
    switch (question.slot) {
      case 'deal': {
        const picked = await pickDealChoice(draft, text, turn);
        if (picked) return picked;
        return findDealToMove({ ...draft, dealChoices: undefined, accountHints: undefined }, text, turn);
      }
      case 'amount': {
        const amount = amountIn(text);
        if (amount === undefined)
          return { kind: 'problem', problem: `"${text}" isn't an amount I can read.` };
        return { kind: 'filled', draft: { ...draft, amount } };
      }
      case 'close-date': {
        const closeDate = closeDayIn(text, turn.now, turn.caller.timezone);
        if (!closeDate) return { kind: 'problem', problem: `"${text}" isn't a day I can read.` };
        return { kind: 'filled', draft: { ...draft, closeDate } };
      }
      case 'confirm': {
        // "actually make it 35k", "no, to january 22", "40k instead": the new value, confirmed again.
        const corrected = correctedTerm(text, draft, turn);
        if (corrected) return corrected;
        const answer = await this.yesOrNo(text, turn);
        if (answer === 'no')
          return {
            kind: 'done',
            replies: [{ text: `Okay, nothing changed: "${draft.deal!.name}" stays as it was.` }],
          };
        if (answer !== 'yes')
          return { kind: 'problem', problem: 'Please answer yes or no (or say "start over").' };
        return this.save(draft, turn);
      }
      default:
        return { kind: 'unhandled' };
    }
  }

  private async save(draft: DealTermsDraft, turn: SlotTurn): Promise<SlotAnswer<DealTermsDraft>> {
    const deal = draft.deal!;
    const update = await turn.skills.call(
      updateDeal,
      {
        dealId: deal.id,
        ...(draft.term === 'amount' ? { amount: draft.amount! } : { closeDate: draft.closeDate! }),
      },
      turn.caller,
    );
    await this.rememberDeal(turn.context, deal);
    const changed = update.amount
      ? `amount changed from ${formatMoneyExact(update.amount.from, deal.currency)} to ${formatMoneyExact(update.amount.to, deal.currency)}`
      : `close date moved from ${formatCalendarDay(update.closeDate!.from)} to ${formatCalendarDay(update.closeDate!.to)}`;
    return { kind: 'done', replies: [{ text: `Done: "${deal.name}" ${changed}.` }] };
  }
}

/** A value said alone at the confirmation, without "no" or "actually" ("35k instead", "jan 22 please"). */
const BARE_VALUE_MAX_WORDS = 4;

/**
 * The draft with the value a message at the confirmation says instead of the one asked about: an
 * amount for an amount change, a day for a close-date change, said with "no", "actually", "I meant",
 * "make it", "wait" or alone. A correction whose value does not read is a problem (asked again), never
 * a yes; undefined when the message names no new value.
 */
export function correctedTerm(
  text: string,
  draft: DealTermsDraft,
  turn: { now: Date; caller: { timezone: string } },
): SlotAnswer<DealTermsDraft> | undefined {
  const said = correctionAtConfirmation(text);
  const bare = withoutEndMarks(text.trim().replace(/\s+/g, ' ')).replace(/ (?:instead|then|please)$/i, '');
  const words = bare.split(/\s+/);
  const alone = words.length <= BARE_VALUE_MAX_WORDS && !yesOrNoWord(words[0]!) ? bare : undefined;
  const instead = said ?? alone;
  if (!instead) return undefined;
  if (draft.term === 'amount') {
    const amount = amountIn(instead.replace(/^(?:to|at)\s+/i, ''));
    if (amount !== undefined) return { kind: 'filled', draft: { ...draft, amount } };
    return said ? { kind: 'problem', problem: `"${said}" isn't an amount I can read.` } : undefined;
  }
  const closeDate = closeDayIn(instead, turn.now, turn.caller.timezone);
  if (closeDate) return { kind: 'filled', draft: { ...draft, closeDate } };
  return said ? { kind: 'problem', problem: `"${said}" isn't a day I can read.` } : undefined;
}

/** The text without the spaces and marks it ends with ("35k instead?!" → "35k instead"), read from the end once. */
function withoutEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && ' ?.!,'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** 'Change the amount of "Acme renewal" (Acme Corporation) from $24,000 to $30,000'. */
function describe(draft: DealTermsDraft): string {
  const deal = draft.deal!;
  const what = `"${deal.name}" (${deal.accountName})`;
  if (draft.term === 'amount')
    return `Change the amount of ${what} from ${formatMoneyExact(deal.amount, deal.currency)} to ${formatMoneyExact(draft.amount!, deal.currency)}`;
  return `Move the close date of ${what} to ${formatCalendarDay(draft.closeDate!)}`;
}

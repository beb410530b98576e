import { findDeals, type DealChoice } from '../../skills/find-records';
import { mayChangeDeal, updateDealStage } from '../../skills/update-deal-stage';
import { DEAL_STAGES, isOpenStage, type DealStage } from '../../vocabulary';
import { formatMoney, formatStage } from '../replies/format';
import { extractDealStages } from '../understanding/entities/deal-stages';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  numbered,
  pickChoice,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const UPDATE_DEAL_STAGE_DIALOG = 'update-deal-stage';

/** The stage change being prepared, filled over the turns of the dialog. */
export interface StageDraft {
  /** The account the deal is at, when the request named one (resolved by the handler). */
  account?: { id: string; name: string };
  /** The deal as written ("anvil renewal"), not yet resolved. */
  dealMention?: string;
  deal?: DealChoice;
  dealChoices?: DealChoice[];
  stage?: DealStage;
  /** Why a closed-lost deal was lost; null when the person skipped it. */
  lostReason?: string | null;
  /** Accounts the request's words matched, where the deal is looked for first. */
  accountHints?: string[];
  /** The request asked to reopen a deal ("reopen the Globex deal"). */
  reopen?: boolean;
}

const SKIP = /^(?:skip|none|no reason|n\/a|-|no|don'?t know|dunno)[\s!.]*$/i;

/** The stage a text names; when it names several ("from proposal to negotiation"), the last one. */
export function stageIn(text: string): DealStage | undefined {
  const lower = text.toLowerCase();
  const mentions = extractDealStages(text).map((m) => ({
    stage: m.stage,
    index: lower.lastIndexOf(m.text.toLowerCase()),
  }));
  return mentions.sort((a, b) => b.index - a.index)[0]?.stage;
}

/**
 * Moves a deal to another stage: finds the deal (asking which one when several match), checks the
 * caller may change it, asks for the stage and a lost reason when needed, confirms (saying so
 * when the deal is closed and would be reopened) and saves through the update-deal-stage skill.
 */
export class UpdateDealStageDialog extends SlotFillingDialog<StageDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(UPDATE_DEAL_STAGE_DIALOG, deps, ['update_deal_stage']);
  }

  protected emptyDraft(): StageDraft {
    return {};
  }

  protected async nextStep(input: StageDraft, turn: SlotTurn): Promise<SlotStep<StageDraft>> {
    const draft = { ...input };
    if (!draft.deal) {
      if (draft.dealChoices) return { draft, question: dealChoiceQuestion(draft.dealChoices) };
      if (draft.dealMention !== undefined || draft.account) {
        const found = await this.findDeal(draft, draft.dealMention ?? '', turn);
        if (found.kind === 'problem')
          return {
            draft: found.draft ?? draft,
            question: { ...dealQuestion(found.draft ?? draft), problem: found.problem },
          };
        if (found.kind === 'done') return { done: found.replies };
        if (found.kind === 'filled') return this.nextStep(found.draft, turn);
      }
      return { draft, question: dealQuestion(draft) };
    }
    if (!draft.stage) return { draft, question: stageQuestion(draft.deal) };
    if (draft.stage === draft.deal.stage) {
      return {
        draft: { ...draft, stage: undefined },
        question: {
          ...stageQuestion(draft.deal),
          problem: `"${draft.deal.name}" is already in ${formatStage(draft.stage)}.`,
        },
      };
    }
    if (draft.stage === 'closed_lost' && draft.lostReason === undefined) {
      return {
        draft,
        question: {
          slot: 'lost-reason',
          text: `Why was "${draft.deal.name}" lost? (or "skip")`,
          answerOnly: true,
        },
      };
    }
    return {
      draft,
      question: { slot: 'confirm', text: `${describe(draft)}? (yes/no)`, buttons: YES_NO_BUTTONS },
    };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: StageDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<StageDraft>> {
    switch (question.slot) {
      case 'deal': {
        if (draft.dealChoices) {
          const index = pickChoice(
            text,
            draft.dealChoices.map((c) => c.name),
          );
          const chosen = index === undefined ? undefined : draft.dealChoices[index];
          if (chosen) return this.choose({ ...draft, dealChoices: undefined }, chosen, turn);
        }
        const stage = stageIn(text);
        return this.findDeal(
          {
            ...draft,
            dealChoices: undefined,
            accountHints: undefined,
            ...(stage && !draft.stage ? { stage } : {}),
          },
          text,
          turn,
        );
      }
      case 'stage': {
        const stage = stageIn(text);
        if (!stage) return { kind: 'problem', problem: `"${text}" isn't a stage I know.` };
        return { kind: 'filled', draft: { ...draft, stage } };
      }
      case 'lost-reason': {
        const reason = text.trim();
        if (reason.length > 500)
          return { kind: 'problem', problem: 'Please keep the reason under 500 characters.' };
        return {
          kind: 'filled',
          draft: { ...draft, lostReason: SKIP.test(reason) || !reason ? null : reason },
        };
      }
      case 'confirm': {
        const answer = await this.yesOrNo(text, turn);
        if (answer === 'no')
          return {
            kind: 'done',
            replies: [{ text: `Okay, "${draft.deal!.name}" stays in ${formatStage(draft.deal!.stage)}.` }],
          };
        if (answer !== 'yes')
          return { kind: 'problem', problem: 'Please answer yes or no (or say "start over").' };
        return this.save(draft, turn);
      }
      default:
        return { kind: 'unhandled' };
    }
  }

  /** Looks the deal up by what was written (within the account when known). */
  private async findDeal(
    draft: StageDraft,
    mention: string,
    turn: SlotTurn,
  ): Promise<SlotAnswer<StageDraft>> {
    const { matches: candidates } = await turn.skills.call(
      findDeals,
      draft.account ? { mention, accountId: draft.account.id } : { mention, accountIds: draft.accountHints },
      turn.caller,
    );
    const where = draft.account ? ` at ${draft.account.name}` : '';
    if (candidates.length === 0) {
      const problem = mention.trim()
        ? `I couldn't find a deal called "${mention.trim()}"${where}.`
        : `${draft.account?.name ?? 'That account'} has no deals.`;
      return { kind: 'problem', problem, draft: { ...draft, dealMention: undefined, account: undefined } };
    }
    // "the Globex deal" means its one open deal even when closed ones share its words, unless
    // the person asked to reopen one: then it is the one closed deal.
    const preferred = candidates.filter((c) => isOpenStage(c.stage) !== Boolean(draft.reopen));
    if (candidates.length === 1 || preferred.length === 1)
      return this.choose(draft, preferred[0] ?? candidates[0]!, turn);
    return {
      kind: 'problem',
      problem: `Several deals${where} match.`,
      draft: { ...draft, dealMention: undefined, dealChoices: candidates },
    };
  }

  /** Takes the deal if the caller may change it; otherwise says why and ends. */
  private async choose(draft: StageDraft, deal: DealChoice, turn: SlotTurn): Promise<SlotAnswer<StageDraft>> {
    const permission = await turn.skills.call(mayChangeDeal, { dealId: deal.id }, turn.caller);
    if (!permission.allowed)
      return { kind: 'done', replies: [{ text: `Sorry, I can't change that deal: ${permission.reason}` }] };
    return { kind: 'filled', draft: { ...draft, deal, dealMention: undefined, dealChoices: undefined } };
  }

  private async save(draft: StageDraft, turn: SlotTurn): Promise<SlotAnswer<StageDraft>> {
    const deal = draft.deal!;
    const update = await turn.skills.call(
      updateDealStage,
      {
        dealId: deal.id,
        stage: draft.stage,
        reopen: !isOpenStage(deal.stage),
        ...(draft.lostReason ? { lostReason: draft.lostReason } : {}),
      },
      turn.caller,
    );
    await this.rememberAccount(turn.context, { id: deal.accountId, name: deal.accountName });
    const reopened = update.reopened ? 'reopened and ' : '';
    return {
      kind: 'done',
      replies: [
        {
          text: `Done: "${deal.name}" ${reopened}moved from ${formatStage(update.from)} to ${formatStage(update.to)}.`,
        },
      ],
    };
  }
}

function dealLabel(deal: DealChoice): string {
  return `${deal.name} (${deal.accountName}, ${formatStage(deal.stage)}, ${formatMoney(deal.amount, deal.currency)})`;
}

function dealQuestion(draft: StageDraft): SlotQuestion {
  if (draft.dealChoices) return dealChoiceQuestion(draft.dealChoices);
  return { slot: 'deal', text: 'Which deal should I move? Name it, or its account.' };
}

function dealChoiceQuestion(choices: DealChoice[]): SlotQuestion {
  return {
    slot: 'deal',
    text: `Which deal?\n${numbered(choices.map(dealLabel))}`,
    buttons: choices.map((c) => ({ title: c.name, value: c.name })),
  };
}

function stageQuestion(deal: DealChoice): SlotQuestion {
  const stages = DEAL_STAGES.filter((s) => s !== deal.stage);
  return {
    slot: 'stage',
    text: `"${deal.name}" is in ${formatStage(deal.stage)}. Which stage should it move to? (${stages.map(formatStage).join(', ')})`,
    buttons: stages.map((s) => ({ title: formatStage(s), value: formatStage(s) })),
  };
}

/** "Move "Acme rocket skates" (Acme Corporation, $40k) from proposal to negotiation". */
function describe(draft: StageDraft): string {
  const deal = draft.deal!;
  const what = `"${deal.name}" (${deal.accountName}, ${formatMoney(deal.amount, deal.currency)})`;
  const reason =
    draft.stage === 'closed_lost' && draft.lostReason ? `, lost because: ${draft.lostReason}` : '';
  if (!isOpenStage(deal.stage))
    return `${what} is ${formatStage(deal.stage)}. Reopen it and move it to ${formatStage(draft.stage!)}${reason}`;
  return `Move ${what} from ${formatStage(deal.stage)} to ${formatStage(draft.stage!)}${reason}`;
}

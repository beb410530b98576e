import { findDeals } from '../../skills/find-records';
import { updateDealStage } from '../../skills/update-deal-stage';
import { isOpenStage } from '../../vocabulary';
import { formatStage } from '../replies/format';
import { correctionAtConfirmation } from './confirmation-corrections';
import { chooseDealToMove, findDealToMove, pickDealChoice } from './deal-stage-lookup';
import {
  dealChoiceQuestion,
  dealQuestion,
  describeStageChange,
  stageIn,
  stageQuestion,
  type StageDraft,
} from './deal-stage-questions';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const UPDATE_DEAL_STAGE_DIALOG = 'update-deal-stage';
export type { StageDraft } from './deal-stage-questions';

const SKIP = /^(?:skip|none|no reason|n\/a|-|no|don'?t know|dunno)[\s!.]*$/i;

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
        const found = await findDealToMove(draft, draft.dealMention ?? '', turn);
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
    // The deal is the conversation's focus from the question on: after "wait no", "never mind" or a
    // new question, "move it to proposal instead" is about it.
    await this.rememberDeal(turn.context, draft.deal);
    return {
      draft,
      question: { slot: 'confirm', text: `${describeStageChange(draft)}? (yes/no)`, buttons: YES_NO_BUTTONS },
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
        const picked = await pickDealChoice(draft, text, turn);
        if (picked) return picked;
        const stage = stageIn(text);
        return findDealToMove(
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
        // "not that deal, the q1 renewal", "no, to proposal": the draft corrected, and confirmed again.
        const corrected = await this.corrected(text, draft, turn);
        if (corrected) return corrected;
        const answer = await this.yesOrNo(text, turn);
        if (answer === 'no')
          return {
            kind: 'done',
            replies: [
              {
                text: `Okay, nothing changed: "${draft.deal!.name}" stays in ${formatStage(draft.deal!.stage)}.`,
              },
            ],
          };
        if (answer !== 'yes')
          return { kind: 'problem', problem: 'Please answer yes or no (or say "start over").' };
        return this.save(draft, turn);
      }
      default:
        return { kind: 'unhandled' };
    }
  }

  /**
   * The draft with what a correction at the confirmation says instead: the stage ("no, to
   * proposal", "actually closed won") or another deal of the same account ("not that deal, the q1
   * renewal", "no, i meant the annual renewal"); undefined when the message corrects neither.
   */
  private async corrected(
    text: string,
    draft: StageDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<StageDraft> | undefined> {
    const instead = correctionAtConfirmation(text);
    const deal = draft.deal;
    if (!instead || !deal) return undefined;
    const stageWords = instead.replace(/^(?:move\s+it\s+)?(?:to|into|in)\s+/i, '');
    const stage = stageIn(stageWords);
    if (stage && stageWords.split(' ').length <= 3) return { kind: 'filled', draft: { ...draft, stage } };
    const mention = instead
      .replace(/^(?:the|that|this)\s+/i, '')
      .replace(/\s+(?:one|deal|opportunity|opp)$/i, '')
      .trim();
    if (!mention) return undefined;
    const { matches } = await turn.skills.call(
      findDeals,
      { mention, accountId: deal.accountId },
      turn.caller,
    );
    const others = matches.filter((m) => m.id !== deal.id);
    if (others.length === 0) return undefined;
    const open = others.filter((m) => isOpenStage(m.stage));
    const meant = others.length === 1 ? others[0] : open.length === 1 ? open[0] : undefined;
    if (meant) return chooseDealToMove({ ...draft, deal: undefined }, meant, turn);
    return {
      kind: 'problem',
      problem: `Several deals at ${deal.accountName} match.`,
      draft: { ...draft, deal: undefined, dealChoices: others },
    };
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
    await this.rememberDeal(turn.context, deal);
    const reopened = update.reopened ? 'reopened and ' : '';
    // The reason saved with a loss is said back, as the confirmation said it.
    const why = draft.stage === 'closed_lost' && draft.lostReason ? ` Reason: ${draft.lostReason}.` : '';
    return {
      kind: 'done',
      replies: [
        {
          text: `Done: "${deal.name}" ${reopened}moved from ${formatStage(update.from)} to ${formatStage(update.to)}.${why}`,
        },
      ],
    };
  }
}

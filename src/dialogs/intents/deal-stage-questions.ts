import { DEAL_STAGES, isOpenStage, type DealStage } from '../../vocabulary';
import type { DealChoice } from '../../skills/find-records';
import { formatMoney, formatStage } from '../replies/format';
import { extractDealStages } from '../understanding/entities/deal-stages';
import { numbered, type SlotQuestion } from './slot-filling-dialog';

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
  /** The one deal the conversation was just about, which "it" means when it is at `account`. */
  recentDealId?: string;
}

/** The stage a text names; when it names several ("from proposal to negotiation"), the last one. */
export function stageIn(text: string): DealStage | undefined {
  const lower = text.toLowerCase();
  const mentions = extractDealStages(text).map((m) => ({
    stage: m.stage,
    index: lower.lastIndexOf(m.text.toLowerCase()),
  }));
  return mentions.sort((a, b) => b.index - a.index)[0]?.stage;
}

function dealLabel(deal: DealChoice): string {
  return `${deal.name} (${deal.accountName}, ${formatStage(deal.stage)}, ${formatMoney(deal.amount, deal.currency)})`;
}

/** Which deal to move (the choices when several matched). */
export function dealQuestion(draft: StageDraft): SlotQuestion {
  if (draft.dealChoices) return dealChoiceQuestion(draft.dealChoices);
  return { slot: 'deal', text: 'Which deal should I move? Name it, or its account.' };
}

/** The deals a mention matched, numbered, with a button each. */
export function dealChoiceQuestion(choices: DealChoice[]): SlotQuestion {
  return {
    slot: 'deal',
    text: `Which deal?\n${numbered(choices.map(dealLabel))}`,
    buttons: choices.map((c) => ({ title: c.name, value: c.name })),
  };
}

/** The stage to move the deal to (every stage but its own). */
export function stageQuestion(deal: DealChoice): SlotQuestion {
  const stages = DEAL_STAGES.filter((s) => s !== deal.stage);
  return {
    slot: 'stage',
    text: `"${deal.name}" is in ${formatStage(deal.stage)}. Which stage should it move to? (${stages.map(formatStage).join(', ')})`,
    buttons: stages.map((s) => ({ title: formatStage(s), value: formatStage(s) })),
  };
}

/** "Move "Acme rocket skates" (Acme Corporation, $40k) from proposal to negotiation". */
export function describeStageChange(draft: StageDraft): string {
  const deal = draft.deal!;
  const what = `"${deal.name}" (${deal.accountName}, ${formatMoney(deal.amount, deal.currency)})`;
  const reason =
    draft.stage === 'closed_lost' && draft.lostReason ? `, lost because: ${draft.lostReason}` : '';
  if (!isOpenStage(deal.stage))
    return `${what} is ${formatStage(deal.stage)}. Reopen it and move it to ${formatStage(draft.stage!)}${reason}`;
  return `Move ${what} from ${formatStage(deal.stage)} to ${formatStage(draft.stage!)}${reason}`;
}

import { findDeals, type DealChoice } from '../../skills/find-records';
import { mayChangeDeal } from '../../skills/update-deal-stage';
import { isOpenStage } from '../../vocabulary';
import type { StageDraft } from './deal-stage-questions';
import { pickChoice, type SlotAnswer, type SlotTurn } from './slot-filling-dialog';

/** What a deal lookup reads and fills in a write's draft (a stage move's, a change of amount or close date). */
export type DealToFind = Pick<
  StageDraft,
  'account' | 'dealMention' | 'deal' | 'dealChoices' | 'accountHints' | 'reopen' | 'recentDealId'
>;

/** Looks the deal up by what was written (within the account when known). */
export async function findDealToMove<D extends DealToFind>(
  draft: D,
  mention: string,
  turn: SlotTurn,
): Promise<SlotAnswer<D>> {
  const { matches: candidates } = await turn.skills.call(
    findDeals,
    draft.account ? { mention, accountId: draft.account.id } : { mention, accountIds: draft.accountHints },
    turn.caller,
  );
  const where = draft.account ? ` at ${draft.account.name}` : '';
  // "change the amount to 45k" right after a deal was shown or moved: "it" is that deal.
  const recent = !mention.trim() && candidates.find((c) => c.id === draft.recentDealId);
  if (recent) return chooseDealToMove({ ...draft, recentDealId: undefined }, recent, turn);
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
    return chooseDealToMove(draft, preferred[0] ?? candidates[0]!, turn);
  return {
    kind: 'problem',
    problem: `Several deals${where} match.`,
    draft: { ...draft, dealMention: undefined, dealChoices: candidates },
  };
}

/**
 * The deal an answer to "Which deal?" picks among the choices offered ("2", "the q1 renewal");
 * undefined when it picks none of them, so the answer is looked up as a new mention.
 */
export async function pickDealChoice<D extends DealToFind>(
  draft: D,
  text: string,
  turn: SlotTurn,
): Promise<SlotAnswer<D> | undefined> {
  if (!draft.dealChoices) return undefined;
  const index = pickChoice(
    text,
    draft.dealChoices.map((c) => c.name),
  );
  const chosen = index === undefined ? undefined : draft.dealChoices[index];
  return chosen ? chooseDealToMove({ ...draft, dealChoices: undefined }, chosen, turn) : undefined;
}

/** Takes the deal if the caller may change it; otherwise says why and ends. */
export async function chooseDealToMove<D extends DealToFind>(
  draft: D,
  deal: DealChoice,
  turn: SlotTurn,
): Promise<SlotAnswer<D>> {
  const permission = await turn.skills.call(mayChangeDeal, { dealId: deal.id }, turn.caller);
  if (!permission.allowed)
    return { kind: 'done', replies: [{ text: `Sorry, I can't change that deal: ${permission.reason}` }] };
  return { kind: 'filled', draft: { ...draft, deal, dealMention: undefined, dealChoices: undefined } };
}

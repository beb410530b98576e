import { queryRecords } from '../../skills/query-records';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';
import type { Reply } from '../reply';

/**
 * The account a question about "the account" of the deals just shown is about ("who owns the
 * account" after one deal, "whos the contact at the biggest one" after a list): the biggest of
 * those deals' account when asked so, else the one account they are all at. A reply asking which
 * one when they are at several, or saying they are gone.
 */
export async function accountOfShownDeals(
  shown: { dealIds: string[]; biggest: boolean },
  caller: Caller,
  skills: SkillRunner,
  memory: ConversationMemory,
): Promise<{ accountId: string } | Reply> {
  const found = await skills.call(
    queryRecords,
    {
      record: 'deal',
      owner: memory.lastDealsOwner ?? { scope: 'mine' },
      dealIds: shown.dealIds,
      aggregate: 'top',
      order: 'biggest',
      limit: shown.dealIds.length,
    },
    caller,
  );
  const deals = found.deals ?? [];
  if (!deals.length) return { text: "I can't find the deals I just showed you any more." };
  const accounts = [...new Map(deals.map((d) => [d.accountId, d.accountName])).entries()];
  if (shown.biggest || accounts.length === 1) {
    const deal = deals[0]!;
    memory.lastAccount = { id: deal.accountId, name: deal.accountName };
    return { accountId: deal.accountId };
  }
  const names = accounts.map(([, name]) => name);
  const listed = names.length > 5 ? `${names.slice(0, 5).join(', ')} and others` : names.join(', ');
  return {
    text: `Those deals are at several accounts (${listed}). Which account do you mean? For example: "tell me about ${names[0]}"`,
  };
}

import { queryRecords, type DealRow } from '../../skills/query-records';
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
  shown: { dealIds: string[]; biggest: boolean; accountId?: string },
  caller: Caller,
  skills: SkillRunner,
  memory: ConversationMemory,
): Promise<{ accountId: string; deal?: DealRow } | Reply> {
  // After a briefing: the account's open deals it listed ("whos the contact on the biggest one").
  const found = await skills.call(
    queryRecords,
    shown.accountId
      ? {
          record: 'deal',
          owner: { scope: 'all' },
          accountId: shown.accountId,
          status: 'open',
          aggregate: 'top',
          order: 'biggest',
          limit: 1,
        }
      : {
          record: 'deal',
          owner: memory.lastDealsOwner ?? { scope: 'mine' },
          dealIds: shown.dealIds,
          aggregate: 'top',
          order: 'biggest',
          limit: shown.dealIds.length,
        },
    caller,
  );
  let deals = found.deals ?? [];
  // An account's deals just listed hold colleagues' deals too, outside the caller's own scope: those
  // deals read as that account's, which the caller sees in full.
  if (!deals.length && !shown.accountId && memory.lastAccount)
    deals =
      (
        await skills.call(
          queryRecords,
          {
            record: 'deal',
            owner: { scope: 'all' },
            accountId: memory.lastAccount.id,
            dealIds: shown.dealIds,
            aggregate: 'top',
            order: 'biggest',
            limit: shown.dealIds.length,
          },
          caller,
        )
      ).deals ?? [];
  if (!deals.length) return { text: "I can't find the deals I just showed you any more." };
  const accounts = [...new Map(deals.map((d) => [d.accountId, d.accountName])).entries()];
  if (shown.biggest || accounts.length === 1) {
    const deal = deals[0]!;
    memory.lastAccount = { id: deal.accountId, name: deal.accountName };
    // The one deal meant: the biggest, or the only one.
    return { accountId: deal.accountId, ...(shown.biggest || deals.length === 1 ? { deal } : {}) };
  }
  const names = accounts.map(([, name]) => name);
  const listed = names.length > 5 ? `${names.slice(0, 5).join(', ')} and others` : names.join(', ');
  return {
    text: `Those deals are at several accounts (${listed}). Which account do you mean? For example: "tell me about ${names[0]}"`,
  };
}

/**
 * "who's the contact on it" about one deal: the deal's own contact, with the parts of them the
 * caller may see; that person is then the one "her email?" asks about.
 */
export async function dealContactAnswer(
  deal: DealRow & { contactId: string },
  caller: Caller,
  skills: SkillRunner,
  memory: ConversationMemory,
): Promise<Reply> {
  const found = await skills.call(
    queryRecords,
    { record: 'contact', owner: { scope: 'all' }, aggregate: 'list', contactIds: [deal.contactId] },
    caller,
  );
  const person = found.people?.[0];
  if (!person) return { text: `I can't see the contact on ${deal.name}.` };
  memory.lastContacts = [{ id: person.id, name: person.name, accountId: person.accountId }];
  memory.lastContactsInOrder = true;
  memory.lastPicked = person.id;
  memory.lastFocus = 'contacts';
  memory.lastAccount = { id: deal.accountId, name: deal.accountName };
  const details = [person.title, person.buyingRole?.replace(/_/g, ' '), person.email].filter(Boolean);
  return {
    text: `The contact on ${deal.name} is ${person.name}${details.length ? ` (${details.join(' · ')})` : ''}.`,
  };
}

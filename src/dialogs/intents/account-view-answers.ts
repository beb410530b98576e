import { customerView } from '../../skills/customer-view';
import type { Caller } from '../../skills/skill';
import type { RecordQuery } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';
import { formatDate } from '../replies/format';
import type { Reply } from '../reply';
import type { IntentHandler } from './intent-handler';

/**
 * Whether a record question asks one account's owner ("who owns the umbrella account") or its
 * latest interaction ("when did we last talk to umbrella"): the two account fields the customer
 * view also holds, so a role that may not query records (support) can be told them.
 */
export function isAccountViewField(query: RecordQuery): boolean {
  if (query.field === 'owner') return query.record === 'contact' || query.record === 'account';
  return (
    query.field === 'lastInteraction' &&
    query.record === 'interaction' &&
    !query.contactRole &&
    !query.groupBy &&
    (query.interactionTypes?.length ?? 0) <= 1
  );
}

/**
 * An account's owner or latest interaction read from the customer view, under the same visibility
 * parts as the rest of that view: "Umbrella Corporation is owned by James Whitfield.", "Last
 * interaction with Umbrella Corporation: meeting on 1 Dec 2026 — …". The account is remembered
 * for the next question ("any open cases for them?").
 */
export async function accountViewFieldAnswer(
  query: RecordQuery,
  accountId: string,
  caller: Caller,
  skills: Parameters<IntentHandler['handle']>[0]['skills'],
  memory: ConversationMemory,
): Promise<Reply> {
  const view = await skills.call(customerView, { who: accountId }, caller);
  const account = view.account.name;
  memory.lastAccount = { id: view.account.id, name: account };
  memory.lastFocus = 'account';
  if (query.field === 'owner')
    return {
      text: view.account.owner ? `${account} is owned by ${view.account.owner}.` : `${account} has no owner.`,
    };
  if (!view.interactions)
    return { text: `Sorry, I can't show you that: the interactions at ${account} are for its account team.` };
  const kind = query.interactionTypes?.[0];
  const last = view.interactions.find((i) => !kind || i.type === kind);
  if (!last)
    return { text: `I have no ${kind ? `${kind}s` : 'interactions'} at ${account} that you can see.` };
  const day = formatDate(last.occurredAt, caller.timezone);
  const who =
    last.contactName && !last.summary.includes(last.contactName) ? ` (with ${last.contactName})` : '';
  return {
    text: `Last ${kind ?? 'interaction'} with ${account}: ${kind ? day : `${last.type} on ${day}`} — ${last.summary}${who}.`,
  };
}

import { findContacts } from '../../skills/find-records';
import type { Caller } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';
import type { Reply } from '../reply';
import type { IntentHandler } from './intent-handler';

/** How many people a "which one" question names before saying how many more there are. */
const NAMED_AT_MOST = 6;

/** Whom a first name alone settled on: the contacts to answer about, or a question back. */
export type FirstNameOutcome = { contactIds: string[] } | { reply: Reply };

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The contact a first name alone means ("email for jane", "what's bill's number"), found among
 * everyone whose people the caller sees, not only the names matched in the message: one is the
 * answer; several are asked about by full name and account, and kept as the people just shown so
 * "the second one's email" or "cooper's" picks one; none is said. Roles without the contact finder
 * keep the contacts the message's names matched (`named`). `atAccounts`: the accounts the message
 * names beside the person ("robert at globex"); the people of that name there are those meant, when
 * there are any (everyone of that name otherwise).
 */
export async function settleFirstName(
  mention: string,
  named: readonly string[],
  caller: Caller,
  skills: Parameters<IntentHandler['handle']>[0]['skills'],
  memory: ConversationMemory,
  atAccounts: readonly string[] = [],
): Promise<FirstNameOutcome> {
  if (!skills.mayCall(findContacts, caller)) return { contactIds: [...named] };
  const everyone = (await skills.call(findContacts, { mention }, caller)).matches;
  // "email for robert at globex": the people of that name at the account named, when it has any.
  const atAccount = everyone.filter((m) => atAccounts.includes(m.accountId));
  const matches = atAccount.length > 0 ? atAccount : everyone;
  const name = capitalised(mention);
  if (matches.length === 0)
    return { reply: { text: `I don't see a contact called ${name} that you can see.` } };
  if (matches.length === 1) return { contactIds: [matches[0]!.id] };
  memory.lastContacts = matches.map((m) => ({ id: m.id, name: m.name, accountId: m.accountId }));
  memory.lastContactsInOrder = true;
  delete memory.lastPicked;
  memory.lastFocus = 'contacts';
  const shown = matches.slice(0, NAMED_AT_MOST);
  const more = matches.length - shown.length;
  const list = shown.map((m) => `${m.name}${m.accountName ? ` (${m.accountName})` : ''}`);
  const said =
    more > 0
      ? `${list.join(', ')} and ${more} more`
      : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
  return {
    reply: {
      text: `Which ${name} do you mean: ${said}? Say the full name, for example "${shown[0]!.name}".`,
    },
  };
}

/**
 * A person settled by first name who is not among the people just shown ("bill's number" after
 * Globex's contacts) joins them, picked, instead of replacing them: "nancy's email" next is still
 * Globex's Nancy, and "her" is this person. False when no people were just shown.
 */
export function addToPeopleShown(
  memory: ConversationMemory,
  person: { id: string; name: string; accountId: string },
): boolean {
  const shown = memory.lastContacts;
  if (!shown?.length || (memory.previousFocus !== 'contacts' && memory.previousFocus !== 'account'))
    return false;
  memory.lastContacts = [
    ...shown.filter((c) => c.id !== person.id),
    { id: person.id, name: person.name, accountId: person.accountId },
  ];
  memory.lastPicked = person.id;
  return true;
}

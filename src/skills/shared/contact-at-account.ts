import { distance } from 'fastest-levenshtein';
import { CrmError, ErrorCode } from '../../core/errors';
import { nameKeyOf, type Account, type Contact } from '../../vocabulary';
import type { Store } from '../../store/store';

/** A contact a mention may mean, for a disambiguation question. */
export interface ContactChoice {
  id: string;
  name: string;
  accountId: string;
  title?: string;
}

const ID = /^[0-9a-f]{24}$/;

/** "Jane Park" for a contact. */
export function contactNameOf(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${contact.firstName} ${contact.lastName}`;
}

function choiceOf(contact: Contact): ContactChoice {
  return {
    id: contact._id,
    name: contactNameOf(contact),
    accountId: contact.accountId,
    ...(contact.title ? { title: contact.title } : {}),
  };
}

/** How well a mention fits a contact: 1 full name, 0.9 first or last name, 0.8 a prefix, 0.7 one typo away. */
function scoreOf(contact: Contact, mention: string): number {
  const full = nameKeyOf(contactNameOf(contact));
  const first = nameKeyOf(contact.firstName);
  const last = nameKeyOf(contact.lastName);
  if (mention === full || (contact.email && mention === contact.email.toLowerCase())) return 1;
  if (mention === first || mention === last) return 0.9;
  if (
    full.startsWith(`${mention} `) ||
    (mention.length >= 3 && (first.startsWith(mention) || last.startsWith(mention)))
  )
    return 0.8;
  const words = mention.split(' ');
  // Lengths more than one apart are more than one edit apart: no distance over a long mention per contact.
  const typo = (a: string, b: string) =>
    a.length >= 4 && Math.abs(a.length - b.length) <= 1 && distance(a, b) <= 1;
  if (typo(mention, full) || (words.length === 1 && (typo(mention, first) || typo(mention, last))))
    return 0.7;
  return 0;
}

/** The digits of a mention that is a phone number (seven or more digits, no letters), else undefined. */
function phoneDigitsOf(mention: string): string | undefined {
  if (/[a-z@]/i.test(mention)) return undefined;
  const digits = mention.replace(/\D/g, '');
  return digits.length >= 7 ? digits : undefined;
}

/** True when a stored number is the one dialled: the same last ten digits (or all, when fewer). */
function samePhone(stored: string | undefined, dialled: string): boolean {
  const digits = stored?.replace(/\D/g, '');
  if (!digits) return false;
  const n = Math.min(10, digits.length, dialled.length);
  return n >= 7 && digits.slice(-n) === dialled.slice(-n);
}

/**
 * The contacts a mention ("Jane", "jane park", a typo, an e-mail, a phone number) may mean, best first: those of
 * one account, or (accountId null) anyone's, to find the account from the person.
 */
export async function contactsAtAccountMatching(
  store: Store,
  accountId: string | null,
  mention: string,
): Promise<ContactChoice[]> {
  const contacts = await store.contacts.find(accountId === null ? {} : { accountId });
  // A phone number ("+1 (713) 555-0177", "713.555.0177"): the contacts whose number ends in the same digits.
  const dialled = phoneDigitsOf(mention);
  if (dialled) return contacts.filter((c) => samePhone(c.phone, dialled)).map(choiceOf);
  const key = mention.includes('@') ? mention.trim().toLowerCase() : nameKeyOf(mention);
  if (!key) return [];
  const scored = contacts
    .map((contact) => ({ contact, score: scoreOf(contact, key) }))
    .filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => choiceOf(s.contact));
}

/**
 * The one contact of `account` a mention or id means. A contact of another account is INVALID_INPUT
 * (naming where they work), no match NOT_FOUND (listing the account's contacts), several AMBIGUOUS.
 */
export async function resolveContactAtAccount(
  store: Store,
  account: Pick<Account, '_id' | 'name'>,
  mention: string,
): Promise<Contact> {
  const text = mention.trim();
  if (ID.test(text)) {
    const contact = await store.contacts.findById(text);
    if (contact && contact.accountId !== account._id) {
      const employer = await store.accounts.findById(contact.accountId);
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${contactNameOf(contact)} is a contact at ${employer?.name ?? 'another account'}, not at ${account.name}.`,
        { contactId: contact._id, accountId: contact.accountId },
      );
    }
    if (contact) return contact;
  }
  const matches = await contactsAtAccountMatching(store, account._id, text);
  if (matches.length === 1) return (await store.contacts.findById(matches[0]!.id))!;
  if (matches.length > 1) {
    throw new CrmError(
      ErrorCode.Ambiguous,
      `Several contacts at ${account.name} match "${text}". Which one do you mean?`,
      {
        mention: text,
        candidates: matches,
      },
    );
  }
  const everyone = await store.contacts.find(
    { accountId: account._id },
    { sort: { primary: -1, lastName: 1 }, limit: 8 },
  );
  throw new CrmError(
    ErrorCode.NotFound,
    `I don't see a contact called "${text}" at ${account.name}.${
      everyone.length
        ? ` Contacts there: ${everyone.map(contactNameOf).join(', ')}.`
        : ` ${account.name} has no contacts yet.`
    }`,
    { mention: text, candidates: everyone.map(choiceOf) },
  );
}

import type { NameCandidate } from './entities/name-matcher';
import type { PersonMention } from './entities/people';

/** A person named by first name alone ("jane"): the word said and the contacts it may mean. */
export interface FirstNameSaid {
  /** The first name as said, lower case ("jane"). */
  mention: string;
  /** The contacts of that first name the message's names were matched to (at most five). */
  contactIds: string[];
}

/**
 * The first name a message names a person by, alone ("email for jane", "what's bill's number"):
 * contacts matched by their first name only, as one word of the message, all the same word.
 * Undefined when a full name was said, no first name, several different ones, or the word is also
 * a rep's name ("sam's email" is a colleague's, not a contact's).
 */
export function firstNameSaid(
  contacts: readonly NameCandidate[],
  people: readonly PersonMention[],
): FirstNameSaid | undefined {
  const byFirstName = contacts.filter((c) => {
    const said = c.text.toLowerCase();
    return !c.bySound && !said.includes(' ') && c.name.toLowerCase().split(/\s+/)[0] === said;
  });
  const words = new Set(byFirstName.map((c) => c.text.toLowerCase()));
  if (words.size !== 1) return undefined;
  const [mention] = words;
  const rep = people.find((p) => p.kind === 'rep');
  if (rep?.kind === 'rep' && rep.candidates.some((c) => c.text.toLowerCase() === mention)) return undefined;
  return { mention: mention!, contactIds: byFirstName.map((c) => c.id) };
}

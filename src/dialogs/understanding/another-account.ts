import type { MessageEntities } from './entities/extract-entities';

/**
 * The same question again for another account ("same for globex", "what about initech", "and for
 * hooli?", "ditto for umbrella", "now do globex", "globex too?"): a word that asks again, one
 * account, and nothing else. The caller replays its last question about one account with this one.
 */

/** How a question asked again starts: "same (thing / question) for", "what / how about", "and (for)", "ditto", "now do". */
const AGAIN_START =
  /^(?:(?:ok|okay|so|right|cool|great|thanks|thx|cheers)[\s,.!]+)*(?:(?:and|now)\s+)?(?:(?:the\s+)?same(?:\s+(?:thing|question|again|one))?(?:\s+(?:for|with|at|on))?|ditto(?:\s+(?:for|with))?|likewise(?:\s+for)?|wh?at\s+(?:about|abt|bout)|how\s+(?:about|abt|bout)|do\s+(?:the\s+same|that|it|this)\s+for|(?:now\s+)?do|repeat\s+(?:that|it|this)?\s*for|again\s+for|and(?:\s+for|\s+with|\s+at)?|now(?:\s+for)?)\b/i;
/** Or it ends with "too", "as well", "also", "again": "globex too?", "and globex as well". */
const AGAIN_END = /\b(?:too|as\s+well|also|again)\s*[?.!]*\s*$/i;
/** Words a question asked again may hold besides the account. */
const FILLER = new Set(
  (
    'ok okay so right cool great thanks thx cheers and now the same thing question again one for with at on ' +
    'ditto likewise what wat about abt bout how do that it this repeat too as well also please pls then ' +
    "one's ones account acct"
  ).split(' '),
);
/** Legal forms and a possessive left around an account's name ("acme corp", "globex's"). */
const NAME_TAIL = /\b(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|group)\b|'s\b/g;
/** The lowest score of a name read as the account meant (a typo still reads). */
const MIN_SCORE = 0.85;

/** The account a question asked again names, or undefined when the message is anything else. */
export function anotherAccountOf(
  message: string,
  entities: Pick<MessageEntities, 'accounts' | 'contacts'> | undefined,
): { id: string; name: string } | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const accounts = (entities?.accounts ?? []).filter((a) => a.score >= MIN_SCORE);
  const account = accounts[0];
  // One account, not a person ("what about jane") nor two accounts ("and globex and initech"); a
  // weaker reading of the same words ("globex" as Globex Financial) is no second account.
  if (!account || accounts.some((a) => a.text.toLowerCase() !== account.text.toLowerCase())) return undefined;
  if (
    entities?.contacts.some(
      (c) => c.score >= 0.9 && !account.text.toLowerCase().includes(c.text.toLowerCase()),
    )
  )
    return undefined;
  const at = text.indexOf(account.text.toLowerCase());
  if (at < 0) return undefined;
  const before = text.slice(0, at).trim();
  const after = text.slice(at + account.text.length);
  if (!AGAIN_START.test(before ? `${before} ` : '') && !AGAIN_END.test(after)) return undefined;
  const rest = `${before} ${after}`.replace(NAME_TAIL, ' ');
  const words = rest.match(/[a-z']+/g) ?? [];
  return words.every((word) => FILLER.has(word)) ? { id: account.id, name: account.name } : undefined;
}

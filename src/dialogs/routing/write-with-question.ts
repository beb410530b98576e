import type { MessageEntities } from '../understanding/entities/extract-entities';
import { ONE_DEAL_WORD } from './deal-status-questions';

/**
 * A write that asks a question of the bot in the same message: "add a task to call bill tomorrow,
 * and what's his number?", "log that I called acme corp and show me their open deals", "log a call
 * with jane cooper at initech, she's leaving. who else do we know there?". The write's own words
 * run up to where the request to the bot starts; the rest is a question of its own.
 *
 * What tells a request to the bot from a note's words: it is addressed to the bot ("show me", "give
 * me", "tell me", "pull up") or asked outright, the question word followed by a verb ("what's his
 * number", "who else do we know", "how big is that deal", "any open cases?"). A report of what was
 * discussed says the question word before its subject ("discussed pricing and what they need next
 * quarter", "asked who handles billing"), and a customer's own question in a note follows a
 * reporting verb or a colon ("they asked: can we start in january?"), so neither is cut.
 */

/** The two parts: the write's words and the question's. */
export interface WriteWithQuestion {
  write: string;
  question: string;
}

/** Cheap guard: words any request to the bot inside a write holds. */
const MAY_ASK = /\?|\b(?:me|us|up|list|what|whats|who|whos|how|which|when|where|any|do|does|is|are)\b/i;

/**
 * A question asked outright: its word, then a verb or "else" (never its subject: "what they need"),
 * or a verb first ("do they have …", "any open cases").
 */
const ASKED_OUTRIGHT = String.raw`(?:what|who|which|when|where|how)(?:'s|s|'re|'ll|'d)?\s+(?:(?:else|exactly|actually)\s+)?(?:is|are|was|were|do|does|did|can|could|should|will|would|has|have|had|owns?|handled|handles|worked|works|manages?|big|much|many|long|old|far)\b|(?:what|who|which|when|where|how)(?:'s|s)\b|(?:do|does|did|is|are|was|were|has|have)\s+(?:they|he|she|it|we)\b|any\s+(?:open|other|more|deals?|cases?|tickets?)\b`;
/** A request addressed to the bot: "show me", "give me", "tell us", "pull up", "look up", "list their …". */
const ADDRESSED = String.raw`(?:(?:can|could|would)\s+(?:you|u)\s+(?:also\s+)?)?(?:show|give|tell|send|get|find|bring)\s+(?:me|us)\b|(?:pull|look|bring)\s+up\b|list\s+(?:me\s+)?(?:their|his|her|its|the|all)\b`;
/** What may come between the write and the request: "and", "also", "oh and", "btw", "plus". */
const JOINER = String.raw`(?:(?:and|also|oh\s+and|and\s+also|plus|btw|by\s+the\s+way|then)[\s,]+)`;

/** Where the request may start: after a sentence's end, a comma, or a joiner; the request opens the rest. */
const REQUEST_START = new RegExp(
  String.raw`(?:[.?!;]\s+${JOINER}?|,\s*${JOINER}?|\s+${JOINER})(?=(${ASKED_OUTRIGHT})|${ADDRESSED})`,
  'gi',
);

/** Words pointing back at what the write names: "his number", "their deals", "who else … there", "that deal". */
const POINTS_BACK = /\b(?:his|her|their|them|there|that\s+(?:deal|account|customer|one|case))\b/i;

/** Words before a break that make what follows a report of something said ("they asked, can we …"). */
const REPORTED =
  /\b(?:asked|asking|asks|wondered|wondering|wants?\s+to\s+know|wanted\s+to\s+know|said|says|question(?:ed)?)\s*[:,]?\s*$/i;

/**
 * A write asked of the bot opens with its verb ("log …", "add a task …", "remind me …", "open a case …",
 * after "pls" or "can you"): a message that reports something first ("got a meeting with initech
 * tomorrow, what do i need to know?") is a question with its context, never a write to split off.
 */
const WRITE_REQUESTED =
  /^\s*(?:(?:pls|please|hey|ok|okay|quick(?:ly)?|also|and)[\s,]+)*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)?(?:log|add|create|make|remind|schedule|set|open|raise|file|note|record|put|move|mark|update|change|push|book|enter|new)\b/i;

/** Fewest words a write keeps before the question ("log it, and what's …" has no write of its own). */
const MIN_WRITE_WORDS = 3;

/**
 * The write and the question of a message that holds both, or undefined when no request to the bot
 * starts after the write's first words. The caller decides whether the first part is a write at all
 * and the second a question the bot answers.
 */
export function writeWithQuestionIn(text: string): WriteWithQuestion | undefined {
  if (!MAY_ASK.test(text) || !WRITE_REQUESTED.test(text)) return undefined;
  for (const match of text.matchAll(REQUEST_START)) {
    const write = text.slice(0, match.index).replace(/[\s,:;-]+$/, '');
    const question = text.slice(match.index + match[0].length).trim();
    if (wordsIn(write) < MIN_WRITE_WORDS || wordsIn(question) < 2) continue;
    // A question asked outright ("… and who owns the budget" may be a note's words) is the bot's only
    // when asked ("?") or pointing back at what the write names ("… and what's his number").
    if (match[1] !== undefined && !/\?\s*$/.test(question) && !POINTS_BACK.test(question)) continue;
    if (REPORTED.test(write)) continue;
    return { write, question };
  }
  return undefined;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** What a write names, for its question's "his", "their", "there", "that deal". */
export interface WriteContext {
  /** A question naming the write's person or deal, whose answer leaves them as the conversation's last. */
  naming?: string;
  /** The write's account, when it names no person or deal the question could mean. */
  account?: { id: string; name: string };
}

/** Sure enough of a person named by first name alone ("call bill"): the name index's first-name score. */
const PERSON_SCORE = 0.85;
const ACCOUNT_SCORE = 0.9;

/**
 * The person, deal or account a write names, as its question's context: the person ("call bill" →
 * "who is bill", "kevin adams" with Acme → "who is kevin adams at acme"), else one of the account's
 * deals named by a deal word after its name ("the umbrella renewal"), else the account.
 */
export function writeContextOf(
  write: string,
  entities: Pick<MessageEntities, 'accounts' | 'contacts'> | undefined,
): WriteContext {
  const contact = entities?.contacts[0];
  const account = entities?.accounts.find((candidate) => candidate.score >= ACCOUNT_SCORE);
  const accountWords = account && !account.bySound ? account.text : account?.name;
  if (contact && contact.score >= PERSON_SCORE) {
    const inside = account && contact.text.toLowerCase().includes(account.text.toLowerCase());
    return { naming: `who is ${contact.text}${account && !inside ? ` at ${accountWords}` : ''}` };
  }
  if (!account || !accountWords) return {};
  const after = write.slice(write.toLowerCase().indexOf(account.text.toLowerCase()) + account.text.length);
  const dealWord = /^\s+([a-z]+)/i.exec(after)?.[1];
  if (dealWord && ONE_DEAL_WORD.test(dealWord)) return { naming: `${accountWords} ${dealWord}` };
  return { account: { id: account.id, name: account.name } };
}

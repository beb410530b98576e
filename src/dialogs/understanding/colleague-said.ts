import type { MessageEntities } from './entities/extract-entities';

/** The words a colleague was named by in a message ("marcus", "james whitfield"), longest first. */
export function colleagueWordsOf(entities: MessageEntities | undefined): string[] {
  const words = new Set<string>();
  for (const person of entities?.people ?? [])
    if (person.kind === 'rep')
      for (const candidate of person.candidates)
        if (candidate.score >= 0.8 && candidate.text) words.add(candidate.text.toLowerCase());
  return [...words].sort((a, b) => b.length - a.length);
}

function escaped(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The message with a colleague's name (possessive or not: "marcus", "marcus's", "marcuss") said as
 * "his", so that readings made for "my calls" or "his meetings" read "marcus meetings last week" too.
 * The text unchanged when no colleague is named.
 */
export function colleagueAsPronoun(text: string, entities: MessageEntities | undefined): string {
  let said = text;
  for (const words of colleagueWordsOf(entities))
    said = said.replace(new RegExp(String.raw`\b${escaped(words)}(?:'s|'|s)?(?![\w'])`, 'g'), 'his');
  return said;
}

/** The account nouns of a colleague's accounts ("accounts", "customers", "accts", "logos"). */
const ACCOUNT_NOUN = /\b(?:accounts?|accts?|customers?|clients?|companies|logos)\b/;
/** Said to be theirs: the name next to the noun, "owned by", "belonging to", "X owns/has". */
const THEIRS =
  /\bhis\s+(?:\w+\s+)?(?:accounts?|accts?|customers?|clients?|companies|logos)\b|\b(?:accounts?|accts?|customers?|clients?|companies|logos)\s+(?:(?:that|which)\s+)?(?:owned\s+by|belonging\s+to|assigned\s+to|(?:of|for)\s+his\b|his\s+(?:owns?|has|have|handles?|covers?|manages?|looks?\s+after))/;

/**
 * A colleague's accounts asked by the name and the noun alone: "accounts owned by james whitfield",
 * "james whitfield's accounts", "customers olivia owns", "Marcus accounts". `pronounText` is the
 * message with the colleague said as "his" (`colleagueAsPronoun`).
 */
export function asksColleagueAccounts(pronounText: string): boolean {
  return ACCOUNT_NOUN.test(pronounText) && THEIRS.test(pronounText);
}

/** Open business said with "open" alone ("what's sam got open", "anything open for james"). */
const OPEN_SAID = /\bopen\b(?!\s+(?:rates?|a|an|the|up|it|them|tickets?|cases?|tasks?|leads?))/;
/** Records other than deals that may be open ("open tasks", "open cases", "open leads"). */
const NOT_DEALS =
  /\b(?:tasks?|cases?|tickets?|leads?|issues?|accounts?|contacts?|invoices?|to-?dos?|e-?mails?|rates?|files?|links?)\b/;

/**
 * What a colleague has open, asked without the word deals: "what's sam got open", "what does olivia
 * have open", "anything open for james whitfield?" (a colleague must be named: "what have i got
 * open" is read elsewhere, as before).
 */
export function asksColleagueOpenBusiness(text: string, entities: MessageEntities | undefined): boolean {
  return colleagueWordsOf(entities).length > 0 && OPEN_SAID.test(text) && !NOT_DEALS.test(text);
}

/**
 * The last question asked again with the one thing a correction or a short follow-up changes: its
 * account ("open deals for wayne" → "no wait, globex" → "open deals for globex"), its period ("how
 * much did i win last quarter" → "no, this quarter"), its person ("forecast for my team this
 * quarter" → "and for sam?") or the state of its deals ("open deals at initech" → "no i meant the
 * closed ones"). The question keeps its own words otherwise, so it is answered the way it was first.
 */
import type { MessageEntities } from './entities/extract-entities';

/** A message and what the entity reader found in it. */
export interface ReadMessage {
  readonly text: string;
  readonly entities?: MessageEntities;
}

/** Lowest score of a name read as the account a message names. */
const NAMED_ACCOUNT = 0.8;
/** "the closed ones", "closed deals", "won ones", "the lost": a state of deals said alone. */
const STATE_ALONE = /^(?:(?:just|only)\s+)?(?:the\s+)?(open|closed|won|lost)(?:\s+(?:ones?|deals?))?$/i;
/** A state of deals in a question. */
const STATE_IN_QUESTION = /\b(open|closed|won|lost)\b/gi;

function escaped(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The question with `from` (once, as whole words, any case) said as `to`; undefined when `from` is not in it once. */
function withWords(question: string, from: string, to: string): string | undefined {
  const pattern = new RegExp(`(?<!\\w)${escaped(from.trim())}(?!\\w)`, 'gi');
  const found = question.match(pattern);
  if (!found || found.length !== 1) return undefined;
  return question.replace(pattern, to.trim());
}

/** The account the message names, when it names one clearly. */
function accountOf(entities: MessageEntities | undefined) {
  const account = entities?.accounts[0];
  return account && account.score >= NAMED_ACCOUNT ? account : undefined;
}

/**
 * The last question with the correction's account, period, person or deal state in place of its
 * own, or undefined when the correction names none of them or the last question has no such part
 * to change. `correction` is what the person said was meant ("globex", "this quarter", "for sam");
 * `shownAccount`: the id of the account the last answer was about.
 */
export function correctedQuestion(
  previous: ReadMessage,
  correction: ReadMessage,
  shownAccount?: string,
): string | undefined {
  const was = previous.entities;
  const now = correction.entities;
  if (!was || !now) return undefined;
  const account = accountOf(now);
  const before = accountOf(was);
  // Only an account the last answer was about is changed: a question that read past its account
  // ("how's globex looking" answered with the caller's forecast) is not asked again.
  if (account && before && account.id !== before.id && before.id === shownAccount)
    return withWords(previous.text, before.text, account.bySound ? account.name : account.text);
  if (account) return undefined;
  const [period, ...otherPeriods] = now.periods;
  const [periodBefore, ...otherPeriodsBefore] = was.periods;
  if (period && !otherPeriods.length && periodBefore && !otherPeriodsBefore.length)
    return period.text.toLowerCase() === periodBefore.text.toLowerCase()
      ? undefined
      : withWords(previous.text, periodBefore.text, period.text);
  const rep = now.people.find((person) => person.kind === 'rep');
  // "forecast for my team" → "forecast for sam"; "olivia's pipeline" → "sam's pipeline".
  const whoBefore = was.people.filter((person) => person.kind !== 'self');
  if (rep && whoBefore.length === 1) return withWords(previous.text, whoBefore[0]!.text, rep.text);
  const state = STATE_ALONE.exec(correction.text.trim());
  if (state) {
    const states = previous.text.match(STATE_IN_QUESTION) ?? [];
    if (states.length === 1 && states[0]!.toLowerCase() !== state[1]!.toLowerCase())
      return withWords(previous.text, states[0]!, state[1]!.toLowerCase());
  }
  return undefined;
}

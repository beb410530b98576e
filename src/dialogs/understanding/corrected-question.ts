/**
 * The last question asked again with the one thing a correction or a short follow-up changes: its
 * account ("open deals for wayne" → "no wait, globex" → "open deals for globex"), its period ("how
 * much did i win last quarter" → "no, this quarter"), its person ("forecast for my team this
 * quarter" → "and for sam?"), the state of its deals ("open deals at initech" → "no i meant the
 * closed ones") or its deal ("when does the acme annual renewal close" → "no, the integration package"). The question keeps its own words otherwise, so it is answered the way it was first.
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

/** Words that make a deal's name what it is: its kind ("annual renewal", "integration package", "pilot"). */
const DEAL_KIND =
  /\b(?:renewal|expansion|upgrade|pilot|integration|package|rollout|roll-out|suite|upsell|onboarding|migration|licen[cs]es?|subscription|implementation|desk|analytics|add-?on)\b/i;
/** The deal's words after its account in a question, up to what the question asks of it. */
const DEAL_WORDS_AFTER =
  /^(?:'s)?\s+((?:(?!(?:deal|opp|opportunity|is|are|was|will|does|did|close[sd]?|closing|worth|amount|value|stage|and|at|for|in|on)\b)[\w&'./-]+\s*)+?)(?=\s+(?:deal|opp|opportunity|is|are|was|will|does|did|close[sd]?|closing|worth|amount|value|stage|and|at|for|in|on)\b|\s*[?.!]*\s*$)/i;
/** A correction that names another deal: "the annual renewal", "not that one, the q1 pilot", "the seat expansion one". */
function otherDealOf(correction: string): string | undefined {
  const words = correction
    .trim()
    .replace(/^(?:(?:no+|nope|sorry|wait|actually|oops)\b[\s,.:;!-]*)*/i, '')
    .replace(/^(?:i\s+)?(?:meant|mean)\b\s*/i, '')
    .replace(/^not\s+(?:that|this|the)\s+(?:one|deal)\b[\s,;:-]*(?:but\s+)?/i, '')
    .replace(/^what\s+about\s+/i, '')
    .replace(/^(?:the|that|their|its)\s+/i, '')
    .replace(/\s+(?:one|deal|opp|opportunity)?[\s?.!]*$/i, '')
    .trim();
  return words && DEAL_KIND.test(words) && words.split(/\s+/).length <= 5 ? words : undefined;
}

/** The question with the deal's words after its account ("wayne INTEGRATION deal") said as another deal's. */
function withOtherDeal(question: string, account: string, deal: string): string | undefined {
  const at = question.toLowerCase().indexOf(account.toLowerCase());
  if (at < 0) return undefined;
  const after = question.slice(at + account.length);
  const words = DEAL_WORDS_AFTER.exec(after)?.[1]?.trim();
  if (!words || words.toLowerCase() === deal.toLowerCase()) return undefined;
  const start = at + account.length + after.indexOf(words);
  return `${question.slice(0, start)}${deal}${question.slice(start + words.length)}`;
}

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
  // "when does the wayne integration deal close" → "no, the annual renewal": the same account's other deal.
  const otherDeal =
    before && (!account || account.id === before.id) ? otherDealOf(correction.text) : undefined;
  if (otherDeal && before) return withOtherDeal(previous.text, before.text, otherDeal);
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

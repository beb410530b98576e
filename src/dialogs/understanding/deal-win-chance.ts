import { nameKeyOf } from '../../vocabulary';
import { LEGAL_FORMS } from './entities/name-matcher';

/**
 * A deal's win chance asked of a deal named by its account and product words ("how likely is the
 * hooli pilot to close", "why is the wayne enterprises annual renewal at risk") or by its full name
 * ("how sure are we on Acme Corporation - Annual renewal Q4 2026 (3)?"), and the follow-ups on the
 * deal just scored ("why", "what would raise the chance").
 */

/** Words of a win-chance question that name no deal, even where a deal's name has them ("new"). */
const NOT_NAMING = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'for',
  'to',
  'in',
  'at',
  'is',
  'are',
  'we',
  'i',
  'our',
  'my',
  'deal',
  'deals',
  'opp',
  'opps',
  'opportunity',
  'new',
  'win',
  'close',
  'chance',
  'odds',
  'score',
]);

function wordsOf(text: string): string[] {
  return nameKeyOf(text).split(' ').filter(Boolean);
}

/**
 * Which of an account's open deals a win-chance question names, in their order: the one whose full
 * name it says (the longest, so "… Q4 2026 (3)" is not "… Q4 2026"), else those whose product words
 * (the name's words beyond the account's) cover the most of the message's words that any of the
 * deals' product words has ("the hooli pilot" → "Hooli - Sales team pilot Q4 2026", "the hooli
 * renewal" → every renewal). Every deal when the message says none of those words.
 */
export function dealsNamedIn<T extends { name: string; accountName: string }>(
  text: string,
  deals: readonly T[],
): T[] {
  const said = ` ${nameKeyOf(text)} `;
  const full = deals.filter((deal) => said.includes(` ${nameKeyOf(deal.name)} `));
  if (full.length) {
    const longest = Math.max(...full.map((deal) => nameKeyOf(deal.name).length));
    return full.filter((deal) => nameKeyOf(deal.name).length === longest);
  }
  const productWords = deals.map((deal) => {
    const account = new Set(wordsOf(deal.accountName));
    return new Set(wordsOf(deal.name).filter((word) => !account.has(word)));
  });
  const accounts = new Set(deals.flatMap((deal) => wordsOf(deal.accountName)));
  const asked = wordsOf(text).filter(
    (word) => !NOT_NAMING.has(word) && !accounts.has(word) && productWords.some((words) => words.has(word)),
  );
  if (!asked.length) return [...deals];
  const covered = productWords.map((words) => asked.filter((word) => words.has(word)).length);
  const best = Math.max(...covered);
  return deals.filter((_, at) => covered[at] === best);
}

/** Words after an account's name that keep a risk question about the account ("the hooli account"). */
const ACCOUNT_WORDS = new Set([
  'account',
  'acct',
  'company',
  'customer',
  'client',
  'logo',
  'org',
  'organisation',
  'organization',
  'the',
  's',
  'still',
  'now',
  'really',
]);
/** "at risk", "in danger", "slipping (away)": said of what comes before. */
const AT_RISK_AFTER =
  /^(.*?)\s+(?:deal\s+|opp\s+|opportunity\s+)?(?:is\s+|still\s+|now\s+)*(?:at[\s-]risk|in\s+danger|in\s+trouble|slipping(?:\s+away)?)\b/;

/**
 * The deal words a risk question says between the account's name and "at risk" ("why is the wayne
 * enterprises annual renewal at risk" → "annual renewal"): a deal at risk, whose win chance and
 * factors answer it. Undefined when only the account is said ("why is wayne enterprises at risk", "is
 * the hooli account at risk": the account's churn risk). `account`: the words the account was named by.
 */
export function dealWordsAtRisk(text: string, account: string): string | undefined {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const named = nameKeyOf(account);
  const before = AT_RISK_AFTER.exec(lower)?.[1];
  if (!before || !named) return undefined;
  const said = ` ${nameKeyOf(before)} `;
  const at = said.indexOf(` ${named} `);
  if (at < 0) return undefined;
  const rest = said
    .slice(at + named.length + 2)
    .split(' ')
    .filter((word) => word && !ACCOUNT_WORDS.has(word) && !LEGAL_FORMS.has(word) && !NOT_NAMING.has(word));
  return rest.length ? rest.join(' ') : undefined;
}

/**
 * A win chance asked in words other than the score's: "how sure / confident / certain are we on (or
 * about) X", "what are the odds on X", "how likely is X to close / win", "how likely are we to win X".
 * Not a forecast's, a period's or churn ("how confident are we in the forecast", "how likely is acme
 * to churn").
 */
const WIN_CHANCE_ASKED =
  /\bhow\s+(?:sure|confident|certain)\s+(?:are|am)\s+(?:we|i|you)\s+(?:on|about|of|in|for|with)\s+\S|\bwhat(?:'s|\s+are|\s+is)?\s+(?:the\s+)?odds\s+(?:on|of|for)\s+\S|\bhow\s+likely\s+(?:is|are)\s+.+?\s+to\s+(?:close|win|land|sign|be\s+won|go\s+through|happen)\b|\bhow\s+likely\s+are\s+(?:we|you|i)\s+to\s+(?:close|win|land|sign)\s+\S/i;
/**
 * The win chance said as a noun: "what's the win chance of X", "X win probability", "winning odds on
 * X", "the chances of winning X", "probability of closing X", "likelihood to close X". Not the win
 * rate (a rep's metric) and not churn (kept out below).
 */
const WIN_CHANCE_NOUN =
  /\bwin(?:ning)?[\s-]+(?:chances?|probability|prob|odds|likelihood|likelyhood|percentage|pct|%)|\b(?:chances?|probability|prob|likelihood|likelyhood|odds)\s+(?:(?:of|for)\s+)?(?:us\s+|we\s+)?(?:to\s+)?(?:winning|closing|landing|signing|win|close|land|sign)\b/i;
const NOT_A_DEAL_CHANCE =
  /\b(?:forecast\w*|targets?|quota|numbers?|churn\w*|pipeline|commit)\b|\b(?:this|next|last|the)\s+(?:month|quarter|qtr|year)\b/i;

/** True when a message asks a deal's win chance in those words. */
export function asksWinChanceOfNamed(text: string): boolean {
  return (WIN_CHANCE_ASKED.test(text) || WIN_CHANCE_NOUN.test(text)) && !NOT_A_DEAL_CHANCE.test(text);
}

/** "why", "how come", "why so low", "what's holding it back": why the deal just scored is where it is. */
const WHY_SO =
  /^\s*(?:(?:and|but|so|ok|okay|hmm+)[\s,]+)*(?:why|how\s+come|why\s+(?:so|is\s+(?:it|that))(?:\s+(?:low|high|likely|unlikely|bad|good))?|what(?:'s|s|\s+is)\s+(?:holding\s+it\s+(?:back|down)|driving\s+(?:it|that)))\s*[?.!]*\s*$/i;
/**
 * "what would raise the chance", "what could improve the odds", "how can we increase it", "what would
 * help", "what can i do to push it up": what would raise the deal just scored.
 */
const WHAT_WOULD_RAISE =
  /^\s*(?:(?:and|but|so|ok|okay)[\s,]+)*(?:(?:what|wat|wht)\s+(?:would|wud|could|can|might|will|should)\s+(?:\w+\s+)?(?:raise|improve|increase|boost|lift|help|push\s+(?:it\s+)?up|move\s+(?:it\s+)?up)|how\s+(?:can|could|do|would|might|should)\s+(?:we|i|you)\s+(?:raise|improve|increase|boost|lift|push\s+up|get\s+(?:it|that|the\s+\w+)\s+up)|what\s+(?:can|could|should)\s+(?:we|i)\s+do\s+to\s+(?:raise|improve|increase|boost|lift|push|help|get)\b)(?:\s+(?:it|that|this|the\s+(?:chance|chances|odds|score|probability|win\s+chance)|its\s+(?:chance|odds|score)|(?:it|that)\s+up|up))*\s*[?.!]*\s*$/i;

/** The follow-up a message asks of the deal just scored: why it is where it is, or what would raise it. */
export function scoreFollowUpOf(text: string): 'why' | 'raise' | undefined {
  if (WHY_SO.test(text)) return 'why';
  if (WHAT_WOULD_RAISE.test(text)) return 'raise';
  return undefined;
}

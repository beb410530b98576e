import { PRICE_RATE } from '../text/everyday-question';
import { QUESTION_WORDS } from '../text/question-words';

/**
 * What kind of fact a question asks for, read from its wording: "how many users…" wants a number,
 * "how long / how often / when…" a duration, frequency or time, "who do I email…" an address,
 * "how much / what does it cost…" a price, "which plan…" a plan. The extract then prefers, among
 * the sentences that cover the question equally, the one that states such a fact, so the answer
 * gives the number rather than the sentence that only repeats the question's words.
 */
/** A question asking for several things: "what/which (kinds of) <words> <plural noun>". */
const LIST_ASKED =
  /\b(?:what|which)\s+(?:(?:are|r)\s+)?(?:(?:the|your|its)\s+)?(?:(?:kinds?|sorts?|types?) of\s+)?(?:[a-z]+\s+){0,2}?(?!(?:does|has|was|is|happens|means|goes|comes|takes|makes)\b)[a-z]{2,}[^s\W]s\b/i;
/** A message that is only a plural noun phrase: "server requirements for 200 users?", "payment methods?". */
const PLURAL_NOUN_PHRASE =
  /^\s*(?!(?:what|which|who|how|why|when|where|is|are|do|does|can|could|will|would|should|i|we|you|it|my|our|your)\b)(?:[a-z-]+\s+){0,2}(?!(?:happens|does|goes|means|takes|makes|comes|works|gets|needs|costs|has|was|is)\b)[a-z]{2,}[^s\W]s(?:\s+(?:for|of|on|in|with|to)\b|\s*[?.!]*\s*$)/i;
/** "What (kind of) X do I need": X's requirements (the auxiliary may be dropped as filler). */
export const WHAT_IS_NEEDED =
  /\bwhat (?:(?:kind|sort|type)s? )?(?:of )?[a-z]+ (?:(?:do|does|would|will|should) )?(?:i|we|you|it|they) need\b/i;
/**
 * A sentence naming several things ("Visa, Mastercard and American Express") or a list item; not a
 * phrase after a comma that opens with a preposition or a conjunction ("works in all browsers that
 * the web app supports, on phones and desktops" names where, not several things). Exported
 * so the extractor knows a list was asked for and answers with the whole list a matching item is in.
 */
export const LIST_STATED =
  /[\w)]+(?:\s[\w()]+)?, (?!(?:on|in|at|to|for|from|with|by|as|so|and|or|but|which|that|who|where|when|if|unless|including)\b)[\w()]+(?:[ -][\w()]+)*,? (?:and|or) \w+|^- /im;

/**
 * One kind of fact: how a question asks for it, how a sentence states it, and the words of the
 * question that only name the kind ("often" in "how often", "cost" in "what does it cost"): a
 * sentence stating such a fact covers them, as "every hour" answers "how often".
 */
interface AnswerType {
  readonly asks: RegExp;
  readonly states: RegExp;
  readonly names?: string;
  /** Asked only when the question asks no other kind of fact. */
  readonly fallback?: boolean;
}

const ANSWER_TYPES: readonly AnswerType[] = [
  {
    asks: /\bhow (?:many|much)\b|\b(?:max|maximum|minimum|min|limit|cap|most|least)\b|\bhow (?:big|large|small)\b/i,
    states: /\d|\bno (?:upper )?limit\b|\bunlimited\b/i,
    names: 'number limit maximum minimum max min',
  },
  {
    asks: /\bhow (?:long|soon|quickly|fast|often)\b|\bwhen\b|\bwhat time\b|\bhow frequently\b|\bresponse times?\b|\bturnaround\b|\brespond\b/i,
    // A number of time units ("4 hours", "within a minute", "2 business days"), a time of day or a frequency.
    states:
      /\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:(?:-|to)\s*\d+\s*)?(?:business |working |calendar )?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|\d{1,2}:\d{2}|\b(?:every|each|daily|weekly|monthly|yearly|annually|nightly|immediately|at once|once|twice|automatically|at any time)\b/i,

    names: 'often frequently frequency soon quickly fast',
  },
  { asks: /\b(?:e-?mail|contact|write to|reach|phone|call)\b/i, states: /@|\bphone\b|\bin the app\b/i },
  {
    asks: new RegExp(
      String.raw`\bhow much\b|\b(?:cost|costs|price|prices|pricing|pay|charge|charged|cheap\w*|expensive|fee)\b|${PRICE_RATE.source}`,
      'iu',
    ),
    states: /[$€£]\s?\d|\d+\s?%|\bfree\b/i,
    names: 'cost costs price prices pricing charge charged fee fees',
  },
  {
    asks: /\b(?:which|what) (?:plans?|tiers?|editions?)\b|\bon the \w+ plan\b|\bincluded\b/i,
    states: /\b(?:Free|Team|Business|Enterprise) (?:plans?|and)\b|\bplans?\b/,
  },
  {
    asks: /\bwhere (?:do|can|is|are) (?:i|we|you)\b.*\b(?:find|download|change|set|turn|see|get)\b/i,
    states: /›|\bpage\b|\bmenu\b|\btab\b/,
  },
  // "what payment methods…", "which browsers…", "what are the system requirements": several things.
  { asks: LIST_ASKED, states: LIST_STATED },
  // A bare noun phrase names what it wants without the question's shape: several things, unless its
  // words ask for a more specific kind of fact ("support hours?" asks for the days and times, not
  // the response-time table).
  { asks: PLURAL_NOUN_PHRASE, states: LIST_STATED, fallback: true },
  // "what server do I need": what a thing needs, its requirements, are several things; unless the
  // question asks for something more specific ("what plan do I need" asks for a plan).
  { asks: WHAT_IS_NEEDED, states: LIST_STATED, fallback: true },
  // "do you have an API", "is there a mobile app": whether it exists, and for whom.
  {
    asks: /^\s*(?:(?:do|does) )?(?:you|you guys|crmpro) (?:have|offer|support|provide|come with)\b|^\s*(?:(?:is|are) )?there (?:an?|any)\b|\bavailable\b/i,
    states: /\b(?:is|are) (?:not )?(?:available|included)\b|\b(?:there is no|no separate|we offer)\b/i,
  },
  // "support hours", "when are you open": the days and times of day.
  {
    asks: /\b(?:opening|office|support|business|working)\s+hours\b|\bwhen (?:are|is) (?:you|support|\w+) (?:open|available)\b/i,
    states: /\d{1,2}:\d{2}|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?)\b/i,
    names: 'hours',
  },
  // "how do I put the chat on our website": the steps, a menu path, a command or an instruction.
  {
    asks: /\bhow (?:(?:do|can|could|should|would) )?(?:i|we|you|one|my \w+|our \w+)\b(?!\s+(?:know|tell|find out|check (?:if|whether)))|\bhow to\b|\bsteps?\b/i,
    states:
      /›|`[^`]+`|^(?:- )?(?:click|open|go to|copy|paste|run|choose|select|enter|install|create|add|type|invite|connect|download|upload|sign in|log in|put|set|turn on|turn off|fill in)\b|\b(?:admins?|you) (?:can )?(?:connects?|opens?|clicks?|invites?|creates?|adds?|installs?|runs?|chooses?|selects?)\b/i,
  },
  // "which order should I import things in", "what do we set up first": the sentence giving the order.
  {
    asks: /\b(?:which|what|right|correct) order\b|\bwhat (?:do|should|must) (?:i|we) (?:\w+ ){0,2}first\b|\bwhat comes first\b|\bfirst (?:step|thing)\b/i,
    states: /\bfirst\b|\bthen\b|\bbefore\b|\bafterwards?\b|\bfinally\b|^\s*(?:\d+[.)]|step \d)/i,
    names: 'order sequence',
  },
  // "where are you based": a place.
  {
    asks: /\bwhere\b.*\b(?:based|located|headquartered|offices?|hq)\b|\bwhere are you\b/i,
    states: /\b(?:based in|located in|offices? in|address is)\b/i,
  },
];

/** Patterns a sentence stating the asked kind of fact matches (empty when the wording asks none). */
export function answerTypesOf(question: string): RegExp[] {
  const asked = ANSWER_TYPES.filter((type) => type.asks.test(question));
  const specific = asked.filter((type) => !type.fallback);
  return (specific.length ? specific : asked).map((type) => type.states);
}

/**
 * True when a question asks a kind of fact and names nothing else ("how often", "how much?", "when?",
 * "how frequently"): it asks that fact about the topic said before it ("gmail sync? how often").
 */
export function asksOnlyTheKindOfFact(question: string, analyze: (text: string) => string[]): boolean {
  const asked = ANSWER_TYPES.filter((type) => type.asks.test(question));
  if (!asked.length) return false;
  const shaping = new Set(
    [...QUESTION_WORDS, ...asked.map((type) => type.names ?? '')].flatMap((words) => analyze(words)),
  );
  return analyze(question).every((term) => shaping.has(term));
}

/**
 * The words a sentence matching `states` (one of `answerTypesOf`) covers by stating the fact: the
 * question's words that only name the kind of fact ("often", "cost", "order"). Empty for other patterns.
 */
export function wordsNamingTheFact(states: RegExp): string {
  return ANSWER_TYPES.find((type) => type.states === states)?.names ?? '';
}

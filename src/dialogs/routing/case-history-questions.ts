/**
 * Questions about an account's case history, whatever the cases' status: its latest cases, its oldest
 * or newest one, the problems it keeps having, whether it had a kind of problem before, who worked
 * one of its past cases, and its cases named by the account before the word ("which acme cases were
 * high priority"). The case handler resolves the account and reads the cases through list-cases.
 */

/** What a question about an account's case history asks. */
export type CaseHistoryQuestion =
  /** "does soylent keep having the same problem?": the problems that came back; the account as said, if said. */
  | { kind: 'repeats'; account?: string }
  /** "has umbrella had login problems before?": the account's cases of every status on a topic (none: all its cases). */
  | { kind: 'topic_before'; account: string; topic?: string }
  /** "whats the oldest case at stark": one case picked by age, of every status unless "open" is said. */
  | { kind: 'one'; account: string; first: 'oldest' | 'newest'; openOnly: boolean }
  /** "who worked the acme salesforce sync case": the words of the case (the account among them). */
  | { kind: 'who_worked'; words: string }
  /** "which acme cases were high priority": the words before "cases", an account or a topic. */
  | { kind: 'named'; words: string }
  /**
   * "any other cases for that customer?", "what else has acme raised": the account's cases of every
   * status besides the ones just shown; the account as said (a pronoun pointing back kept).
   */
  | { kind: 'others'; account: string };

/** A name as said: one to four words, lazily. */
const NAME = String.raw`([a-z0-9][\w&.'’-]*(?:\s+[\w&.'’-]+){0,3}?)`;

/** Words that are no account's name where a name is read. */
const NOT_AN_ACCOUNT =
  /^(?:i|me|my|mine|we|us|our|you|your|he|him|his|she|her|it|its|anyone|anybody|someone|somebody|everyone|everybody|the\s+team|support|today|this\s+week|customers?|clients?|users?)$/i;

/** Pronouns pointing back at the account just shown ("do they keep having …"). */
const POINTS_BACK =
  /^(?:they|them|their|this\s+(?:customer|client|account)|that\s+(?:customer|client|account))$/i;

/** Words of a problem that keeps coming back. */
const REPEATS =
  /\b(?:keeps?|kept)\s+(?:on\s+)?(?:having|getting|hitting|running\s+into|reporting|raising|logging|opening|calling(?:\s+in)?\s+about|coming\s+back\s+(?:with|about)|complaining\s+about)\b|\b(?:recurring|recurrent|repeat(?:ed|ing)?)\s+(?:problems?|issues?|errors?|complaints?|cases?|tickets?)\b|\bsame\s+(?:problems?|issues?|thing|errors?)\s+(?:again|over\s+and\s+over|every\s+time)\b|\b(?:problems?|issues?)\s+(?:keeps?\s+(?:coming\s+back|recurring|happening)|again\s+and\s+again|over\s+and\s+over)\b/i;
/** A problem word, for a repeat said with "keep getting" ("keeps getting the same error"). */
const PROBLEM_WORD =
  /\b(?:problems?|issues?|errors?|trouble|complaints?|cases?|tickets?|same\s+thing|bugs?|outages?)\b/i;
/** How-to questions about repeats are the documentation's ("what to do when a customer keeps having …"). */
const HOW_TO =
  /^\s*(?:how\s+(?:do|should|can)\s+(?:i|we)|what\s+(?:do|should)\s+(?:i|we)\s+do|what\s+to\s+do)\b/i;

/** The account of a repeat question: before its verb, after a preposition at the end, or possessive. */
const REPEAT_ACCOUNT = [
  new RegExp(
    String.raw`^\s*(?:(?:so|and|ok|okay)\s*,?\s*)?(?:does|do|did|is|are|has|have)\s+${NAME}\s+(?:keep|kept|still|always|often|constantly|repeatedly|have|had|got|get|having|getting|run|ran)\b`,
    'i',
  ),
  new RegExp(String.raw`^\s*${NAME}\s+(?:keeps?|kept|has\s+(?:recurring|repeat))\b`, 'i'),
  new RegExp(String.raw`\b(?:at|for|with|from)\s+${NAME}\s*[?.!]*\s*$`, 'i'),
  new RegExp(
    String.raw`^\s*(?:(?:what\s+are|any|show(?:\s+me)?|list)\s+)?${NAME}(?:'s|’s|s')\s+(?:recurring|repeat(?:ed|ing)?|recurrent)\b`,
    'i',
  ),
];

const TOPIC_BEFORE = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok|okay)\s*,?\s*)?(?:has|have|did)\s+${NAME}\s+(?:ever\s+|already\s+|previously\s+|before\s+)?(?:had|have|got|gotten|get|run\s+into|ran\s+into|report(?:ed)?|raise[d]?|open(?:ed)?|log(?:ged)?|complain(?:ed)?\s+about|come\s+to\s+us\s+with|call(?:ed)?\s+(?:in\s+)?about)\s+(?:any\s+|a\s+|an\s+|the\s+|some\s+|other\s+|similar\s+)*(?:([\w&.'’/-]+(?:\s+[\w&.'’/-]+){0,3}?)\s+)?(?:problems?|issues?|trouble|errors?|cases?|tickets?|complaints?|bugs?|outages?)\b(?:\s+(?:with|about|on|around|regarding)\s+(?:the\s+)?([\w&.'’/-]+(?:\s+[\w&.'’/-]+){0,3}?))?(?:\s+(?:before|previously|in\s+the\s+past|ever|already|recently|like\s+this|like\s+that|too|as\s+well))*\s*[?.!]*\s*$`,
  'i',
);

const ONE_AT_ACCOUNT = new RegExp(
  String.raw`\b(?:the\s+|their\s+)?(?:very\s+)?(oldest|earliest|first|newest|latest|last|most\s+recent)\s+((?:(?:open|unresolved|outstanding|pending|active|support)\s+)*)(?:case|ticket)\s+(?:for|at|of|from|with|by)\s+${NAME}\s*[?.!]*\s*$`,
  'i',
);

const WHO_WORKED =
  /^\s*(?:(?:so|and|ok|okay)\s*,?\s*)?who\s+(?:worked(?:\s+on)?|handled|dealt\s+with|took(?:\s+care\s+of)?|fixed|resolved|solved|closed|sorted(?:\s+out)?|owned|was\s+(?:on|assigned(?:\s+to)?|handling|working(?:\s+on)?)|did)\s+(?:the\s+|that\s+)?(?:(?:last|latest|previous|recent|old|earlier)\s+)?(.+?)\s+(?:case|ticket|issue)\b(?:\s+(?:last\s+\w+|before|back\s+then|earlier))?\s*[?.!]*\s*$/i;

const NAMED_CASES = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok|okay)\s*,?\s*)?(?:which|what|any|show(?:\s+me)?|list|give\s+me|pull\s+up|get(?:\s+me)?)\s+(?:of\s+)?(?:(?:the|all|all\s+the|every)\s+)?${NAME}\s+(?:support\s+)?(?:cases|tickets)\b`,
  'i',
);
/** Only a name and "cases" ("acme cases", "globex tickets?"), as terse chat asks. */
const BARE_NAMED_CASES = new RegExp(
  String.raw`^\s*${NAME}\s+(?:support\s+)?(?:cases|tickets)\s*[?.!]*\s*$`,
  'i',
);
/** Words that start a request or a question, never a name said bare before "cases" ("list cases", "does initech have cases"). */
const NOT_A_BARE_NAME =
  /^(?:list|show|get|give|pull|find|see|check|display|open|close|does|do|did|has|have|had|is|are|was|were|any|which|what|whats|how|who|where|when|why|all|no|new|more|other|can|could|will|would|should)\b/i;
/** Words before "cases" that filter or order them, or point at their holder: no account. */
const NOT_A_NAMED_HOLDER =
  /\b(?:open|closed|resolved|pending|high|low|urgent|critical|normal|medium|priority|new|old|oldest|newest|recent|latest|last|my|our|your|their|his|her|its|the|these|those|this|that|breaching|breached|overdue|unassigned|escalated|other|more|most|many|much|of|all|some|today|todays|today's|week|month|year|active|current|outstanding|unresolved|support|customer|customers|team|such|similar|same|p1|sla|waiting|stale|previous|past|prior|earlier|older|former|closed|historic|historical|any|more)\b/i;

/**
 * A problem that keeps coming back, named in its own words rather than by a problem word ("does
 * soylent keep getting charged twice", "does acme keep having login failures"): group 1 the
 * account, group 2 the problem's words (trimmed of end punctuation in code).
 */
const REPEAT_NAMED_PROBLEM = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok|okay)(?:\s*,)?\s+)?(?:does|do|did|is|are|has|have)\s+${NAME}\s+(?:still\s+)?(?:keep|kept)\s+(?:on\s+)?(?:having|getting|hitting|reporting|raising|seeing|running\s+into|being)\s+(\S.*)$`,
  'i',
);
/** Words that end a repeat question without naming a problem ("… keep getting in touch"). */
const NO_PROBLEM_NAMED = /^(?:in\s+touch|back\s+to\s+us|better|worse|more|bigger|smaller|busier)\b/i;

/**
 * An account's cases of every status asked by their past ("soylent's past tickets", "acme's ticket
 * history", "case history for initech"): group 1 the account. ("past cases for globex" is the
 * account list's, which reads "past" as every status.)
 */
const PAST_CASES_OF = [
  new RegExp(
    String.raw`^\s*(?:(?:what\s+(?:are|were)|show(?:\s+me)?|list|pull\s+up|get(?:\s+me)?|give\s+me|any\s+of)\s+)?${NAME}(?:'s|’s|s')\s+(?:past|previous|prior|earlier|old|older|closed|resolved|historic(?:al)?|entire|whole)\s+(?:support\s+)?(?:cases|tickets|issues)\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:case|ticket|support)\s+history\s+(?:for|of|at|with)\s+${NAME}[?.!]*$`, 'i'),
  new RegExp(String.raw`^\s*${NAME}(?:'s|’s|s')?\s+(?:case|ticket|support)\s+history[?.!]*$`, 'i'),
];

/** Cases besides those shown, of an account: "other cases for that customer", "what else has acme raised". */
const CASE_NOUNS = String.raw`(?:support\s+)?(?:cases|tickets|issues|problems|requests|complaints)`;
const RAISED = String.raw`(?:raised|reported|opened|logged|filed|submitted|sent(?:\s+in|\s+us)?|had|got|asked(?:\s+us)?\s+about|called(?:\s+in)?\s+about|come\s+to\s+us\s+with|complained\s+about|contacted\s+us\s+about)`;
const OTHER_CASES_OF = [
  // "any other cases for that customer?", "more tickets from acme", "other issues at them"
  new RegExp(
    String.raw`\b(?:other|more|else)\s+${CASE_NOUNS}\s+(?:for|from|at|with|of|by)\s+${NAME}\s*[?.!]*\s*$`,
    'i',
  ),
  // "what else has that customer raised?", "anything else did they report", "which other tickets has acme opened"
  new RegExp(
    String.raw`\b(?:(?:what|anything|something)\s+else|(?:what|which|any)\s+other\s+${CASE_NOUNS})\s+(?:has|have|did|does|do)\s+${NAME}\s+(?:ever\s+|already\s+|previously\s+)?${RAISED}\b`,
    'i',
  ),
  // "has that customer raised anything else?", "did they open any other tickets"
  new RegExp(
    String.raw`^\s*(?:(?:so|and|ok|okay)\s*,?\s*)?(?:has|have|did)\s+${NAME}\s+(?:ever\s+)?${RAISED}\s+(?:anything|something|any(?:thing)?|much)\s+else\b|^\s*(?:(?:so|and|ok|okay)\s*,?\s*)?(?:has|have|did)\s+${NAME}\s+(?:ever\s+)?${RAISED}\s+(?:any\s+)?other\s+${CASE_NOUNS}`,
    'i',
  ),
  // "anything else from them?", "what else from acme"
  new RegExp(
    String.raw`^\s*(?:anything|what|something)\s+else\s+(?:from|for|at|by)\s+${NAME}\s*[?.!]*\s*$`,
    'i',
  ),
];
/** "their other cases", "its other tickets": the account just shown's. */
const THEIR_OTHER_CASES = new RegExp(String.raw`\b(their|its)\s+other\s+${CASE_NOUNS}\b`, 'i');

/** The account whose other cases a message asks for, as said ("that customer", "acme", "they"). */
function otherCasesAccountOf(text: string): string | undefined {
  if (!/\b(?:other|else|more)\b/i.test(text)) return undefined;
  const their = THEIR_OTHER_CASES.exec(text)?.[1];
  if (their) return their;
  for (const pattern of OTHER_CASES_OF) {
    const found = pattern.exec(text);
    const said = found?.slice(1).find((g) => g !== undefined);
    const account =
      said && !/^(?:we|you|i|us)$/i.test(said.trim())
        ? said.trim().replace(/^the\s+(?=customer|client|account)/i, 'that ')
        : undefined;
    if (account) return account;
  }
  return undefined;
}

/** Words of what is open now ("has globex got open cases?"): no history. */
const OPEN_NOW =
  /\b(?:open|outstanding|pending|active|current|unresolved|right\s+now|currently|at\s+the\s+moment)\b/i;
/** Words of the past: "had", "ever", "before", "previously", "reported" (a present "have" alone asks what is open). */
const PAST =
  /\b(?:had|ever|before|previously|in\s+the\s+past|already|ran\s+into|reported|raised|complained|called\s+(?:in\s+)?about|did)\b/i;

/** The name said, when it can be an account (a pronoun pointing back is kept: the handler resolves it). */
function accountSaid(name: string | undefined): string | undefined {
  const said = name?.trim().replace(/^the\s+/i, '');
  if (!said || NOT_AN_ACCOUNT.test(said)) return undefined;
  return said;
}

/** The account a repeat question names, as said (or a pronoun pointing back), if it names one. */
function repeatAccountOf(text: string): string | undefined {
  for (const pattern of REPEAT_ACCOUNT) {
    const said = accountSaid(pattern.exec(text)?.[1]);
    if (said && !/^(?:the\s+)?same\b/i.test(said)) return said;
  }
  return undefined;
}

/** True for a pronoun that points back at the account just shown. */
export function pointsBackToAccount(words: string): boolean {
  return POINTS_BACK.test(words.trim());
}

/** Reads a question about an account's case history; undefined for any other message. */
export function caseHistoryQuestionOf(text: string): CaseHistoryQuestion | undefined {
  if (HOW_TO.test(text) || /\b(?:case|ticket)\s*#?\s*\d{3,}\b|#\d{3,}/i.test(text)) return undefined;
  // "any other cases for that customer?", "what else has acme raised": every status, besides those shown.
  const others = otherCasesAccountOf(text);
  if (others) return { kind: 'others', account: others };
  if (REPEATS.test(text) && PROBLEM_WORD.test(text)) {
    const account = repeatAccountOf(text);
    return account ? { kind: 'repeats', account } : { kind: 'repeats' };
  }
  // "does soylent keep getting charged twice": the account's cases, every status, about those words.
  if (/\bkept\b|\bkeeps?\b/i.test(text)) {
    const named = REPEAT_NAMED_PROBLEM.exec(text);
    const account = accountSaid(named?.[1]);
    const problem = named?.[2]?.replace(/[\s?.!]+$/, '').trim();
    if (account && problem && !NO_PROBLEM_NAMED.test(problem))
      return { kind: 'topic_before', account, topic: problem };
  }
  // "soylent's past tickets", "case history for initech": the account's cases of every status.
  if (/\b(?:cases|tickets|issues|history)\b/i.test(text)) {
    const trimmed = text.trim();
    for (const pattern of PAST_CASES_OF) {
      const account = accountSaid(pattern.exec(trimmed)?.[1]?.replace(/['’]s?$/, ''));
      if (account) return { kind: 'topic_before', account };
    }
  }
  // "has globex got open cases?" asks what is open now: the account's open cases, not its history.
  const before = OPEN_NOW.test(text) ? null : TOPIC_BEFORE.exec(text);
  const beforeAccount = accountSaid(before?.[1]);
  if (before && beforeAccount && (PAST.test(text) || before[2] || before[3])) {
    const topic = (before[2] ?? before[3])?.trim().replace(/^(?:any|a|an|the|some)\s+/i, '');
    return topic && !/^(?:any|other|similar|such|more|open)$/i.test(topic)
      ? { kind: 'topic_before', account: beforeAccount, topic }
      : { kind: 'topic_before', account: beforeAccount };
  }
  const one = ONE_AT_ACCOUNT.exec(text);
  const oneAccount = accountSaid(one?.[3]);
  if (one && oneAccount) {
    const first = /^(?:oldest|earliest|first)$/i.test(one[1]!) ? 'oldest' : 'newest';
    return { kind: 'one', account: oneAccount, first, openOnly: /\S/.test(one[2] ?? '') };
  }
  const worked = WHO_WORKED.exec(text)?.[1]?.trim();
  if (
    worked &&
    !/^(?:the\s+)?(?:most|fewest|least|highest|biggest|this|that|it|one|same|these|those|my|our)\b/i.test(
      worked,
    ) &&
    !/^\d+$/.test(worked)
  )
    return { kind: 'who_worked', words: worked };
  const bare = BARE_NAMED_CASES.exec(text)?.[1];
  const named = (
    NAMED_CASES.exec(text)?.[1] ?? (bare && !NOT_A_BARE_NAME.test(bare) ? bare : undefined)
  )?.trim();
  if (
    named &&
    !/['’]s?$/.test(named) &&
    !NOT_A_NAMED_HOLDER.test(named) &&
    !NOT_AN_ACCOUNT.test(named) &&
    !/\b(?:cases|tickets)\s+(?:for|of|at|from|with)\b/i.test(text)
  )
    return { kind: 'named', words: named };
  return undefined;
}

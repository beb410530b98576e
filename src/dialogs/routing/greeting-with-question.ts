/** A greeting at the start of a message ("hi", "hello there!", "good morning,", "morning from sydney!"). */
const OPENING_GREETING =
  /^(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening))\b|(?:mornin[g']?|afternoon|evening|g'?day|gm)(?=\s*[!.,:;-]|\s+(?:from|all|team|folks|guys|everyone)\b))[\s!.,:;-]*(?:(?:there|all|team|folks|guys|everyone|bot|crmpro)\b[\s!.,:;-]*)?/iu;

/** Words that make what follows a greeting a question or a request. */
const ASKING =
  /\?|\b(?:what|whats|when|where|who|which|why|how|can|could|do|does|did|is|are|was|were|will|would|should|need|want|looking|tell)\b/iu;

/** Someone asking whether anyone is there is still only saying hello. */
const ANYONE_THERE =
  /^(?:(?:is\s+)?(?:any\s*one|any\s*body|someone|somebody)\s+(?:there|here|around)|are\s+you\s+there)[\s?!.]*$/iu;

/**
 * True when a message opens with a greeting and goes on to ask something ("hi im writing my thesis
 * about crm tools, when was crmpro founded", "hello, how much is the team plan?"): the question is
 * the message, not the hello. A greeting alone, or with thanks or "anyone there?", is not.
 */
export function greetsAndAsks(text: string): boolean {
  const opening = OPENING_GREETING.exec(text.trim());
  if (!opening) return false;
  const rest = text.trim().slice(opening[0].length).trim();
  if (rest.split(/\s+/u).filter(Boolean).length < 3 || ANYONE_THERE.test(rest)) return false;
  return ASKING.test(rest);
}

/** Where a preamble ends and the question begins: a comma, a dash, a colon, a full stop or an exclamation mark. */
const CLAUSE_BREAK = /(?:,|\s[-–—]\s|:|[.!]\s)\s*/gu;

/**
 * The question of a message that opens with a greeting, maybe a preamble after it ("hi its my first
 * day here, what accounts are mine?"): the words after the greeting, then its last clause ("what
 * accounts are mine?"), for the caller to read in turn. None when the message is no greeting that
 * goes on to ask something.
 */
export function questionsAfterGreeting(text: string): string[] {
  if (!greetsAndAsks(text)) return [];
  const rest = text.trim().slice(OPENING_GREETING.exec(text.trim())![0].length).trim();
  const breaks = [...rest.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  const clause = last ? rest.slice(last.index + last[0].length).trim() : '';
  return clause.split(/\s+/u).length >= 2 && ASKING.test(clause) ? [rest, clause] : [rest];
}

/**
 * Asking what the bot can do, in everyday words and after a greeting or an apology ("hey there,
 * what can you do for me?", "sorry first week here - what kinds of things can i ask you?", "how
 * can you help me"): help, which lists what this caller's role may ask. Anything about a subject
 * ("what can you do about Acme") is not.
 */
const ASKS_WHAT_YOU_DO =
  /^(?:so\s+|and\s+|ok\s+|okay\s+)?(?:(?:what|which)\s+(?:else\s+)?(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:things|stuff|questions|requests)?\s*(?:(?:can|could|do|will)\s+you\s+(?:do|help(?:\s+(?:me|us))?(?:\s+with)?|answer)|(?:can|could|should|may)\s+(?:i|we)\s+(?:ask(?:\s+you)?|use\s+you\s+for))|how\s+(?:can|could|do)\s+you\s+help(?:\s+(?:me|us))?|what\s+are\s+you\s+(?:able\s+to\s+do|for|good\s+at))(?:\s+(?:for|with)\s+(?:me|us))?(?:\s+(?:here|today|exactly|again))?\s*[?.!]*\s*$/i;
/** A greeting or an apology before the question ("hey there,", "sorry first week here -"). */
const LEAD_IN = /^(?:[^\s?,.!:;]+\s+){0,5}?[^\s?,.!:;]+\s*(?:[,.!:;]|\s[-–—])\s*/;

/** A greeting said without a comma before the question ("hi what can you do", "hey there how can you help"). */
const BARE_GREETING =
  /^(?:hi|hey|hello|hiya|howdy|yo|morning|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|again|crmpro|bot))?\s+(?=\S)/i;

/**
 * Asking what this is ("what is this", "whats this thing", "what does this do", "what is this site
 * about", "what am i looking at"): on the website, a visitor means the product (w26c, from dev-qa46),
 * which the product overview says; not what the bot can do for a signed-in role.
 */
const ASKS_WHAT_THIS_IS =
  /^(?:(?:so|ok|okay|um+|hi|hey|hello)\s*,?\s+)?(?:what(?:'s|’s|s|\s+is)\s+(?:this|that|it|crmpro)(?:\s+(?:thing|product|app|tool|site|website|page|service|software|platform|chat|bot))?(?:\s+(?:about|for|exactly))?|what\s+(?:does|do)\s+(?:this|it|crmpro)(?:\s+(?:thing|product|app|tool|site|website|software|platform))?\s+do|what\s+am\s+i\s+looking\s+at)\s*[?.!]*\s*$/i;

/** True when the message asks what this (the product) is (see `ASKS_WHAT_THIS_IS`). */
export function asksWhatThisIs(text: string): boolean {
  return ASKS_WHAT_THIS_IS.test(text.trim());
}

/** True when the message only asks what the bot can do (possibly after a greeting or an apology). */
export function isHelpRequest(text: string): boolean {
  let rest = text.trim();
  // The question may follow one or more clauses of greeting or apology; try after each.
  for (let clauses = 0; clauses < 4 && rest; clauses++) {
    if (ASKS_WHAT_YOU_DO.test(rest)) return true;
    const next = BARE_GREETING.test(rest) ? rest.replace(BARE_GREETING, '') : rest.replace(LEAD_IN, '');
    if (next === rest) return false;
    rest = next;
  }
  return false;
}

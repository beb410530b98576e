/**
 * Words that say something went wrong: a negation ("doesnt reply", "isn't answering", "not
 * assigned", "never arrived"), an error, a failure, a thing rejected, locked or forgotten. Read on
 * the question as typed: the everyday rewrites drop negations with the filler words.
 */
const PROBLEM_WORDS =
  /\b(?:not|never|no longer|stopped|(?:do|does|did|is|are|was|were|wo|ca|could|would|has|have|had)n['’]?t|cannot|unable|errors?|fail(?:s|ed|ing|ure)?|broken|forg[eo]t\w*|lost|locked|stuck|reject\w*|invalid|expired|wrong|missing|problems?|issues?|trouble\w*|slow\w*|disconnected|declined|bounced?)\b/i;

/**
 * Whether a question reports a problem ("sso fails with invalid signature", "my account is locked",
 * "the bot doesnt reply") rather than asking how to do or whether one can do something ("how do i
 * set up sso with okta", "can we do sso"): a troubleshooting page answers the second only when no
 * other page does.
 */
export function reportsProblem(question: string): boolean {
  const said = question.replace(NEGATED_WISH, ' ');
  return PROBLEM_WORDS.test(said) || DIAGNOSIS.test(said);
}

/**
 * A wish or a need said in the negative ("we don't want anything going to openai", "you do not need
 * an LLM"): a choice or a requirement, not something gone wrong.
 */
const NEGATED_WISH =
  /\b(?:(?:do|does|did|would|wo)n['’]?t|(?:do|does|did|would|will)\s+not)\s+(?:really\s+)?(?:want|need|wish|like|care|mind|plan|intend|have\s+to)\b/gi;

/**
 * Checking whether something works is diagnosing it ("how to check if slack is connected on our
 * server", "how can i tell whether the bot is running"): the troubleshooting page's checks answer it.
 */
const DIAGNOSIS =
  /\b(?:check|see|tell|test|verify|confirm|find\s+out)\s+(?:if|whether)\b[^.?!]{0,60}?\b(?:connected|working|running|online|reachable|healthy|down|up\s+and\s+running)\b/i;

/** Whether a document is a troubleshooting page, by its title ("Troubleshooting: …") or its folder. */
export function isTroubleshootingDocument(document: {
  readonly documentTitle: string;
  readonly path: string;
}): boolean {
  return /^troubleshooting\b/i.test(document.documentTitle) || /^troubleshooting\//i.test(document.path);
}

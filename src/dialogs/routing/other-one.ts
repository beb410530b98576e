/**
 * "no, the other one", "the other one", "not that one, the other one", "i meant the other account":
 * the person takes back the one record the last answer settled on and asks for the other one the
 * same words could mean (the next candidate of the last request's name).
 */
const OTHER_ONE =
  /^(?:(?:no+|nope|nah|sorry|oops|wait|actually|my bad|wrong(?:\s+one)?)\b[\s,.:;!–—-]*)*(?:not\s+(?:that|this)(?:\s+(?:one|account|company|customer))?[\s,.:;!–—-]+)?(?:i\s+)?(?:meant\s+|mean\s+|want(?:ed)?\s+)?(?:the\s+)?other\s+(?:one|account|company|customer|\w+)(?:\s+(?:please|pls|plz))?[\s?.!]*$/i;

/** True when the message asks for the other record the last request's words could mean. */
export function asksTheOtherOne(message: string): boolean {
  const text = message.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  return OTHER_ONE.test(text) && !/\bother\s+(?:ones|deals|accounts|contacts)\b/i.test(text);
}

/**
 * The other account the last request's words could mean: the candidate after the one shown, in
 * the order the name reader ranked them (wrapping round), or undefined when there is no other.
 */
export function otherAccountOf(
  shown: { id: string } | undefined,
  candidates: ReadonlyArray<{ id: string; name: string }> | undefined,
): { id: string; name: string } | undefined {
  if (!shown || !candidates || candidates.length < 2) return undefined;
  const at = candidates.findIndex((c) => c.id === shown.id);
  if (at < 0) return undefined;
  return candidates[(at + 1) % candidates.length];
}

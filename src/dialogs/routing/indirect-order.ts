/**
 * A question asked in the order of an indirect one, as many write it: "who i should call today",
 * "what i can do about acme", "which task i should do first". The question word, the person and a
 * modal verb are put in the order of the direct question ("who should i call today"), which every
 * reader knows. "ought to" and other verbs are left ("which accounts i ought to call").
 */
const INDIRECT_ORDER =
  /^(who|whom|what|when|where|how|which(?:\s+(?:of\s+(?:my|our)\s+)?[a-z-]+)?)\s+(i|we)\s+(should|must|can|could|shall)\b/i;

/** The message with an indirect-order question put in the direct order; the message itself otherwise. */
export function inDirectOrder(text: string): string {
  return text.replace(
    INDIRECT_ORDER,
    (_all, asked: string, who: string, modal: string) => `${asked} ${modal} ${who}`,
  );
}

/**
 * The asker's colleagues one by one, said of the group the asker is in: "each of us", "every one of
 * us", "each of you", "all of us individually", "everyone on the team", "per head". A count asked
 * this way is per person (a support agent's open cases, a rep's open deals), not one figure.
 */
export const EACH_OF_US =
  /\b(?:each|every)\s+(?:one\s+)?of\s+(?:us|you(?:\s+guys)?|the\s+team|my\s+team|the\s+agents|the\s+reps)\b|\b(?:all\s+of\s+us|everyone|everybody|everyone\s+of\s+us)\s+(?:individually|separately|one\s+by\s+one)\b|\b(?:everyone|everybody)\s+(?:on|in)\s+(?:the|my|our)\s+team\b|\bper\s+head\b/i;

/** True when a question asks a figure of each person of the asker's group ("does each of us have"). */
export function asksOfEachOfUs(text: string): boolean {
  return EACH_OF_US.test(text);
}

/**
 * Where one deal stands, asked in everyday words: "where's the hooli pilot at", "where are we with
 * the acme renewal?", "how's the initech expansion going", "what's the latest on the globex deal",
 * "any update on the umbrella renewal". The words between name the deal: an account's name and a
 * word for one of its deals ("pilot", "renewal", "expansion", "deal").
 */

/** A word after an account's name that names one of its deals ("the umbrella renewal", "the hooli pilot"). */
export const ONE_DEAL_WORD =
  /^(?:renewal|expansion|pilot|upsell|rollout|deal|opportunity|opp|contract|migration|upgrade|implementation|poc|trial)$/i;

/** Cheap guard: the words every such question holds. */
const MAY_ASK = /\b(?:where|wheres|how|hows|whats|what|any|latest|status|update|updates|news|progress)\b/i;
const THE = String.raw`(?:the\s+|our\s+|my\s+|that\s+)?`;
const STATUS_OF = new RegExp(
  String.raw`^(?:(?:so|and|ok|okay|hey)[\s,]+)?(?:` +
    String.raw`where(?:'s|s|\s+is|\s+are\s+we\s+(?:at\s+)?(?:with|on))\s+${THE}(.+?)(?:\s+at)?` +
    String.raw`|where\s+(?:does|do)\s+${THE}(.+?)\s+stand` +
    String.raw`|how(?:'s|s|\s+is)\s+${THE}(.+?)\s+(?:going|looking|coming\s+along|progressing|shaping\s+up|doing)` +
    String.raw`|what(?:'s|s|\s+is)\s+the\s+(?:latest|status|news)\s+(?:on|of|with|for)\s+${THE}(.+?)` +
    String.raw`|any\s+(?:updates?|news|progress)\s+(?:on|with)\s+${THE}(.+?)` +
    String.raw`)\s*[?.!]*$`,
  'i',
);

/** The deal's words of a question asking where one deal stands, or undefined. */
export function dealStatusWordsOf(text: string): string | undefined {
  if (!MAY_ASK.test(text)) return undefined;
  const match = STATUS_OF.exec(text.trim().replace(/[’‘]/g, "'"));
  const words = match?.slice(1).find((group) => group !== undefined);
  const last = words?.split(/\s+/).at(-1);
  return words && last && ONE_DEAL_WORD.test(last) && words.split(/\s+/).length > 1 ? words : undefined;
}

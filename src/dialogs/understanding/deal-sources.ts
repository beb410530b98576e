/** Where new business came from, as the deals record it (the demo data's `Deal.source` values). */
export const DEAL_SOURCES = ['web', 'referral', 'event', 'outbound', 'partner'] as const;
export type DealSource = (typeof DEAL_SOURCES)[number];

const SOURCE_WORDS: ReadonlyArray<[RegExp, DealSource]> = [
  [/^(?:the\s+)?(?:web|website|web\s?site|site|online|inbound\s+web|web\s+forms?)$/, 'web'],
  [/^(?:a\s+)?referrals?$/, 'referral'],
  [/^(?:the\s+)?(?:events?|trade\s?shows?|conferences?)$/, 'event'],
  [/^(?:the\s+)?outbound(?:\s+(?:prospecting|calls?|emails?))?$/, 'outbound'],
  [/^(?:the\s+|our\s+)?partners?(?:\s+channel)?$/, 'partner'],
];

/**
 * "came in from partners", "sourced from referrals", "that came through the website": the source
 * words after a verb of arriving. The words must be a source alone ("from delta partners" names an
 * account, not the partner channel).
 */
const CAME_FROM =
  /\b(?:came\s+(?:in\s+)?|come\s+(?:in\s+)?|coming\s+(?:in\s+)?|sourced\s+|originated\s+|generated\s+)?(?:from|through|via|by)\s+((?:(?:the|our|a)\s+)?[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[?.!,]|$|\s+(?:this|last|in|since|that|which|and|so|for|by)\b))/g;
/** "partner deals", "referral opps", "outbound pipeline", "partner-sourced deals". */
const SOURCE_BEFORE_DEALS =
  /\b(partner|referral|outbound|event|web|website|inbound)(?:[-\s]sourced|[-\s]led)?\s+(?:deals?|opps?|opportunit(?:y|ies)|pipeline|business)\b/;
const SOURCED = /\b(partner|referral|outbound|event|web|website)[-\s](?:sourced|led|generated)\b/;

function sourceOf(words: string): DealSource | undefined {
  const trimmed = words.trim();
  return SOURCE_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/**
 * The deal sources a question about deals narrows to ("my deals that came in from partners" →
 * partner, "referral deals this quarter" → referral); empty when it names none. `accountNamed`: the
 * words name an account confidently, and "from X" is then that account's, never a source.
 */
export function dealSourcesOf(text: string, accountNamed = false): DealSource[] {
  const lower = text.toLowerCase();
  const found = new Set<DealSource>();
  const before = SOURCE_BEFORE_DEALS.exec(lower)?.[1] ?? SOURCED.exec(lower)?.[1];
  const word = before === 'website' || before === 'inbound' ? 'web' : before;
  if (word) found.add(word as DealSource);
  if (!accountNamed)
    for (const match of lower.matchAll(CAME_FROM)) {
      const source = sourceOf(match[1]!);
      if (source) found.add(source);
    }
  return [...found];
}

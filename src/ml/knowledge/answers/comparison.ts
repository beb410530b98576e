/** The two things a comparison question asks about ("business" and "enterprise"). */
export interface ComparedItems {
  readonly items: readonly [string, string];
}

/** At most this many words name one compared thing; longer "items" are clauses, not things. */
const MAX_ITEM_WORDS = 4;

const ARTICLE = String.raw`(?:(?:the|a|an|your|our)\s+)?`;
/** A shared noun after the second thing ("between the team and business plans") belongs to both. */
const SHARED_NOUN = /\s+(plans?|tiers?|editions?|versions?|options?|packages?|licen[cs]es?|subscriptions?)$/i;

const COMPARISONS: readonly RegExp[] = [
  // "what's the difference between business and enterprise", "differences between cloud & self-hosted"
  new RegExp(
    String.raw`\bdiff(?:erences?|erent)?\s+between\s+${ARTICLE}(.+?)\s+(?:and|&|vs\.?|versus|or)\s+${ARTICLE}(.+)$`,
    'i',
  ),
  // "compare the team plan with business", "comparing cloud to self-hosted"
  new RegExp(
    String.raw`\bcompar(?:e|ing|ison of)\s+${ARTICLE}(.+?)\s+(?:and|with|to|vs\.?|versus)\s+${ARTICLE}(.+)$`,
    'i',
  ),
  // "how is business different from enterprise", "how does team differ from business"
  new RegExp(
    String.raw`\bhow (?:is|are|does|do)\s+${ARTICLE}(.+?)\s+(?:different|differ)\s+(?:from|to|than)\s+${ARTICLE}(.+)$`,
    'i',
  ),
  // "business vs enterprise", "team versus business plan"
  new RegExp(
    String.raw`^(?:.*?\b(?:is|of|for|about)\s+)?${ARTICLE}(.+?)\s+(?:vs\.?|versus)\s+${ARTICLE}(.+)$`,
    'i',
  ),
];

/**
 * A choice between two things ("team or business plan, which one?"), read only in a message this
 * short: its two lazy groups around "or" would try every split of a long run of "or"s.
 */
const MAX_CHOICE_CHARS = 200;
const CHOICES: readonly RegExp[] = [
  // A choice asked after the two ("team or business plan, which one?", "cloud or self-hosted - which is better")
  new RegExp(
    String.raw`^${ARTICLE}([^,;:]+?)\s+or\s+${ARTICLE}([^,;:]+?)\s*(?:[,;:]|\s[-–—])\s*(?:which|what)\b.*$`,
    'i',
  ),
  // … or before them ("which is better, cloud or self-hosted", "which plan should we pick: team or business")
  new RegExp(
    String.raw`^(?:which|what)\b[^,;:]*[,;:]\s*${ARTICLE}([^,;:]+?)\s+or\s+${ARTICLE}([^,;:]+)$`,
    'i',
  ),
];

/**
 * The two things a question compares, read from its wording ("difference between X and Y",
 * "compare X with Y", "how is X different from Y", "X vs Y"); a noun after the second thing that
 * names their kind ("plans") is given to both. Undefined for any other question.
 */
export function comparedItems(question: string): ComparedItems | undefined {
  const text = question
    .trim()
    .replace(/[?!.]+$/, '')
    .replace(/\s+/g, ' ');
  const patterns = text.length <= MAX_CHOICE_CHARS ? [...COMPARISONS, ...CHOICES] : COMPARISONS;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    let first = clean(match[1]!);
    let second = clean(match[2]!);
    const shared = SHARED_NOUN.exec(second);
    if (shared && !SHARED_NOUN.test(first)) {
      const noun = shared[1]!.replace(/s$/i, '');
      second = `${second.slice(0, shared.index)} ${noun}`;
      first = `${first} ${noun}`;
    }
    const sizes = [first, second].map((item) => item.split(' ').filter(Boolean).length);
    if (
      sizes.every((size) => size >= 1 && size <= MAX_ITEM_WORDS) &&
      first.toLowerCase() !== second.toLowerCase()
    ) {
      return { items: [first, second] };
    }
  }
  return undefined;
}

/** An item without trailing chat ("…, which one should we pick", "… for a 10 person team") or punctuation. */
function clean(item: string): string {
  return item
    .split(
      /[,;:]|\s[-–—]\s|\s(?:for|if|when|because|since)\s|\s(?:what'?s|whats|what is|which (?:one|is))\b/i,
    )[0]!
    .replace(/\s+(?:for us|for me|for my team|exactly|really)$/i, '')
    .trim();
}

/** The product itself as a compared thing: "you", "yourselves", "crmpro", "your product". */
const OURSELVES =
  /^(?:you|yourselves|your?self|crm ?pro|(?:your|this) (?:product|tool|software|crm|app|company))$/i;

/**
 * The product likened to another ("is this basically botpress", "are you like freshdesk", "is it just
 * another botpress clone", "how do you compare to intercom"): the other thing, without "another" and
 * a word for a copy after it; an article before it stays ("is this basically a joke" is a kind of thing).
 */
const LIKENING_ADVERB = String.raw`(?:basically|just|essentially|really|simply|kind\s+of|sort\s+of|pretty\s+much)`;
const LIKENING = String.raw`(?:like|similar\s+to|the\s+same\s+as|comparable\s+to|an?\s+(?:alternative|replacement)\s+(?:to|for))`;
const COPY = String.raw`(?:clone|copy|knock-?off|alternative|competitor|rip-?off)`;
const LIKENED_TO = new RegExp(
  String.raw`^(?:(?:so|ok|okay|hi|hey|hiya|wait)[\s,]+)?(?:(?:is|are)\s+(?:this|it|you|crm ?pro|your\s+(?:product|tool|app|software))\s+(?:(?:${LIKENING_ADVERB}\s+)+(?:${LIKENING}\s+)?|${LIKENING}\s+)|how\s+(?:do|does)\s+(?:you|crm ?pro|it)\s+compare\s+(?:to|with)\s+|what\s+makes\s+(?:you|crm ?pro|it)\s+different\s+(?:from|to)\s+)(?:another\s+)?((?:an?\s+|the\s+)?[\p{L}\p{N}.-]+(?:\s+(?!${COPY}$)[\p{L}\p{N}.-]+)?)(?:\s+${COPY})?$`,
  'iu',
);

/**
 * The other thing when a question compares the product itself with it ("what's the difference
 * between you and salesforce", "how are you different from hubspot"): what the documents say about
 * that thing (importing from it) is the answer they hold. Undefined for any other question.
 */
export function comparedWithOurselves(question: string): string | undefined {
  const likened = LIKENED_TO.exec(
    question
      .trim()
      .replace(/[?!.]+$/, '')
      .replace(/\s+/g, ' '),
  );
  const compared = likened ? undefined : comparedItems(question);
  if (!likened && !compared) return undefined;
  // A thing with an article is a kind of thing ("is this basically a joke"), not a product's name.
  if (likened && /^(?:an?|the)\s/i.test(likened[1]!)) return undefined;
  const [first, second] = compared?.items ?? ['you', likened![1]!];
  const other = OURSELVES.test(first) ? second : OURSELVES.test(second) ? first : undefined;
  if (!other || OURSELVES.test(other)) return undefined;
  // A thing with an article is a kind of thing ("a spreadsheet", "the competition"), not a product's name.
  const escaped = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\b(?:a|an|the)\s+${escaped}\b`, 'i').test(question) ? undefined : other;
}

/**
 * Fields of an account's own profile asked of it, one or several in one message: "what industry is
 * willowview in and how big are they", "wayne enterprises revenue and industry", "where is hooli
 * based", "how many employees does initech have", "acme's website". The company as recorded on the
 * account (industry, employees and size band, annual revenue, region and country, domain, status),
 * not our business with it: "revenue from acme this year", "deals in the software industry" are not.
 */
export type AccountProfileField = 'industry' | 'size' | 'revenue' | 'location' | 'website' | 'status';

/** A cheap first look: one of the fields' words is in the message at all. */
const ANY_FIELD_WORD =
  /industr|vertical|sector|big|large|size|employ|headcount|staff|people|revenue|turnover|based|located|headquarter|\bhq\b|countr|website|domain|\burl\b|status|customer\s+or/;

const FIELD_WORDS: ReadonlyArray<readonly [AccountProfileField, RegExp]> = [
  ['industry', /\b(?:industry|vertical|sector|line\s+of\s+business)\b/],
  [
    'size',
    /\bhow\s+(?:big|large)\s+(?:are\s+they|is\s+(?:it|the\s+company|that\s+company)|(?:a\s+)?company)\b|\bhow\s+many\s+(?:people|employees|staff)\b|\b(?:company\s+size|headcount|employee\s+count|number\s+of\s+employees|employees|staff\s+count)\b|\bsize\b(?!\s+of\s+(?:the\s+)?(?:deal|opp|pipeline))/,
  ],
  ['revenue', /\b(?:annual\s+)?(?:revenues?|turnover)\b/],
  [
    'location',
    /\bwhere\s+(?:is|are)\b.*\b(?:based|located|headquartered)\b|\b(?:what|which)\s+(?:country|region)\s+(?:is|are)\b|\b(?:hq|headquarters)\b/,
  ],
  ['website', /\b(?:website|web\s+site|domain|url)\b/],
  ['status', /\b(?:customer\s+or\s+(?:a\s+)?prospect|prospect\s+or\s+(?:a\s+)?customer|account\s+status)\b/],
];

/**
 * Our business with the account, or a list across accounts, rather than its profile: deals, pipeline,
 * what we won or sold, a period of ours, accounts "in" an industry.
 */
const NOT_PROFILE =
  /\b(?:we|our|us|i|my|won|win|wins|booked|bookings|closed|pipeline|deals?|opps?|opportunit(?:y|ies)|forecast\w*|from|quota|target|ytd|mtd|qtd|q[1-4]|accounts|customers|companies|segments?|leads?|cases?|tickets?)\b|\b(?:this|last|next|past)\s+(?:month|quarter|qtr|year|yr)\b|\bin\s+(?:the\s+)?[\w&-]+\s+(?:industry|sector|vertical)\b/;

/**
 * The profile fields a message asks of an account, in the order they were said; none when it asks
 * none or is about our business with it. Two fields or more, or one the briefing's overview leaves
 * out (size, location, website), make it a question of the profile.
 */
export function accountProfileFieldsOf(text: string): AccountProfileField[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!ANY_FIELD_WORD.test(lower) || NOT_PROFILE.test(lower)) return [];
  return FIELD_WORDS.map(([field, pattern]) => [field, pattern.exec(lower)?.index ?? -1] as const)
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([field]) => field);
}

import type { DealType } from '../../vocabulary';

/** A noun after a type word that makes it a kind of deal ("renewal deals", "upsell pipeline"). */
const DEAL_NOUN = String.raw`\s+(?:deals?|opps?|opportunit(?:y|ies)|pipeline|business|revenue|bookings)\b`;

/**
 * Renewing said as a verb or a state ("what renews next month", "who's renewing in january", "up
 * for renewal this quarter"): renewal deals, whose close date is when they renew.
 */
export const RENEWS = /\brenew(?:s|ing)\b|\b(?:up|due|coming up) for renewal\b/;

/**
 * The words of each deal type. A type said in the plural ("my renewals", "upsells") or before a deal
 * noun ("renewal deals", "expansion pipeline") is a kind of deal; in the singular on its own it is
 * part of one deal's name ("when does the Acme renewal close"), which the deal's words find.
 */
const TYPE_WORDS: ReadonlyArray<[RegExp, DealType]> = [
  [new RegExp(String.raw`\brenewals\b|\brenewal${DEAL_NOUN}|${RENEWS.source}`), 'renewal'],
  [
    new RegExp(
      String.raw`\b(?:upsells|up-sells|expansions|cross-?sells)\b|\b(?:upsell|up-sell|expansion|cross-?sell)${DEAL_NOUN}`,
    ),
    'upsell',
  ],
  [/\b(?:new|net[- ]new)[- ]business\b|\bnew[- ]logos?\b|\bnet[- ]new\b/, 'new_business'],
];

/**
 * The deal types a question narrows to ("total value of my renewals closing in december" →
 * renewal; "new business vs upsells" → both), in the order the store names them; none: any type.
 */
export function dealTypesOf(text: string): DealType[] {
  const types = new Set(TYPE_WORDS.filter(([words]) => words.test(text)).map(([, type]) => type));
  return (['new_business', 'upsell', 'renewal'] as const).filter((type) => types.has(type));
}

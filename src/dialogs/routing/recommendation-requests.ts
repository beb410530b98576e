/**
 * Asking what to sell an account ("what else could I sell globex", "any upsell ideas for hooli",
 * "upsell opportunities at acme", "what would Initech buy next"): product recommendations for it.
 * Without these words, "opportunities" reads as deals and "sell" as nothing the parser knows.
 */
const RECOMMEND =
  /\b(?:(?:up|cross)[- ]?sell(?:ing)?\s+(?:ideas?|opportunit(?:y|ies)|opps?|options?|suggestions?|recommendations?|potential|angles?|plays?)|(?:ideas?|suggestions?|recommendations?)\s+(?:for|on)\s+(?:what\s+to\s+)?(?:up|cross)[- ]?sell|(?:what|which)\s+(?:else\s+|(?:other\s+)?(?:products?|items?|skus?|add-?ons?)\s+)?(?:could|can|should|might|would|do)\s+(?:i|we|you)\s+(?:try\s+to\s+)?(?:sell|pitch|offer|recommend|(?:up|cross)[- ]?sell|push\s+(?:to|at|on))|(?:products?|items?|add-?ons?)\s+(?:to|we\s+(?:could|should|can))\s+(?:sell|pitch|offer|push)\s+(?:to|at)\b|what\s+(?:would|will|might|could)\s+.+?\s+(?:buy|order|want|need)\s+next|next\s+best\s+(?:product|offer|thing\s+to\s+sell))\b/i;
/** Questions about deals or orders already there ("how many upsell deals did we win"). */
const RECORDS = /\b(?:how\s+many|total|sum|won|lost|closing|closed|deals?)\b/i;

/** True when the message asks what to sell or pitch (the caller checks that it names an account). */
export function isRecommendationRequest(text: string): boolean {
  return RECOMMEND.test(text) && !RECORDS.test(text);
}

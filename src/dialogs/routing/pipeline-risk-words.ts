/** Risk or worry as a noun about the business: "biggest risk", "main risks", "red flags", "what should i worry about". */
const RISK_NOUN =
  /\b(?:biggest|main|top|largest|major|key|real)\s+(?:risks?|worr(?:y|ies)|concerns?|red flags?)\b|\b(?:risks?|red flags?|concerns?)\s+(?:in|to|for)\s+(?:the|my|our|this|(?:the\s+)?team'?s?)\s+(?:pipeline|forecast|quarter|number|deals?)\b|\b(?:any|what)\s+red flags?\b|\bwhat(?:'s|\s+is|\s+are)?\s+(?:should\s+)?(?:i|we)\s+(?:be\s+)?(?:worr(?:y|ied)|concerned)\s+about\b|\banything\s+(?:i|we)\s+should\s+(?:be\s+)?(?:worr(?:y|ied)|concerned)\s+about\b/i;
/**
 * How the product works or what it offers ("how is the risk score calculated"), or worries that are
 * not deals: churn, support cases ("top concerns customers raise in tickets").
 */
const ABOUT_THE_PRODUCT =
  /\b(?:how|why)\s+(?:is|are|does|do)\b|\b(?:score|model|feature|calculat\w*|churn|cases?|tickets?)\b/i;
/** "anything i should worry about there": one account's worries, which these words do not scope. */
const POINTS_BACK = /\b(?:there|them|their|they|it|that account|this account)\b/i;

/**
 * Asking where the business is at risk without the words "at risk" ("biggest risk in the pipeline
 * right now", "main risks this quarter", "any red flags in my pipeline", "what should i be worried
 * about"): the deals at risk. A question how risk is scored, or about churn, is not one.
 */
export function asksPipelineRisks(text: string): boolean {
  return RISK_NOUN.test(text) && !ABOUT_THE_PRODUCT.test(text) && !POINTS_BACK.test(text);
}

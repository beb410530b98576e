/** Risk or worry as a noun about the business: "biggest risk", "main risks", "red flags", "what should i worry about". */
const RISK_NOUN =
  /\b(?:biggest|main|top|largest|major|key|real)\s+(?:risks?|worr(?:y|ies)|concerns?|red flags?)\b|\b(?:risks?|red flags?|concerns?)\s+(?:in|to|for)\s+(?:the|my|our|this|(?:the\s+)?team'?s?)\s+(?:pipeline|forecast|quarter|number|deals?)\b|\b(?:any|what)\s+red flags?\b|\bwhat(?:'s|\s+is|\s+are)?\s+(?:should\s+)?(?:i|we)\s+(?:be\s+)?(?:worr(?:y|ied)|concerned)\s+about\b|\banything\s+(?:i|we)\s+should\s+(?:be\s+)?(?:worr(?:y|ied)|concerned)\s+about\b/i;
/** Deals said to drag, as stalled ones: "what's dragging", "deals dragging on" (not "drag and drop", "dragging down"). */
const DRAGGING =
  /\b(?:dragging|draggin'?|drags\s+on|dragged\s+on)\b(?!\s+(?:and\s+drop|down|\w+\s+(?:to|into|onto)\b))/i;
/** Doubt said in everyday words ("dodgy", "iffy", "dicey", "ropey"): a deal's risk only when deals are named. */
const DOUBTFUL = /\b(?:dodgy|dod?gey|iffy|dicey|sketchy|ropey|ropy|shaky|wobbly)\b/i;
/** Deals, opportunities or the pipeline named in the message. */
const DEAL_NOUN = /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|renewals?)\b/i;
/**
 * How the product works or what it offers ("how is the risk score calculated"), or worries that are
 * not deals: churn, support cases ("top concerns customers raise in tickets").
 */
const ABOUT_THE_PRODUCT =
  /\b(?:how|why)\s+(?:is|are|does|do)\b|\b(?:score|model|feature|calculat\w*|churn|cases?|tickets?)\b/i;
/**
 * "what's the biggest risk with it": one deal's worries, which these words do not scope. An account
 * pointed back at ("anything i should worry about there") is: the at-risk handler takes the account
 * the last answer showed.
 */
const POINTS_BACK = /\bit\b/i;

/**
 * Asking where the business is at risk without the words "at risk" ("biggest risk in the pipeline
 * right now", "main risks this quarter", "any red flags in my pipeline", "what should i be worried
 * about"), deals said to drag like stalled ones ("what's dragging"), or deals said to look doubtful
 * ("any of my deals looking a bit dodgy", "which opps look iffy"): the deals at risk. A question how risk is scored, or about churn, is not one.
 */
export function asksPipelineRisks(text: string): boolean {
  return (
    (RISK_NOUN.test(text) || DRAGGING.test(text) || (DOUBTFUL.test(text) && DEAL_NOUN.test(text))) &&
    !ABOUT_THE_PRODUCT.test(text) &&
    !POINTS_BACK.test(text)
  );
}

/** A colleague pointed back at by a pronoun, and deals at risk: "and hers at risk?", "his at risk deals". */
const COLLEAGUE_AT_RISK =
  /\b(?:his|hers|her|him|he|she)\b(?:\s+(?!(?:customers?|accounts?|clients?)\b)[\w']+){0,3}?\s+(?:at[- ]risk|in\s+danger|slipping|risky)\b|\b(?:at[- ]risk|risky|slipping)\s+(?:(?:deals?|opps?|ones)\s+)?(?:of|for)\s+(?:his|hers|her|him)\b/i;
/** Customers at risk are churn, not deals ("are her customers at risk"). */
const NOT_DEALS_AT_RISK = /\b(?:customers?|accounts?|clients?|churn\w*|leaving|cases?|tickets?)\b/i;

/**
 * Deals at risk of a colleague the conversation just spoke of, pointed back at by a pronoun: "and
 * hers at risk?" after Olivia's deals, "and his at risk deals" after how Marcus is doing, "which of
 * his are slipping". The at-risk handler takes the conversation's last rep.
 */
export function asksColleagueRisksBack(text: string): boolean {
  return COLLEAGUE_AT_RISK.test(text) && !NOT_DEALS_AT_RISK.test(text);
}

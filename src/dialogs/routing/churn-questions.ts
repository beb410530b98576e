/** The intents of churn questions: the caller's riskiest customers, or one account's risk. */
export type ChurnIntent = 'churn_list' | 'churn_account';

/** Words that make a question about churn itself, whatever else it says. */
const CHURN =
  /\bchurn(?:s|ed|ing)?\b|\bat risk of (?:leaving|churning|cancell?ing|lapsing|going)\b|\b(?:likely|going|about|set) to (?:leave|walk away|cancel|lapse)\b|\b(?:might|may|could|will) (?:leave us|walk away|cancel|lapse)\b|\baccount health\b|\bhealth of (?:my |our |the )?(?:customers|accounts|clients)\b|\bretention risk\b|\brenewals? (?:likely|about|going) to lapse\b/i;
/** "at risk" / "in danger" without more: churn for customers and accounts, at-risk deals for deals. */
const AT_RISK = /\b(?:at risk|in danger|at-risk|slipping away)\b/i;
/** Deals keep their own at-risk answer ("which deals are at risk?", "is the Acme deal at risk?"). */
const DEALS = /\b(?:deals?|opps?|opportunit(?:y|ies)|pipe(?:line)?)\b/i;
const CUSTOMERS = /\b(?:customers?|accounts?|clients?)\b/i;
/** A list question: which/what/who/list/top … customers, or customers in the plural. */
const LIST =
  /\b(?:which|what|who|list|show|top|rank|riskiest|most likely|any)\b|\b(?:customers|accounts|clients)\b/i;
/** One account named in the question: "is Initech at risk", "will Globex churn", "churn risk for Hooli". */
const ACCOUNT_PATTERNS: readonly RegExp[] = [
  /\b(?:churn risk|risk of churn(?:ing)?|health|risk) (?:for|of|at) (?!leaving|churning|cancell?ing|lapsing|going|losing)(?:the account |the customer )?(.+?)\s*[?.!]*$/i,
  /^\s*(?:is|are|will|would|could|might|does|do)\s+(.+?)\s+(?:at risk|in danger|at-risk|likely to|going to|about to|churn|churning|leave|leaving|a churn risk|slipping)\b/i,
  /^\s*how (?:likely|risky) is\s+(.+?)\s+(?:to churn|to leave|to lapse|at risk)\b/i,
  /^\s*(?:what(?:'s| is)|how(?:'s| is))\s+(.+?)(?:'s|’s)\s+(?:churn risk|risk of churn|account health|health)\b/i,
];
const NOT_AN_ACCOUNT =
  /^(?:any|which|what|who|our|my|the|these|those|they|we|customers?|accounts?|clients?|anyone|leaving|churning|cancell?ing|lapsing|any of (?:my|our|the) (?:customers|accounts))$/i;

/**
 * Accounts that have churned, as a status to count or list (the record query's `accountStatus`):
 * "churned customers", "accounts that churned", "which of my customers have churned".
 */
const CHURNED_STATUS =
  /\bchurned\s+(?:accounts?|customers?|clients?)\b|\b(?:accounts?|customers?|clients?)\b(?:\s+[\w']+){0,4}?\s+(?:(?:that|who|which)\s+)?(?:have\s+|has\s+|had\s+)?(?:already\s+)?churned\b|\bhow many\b.*\bchurned\b/i;

/** What a churn question asks: the intent, and for one account, how it was named. */
export interface ChurnQuestion {
  intent: ChurnIntent;
  account?: string;
  /** "my customers": only accounts the caller owns. */
  mine: boolean;
}

/**
 * Reads a churn question ("which customers are likely to churn?", "is Initech at risk?"), or
 * returns undefined: questions about deals at risk, and anything not about churn, are left alone.
 */
export function churnQuestionOf(text: string, accountMention?: string): ChurnQuestion | undefined {
  // "how many churned accounts are there", "list customers that churned": an account status, not a risk.
  if (CHURNED_STATUS.test(text) && !/\b(?:likely|risk\w*|about to|going to|will|might|may)\b/i.test(text))
    return undefined;
  const churn = CHURN.test(text);
  if (!churn && !(AT_RISK.test(text) && !DEALS.test(text))) return undefined;
  if (!churn && DEALS.test(text)) return undefined;
  const mine = /\bmy (?:customers|accounts|clients)\b/i.test(text);
  const named = accountNamed(text);
  if (named && !CUSTOMERS.test(named)) return { intent: 'churn_account', account: named, mine };
  const list = LIST.test(text);
  // The understander's account mention counts only in a question about one account ("Hooli at risk?").
  if (!list && accountMention && !NOT_AN_ACCOUNT.test(accountMention) && !CHURN.test(accountMention))
    return { intent: 'churn_account', account: accountMention, mine };
  // "at risk" alone, naming no account and no customers, is not about churn ("am I at risk?").
  if (!churn && !CUSTOMERS.test(text)) return undefined;
  if (list || churn) return { intent: 'churn_list', mine };
  return undefined;
}

function accountNamed(text: string): string | undefined {
  for (const pattern of ACCOUNT_PATTERNS) {
    const mention = pattern
      .exec(text.trim())?.[1]
      ?.trim()
      .replace(/^(?:the|our)\s+/i, '');
    if (mention && !NOT_AN_ACCOUNT.test(mention) && !/^(?:any|which|what|who)\b/i.test(mention))
      return mention;
  }
  return undefined;
}

import type { RecordQuery } from '../../vocabulary';
import { LACKING } from './accounts-missing';

/** What a deal can be missing, as a hygiene question asks it. */
export type DealMissing = Extract<NonNullable<RecordQuery['missing']>, 'closeDate' | 'amount'>;

const DEALS = /\b(?:deals?|opps?|opportunit(?:y|ies)|renewals?)\b/i;
const CLOSE_DATE =
  /^(?:(?:an?\s+)?(?:expected\s+|target\s+)?(?:close|closing)\s+dates?|(?:an?\s+)?(?:expected\s+)?close)\b/i;
const AMOUNT =
  /^(?:(?:an?\s+)?(?:amount|value|deal\s+size|size)|(?:a\s+)?\$\s*(?:value|amount)?)(?!\s+(?:of|for)\b)/i;

/**
 * The field a question asks deals to be missing: "any team deals with no close date", "deals
 * without a value" → closeDate or amount; undefined otherwise ("deals with no activity" is quiet
 * deals, "deals with no next step" no field a deal has).
 */
export function dealsMissingOf(text: string): DealMissing | undefined {
  if (!DEALS.test(text)) return undefined;
  const lacking = LACKING.exec(text);
  if (!lacking) return undefined;
  const after = text.slice(lacking.index + lacking[0].length);
  if (CLOSE_DATE.test(after)) return 'closeDate';
  if (AMOUNT.test(after)) return 'amount';
  return undefined;
}

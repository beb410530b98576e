import type { RecordQuery } from '../../vocabulary';
import { LACKING } from './accounts-missing';

/** What a deal can be missing, as a hygiene question asks it. */
export type DealMissing = Extract<NonNullable<RecordQuery['missing']>, 'closeDate' | 'amount' | 'nextStep'>;

const DEALS = /\b(?:deals?|opps?|opportunit(?:y|ies)|renewals?)\b/i;
const CLOSE_DATE =
  /^(?:(?:an?\s+)?(?:expected\s+|target\s+)?(?:close|closing)\s+dates?|(?:an?\s+)?(?:expected\s+)?close)\b/i;
/** What a deal's next step is called: a next step or action, a follow-up, an open task or to-do. */
const NEXT_STEP =
  /^(?:(?:a|an|any)\s+)?(?:clear\s+|defined\s+)?(?:next\s+(?:steps?|actions?|activit(?:y|ies))|follow[- ]?ups?(?:\s+tasks?)?|(?:open\s+|planned\s+|scheduled\s+)?(?:tasks?|to-?dos?))\b/i;
const AMOUNT =
  /^(?:(?:an?\s+)?(?:amount|value|deal\s+size|size)|(?:a\s+)?\$\s*(?:value|amount)?)(?!\s+(?:of|for)\b)/i;

/**
 * The field a question asks deals to be missing: "any team deals with no close date", "deals
 * without a value" → closeDate or amount; "deals with no next step", "opps without a follow-up
 * task", "deals with nothing planned" → nextStep (no open task on the deal); undefined otherwise
 * ("deals with no activity" is quiet deals).
 */
export function dealsMissingOf(text: string): DealMissing | undefined {
  if (!DEALS.test(text)) return undefined;
  const lacking = LACKING.exec(text);
  if (!lacking) return undefined;
  const after = text.slice(lacking.index + lacking[0].length);
  if (CLOSE_DATE.test(after)) return 'closeDate';
  if (AMOUNT.test(after)) return 'amount';
  if (NEXT_STEP.test(after)) return 'nextStep';
  return undefined;
}

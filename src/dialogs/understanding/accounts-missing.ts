import type { RecordQuery } from '../../vocabulary';

/** What an account can be missing, as a hygiene question asks it. */
export type AccountMissing = Extract<NonNullable<RecordQuery['missing']>, 'contact' | 'owner'>;

const ACCOUNTS = /\b(?:accounts?|customers?|clients?|compan(?:y|ies)|logos?)\b/i;
/** "with no", "without any", "that have no", "don't have any", "missing a", "with zero". */
export const LACKING =
  /\b(?:with\s+(?:no|zero)|without(?:\s+(?:a|an|any))?|(?:have|has|having)\s+(?:no|zero)|(?:do|does)\s*(?:n['’]?t|not)\s+have\s+(?:a|an|any)|missing(?:\s+(?:a|an|any))?|lacking(?:\s+(?:a|an|any))?)\s+(?:single\s+|assigned\s+)?/i;
const CONTACTS = /^(?:contacts?|people|persons?|contact\s+persons?)\b/i;
/** "no contact in 90 days", "no contact since october", "no contact lately": no touch for a time, not no contact person. */
const TOUCH_FOR_A_TIME =
  /^contact\s+(?:(?:with\s+(?:us|them)\s+)?(?:in|for|since|over|during|within|this|last|lately|recently)\b|\d)/i;
const OWNER = /^(?:(?:account\s+)?owners?|(?:account\s+)?managers?|reps?)\b/i;
/** "unowned accounts", "unassigned accounts", "accounts nobody owns", "orphaned accounts". */
const UNOWNED = /\b(?:unowned|unassigned|orphan(?:ed)?|ownerless)\b|\b(?:nobody|no\s+one|no-one)\s+owns\b/i;
/** Other records than accounts: "deals with no owner" is no question about accounts. */
const OTHER_RECORDS = /\b(?:deals?|opps?|opportunit(?:y|ies)|tasks?|cases?|tickets?|leads?)\b/i;

/**
 * The related record or field a question asks accounts to be missing: "any accounts with no contacts
 * at all" → contact, "accounts without an owner", "unowned accounts" → owner; undefined otherwise.
 */
export function accountsMissingOf(text: string): AccountMissing | undefined {
  if (!ACCOUNTS.test(text) || OTHER_RECORDS.test(text)) return undefined;
  if (UNOWNED.test(text)) return 'owner';
  const lacking = LACKING.exec(text);
  if (!lacking) return undefined;
  const after = text.slice(lacking.index + lacking[0].length);
  if (CONTACTS.test(after) && !TOUCH_FOR_A_TIME.test(after)) return 'contact';
  if (OWNER.test(after)) return 'owner';
  return undefined;
}

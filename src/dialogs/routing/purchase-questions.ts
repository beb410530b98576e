import type { MessageEntities } from '../understanding/entities/extract-entities';
import { namedPeriod, todayIn } from '../understanding/record-question';

/**
 * What an account bought, asked in the past: "what did initech buy from us this year", "what has
 * globex purchased so far", "how much did acme spend with us in november", "what have we sold to
 * initech", "initech's orders this year". What it would or could buy next is a recommendation.
 */
const BOUGHT =
  /\b(?:did|has|have|had)\s+(?:[\w&.'’-]+\s+){1,4}?(?:buy|bought|purchased?|ordered|order|spen[dt])\b|\b(?:have|has)\s+(?:we|i|you)\s+sold\s+to\b|\b(?:what|which\s+products?|how\s+much)\s+(?:did|have|has)\s+(?:we|i)\s+sell\s+to\b|['’]s\s+(?:orders|purchases)\b/i;
/**
 * Buying still to come ("what would initech buy next"), not done ("who haven't bought in 90 days", an
 * audience) or asked of everyone ("who bought the most").
 */
const NOT_BOUGHT =
  /\b(?:would|will|could|should|might|next|not|never)\b|n['’]t\b|\bwho\s+(?:\w+\s+)?(?:bought|ordered|spent)\b/i;

/** All the time there is: "in total", "all time", "ever", "to date", "since day one", "lifetime". */
const ALL_TIME =
  /\b(?:in\s+total|all[-\s]time|of\s+all\s+time|ever|to\s+date|altogether|overall|lifetime|since\s+(?:day\s+one|the\s+(?:beginning|start)(?!\s+of\b)|they\s+(?:started|became|joined|signed)\b))\b/i;

/** The first day an all-time window starts on: before any order a CRM holds. */
export const FIRST_DAY = '1970-01-01';

/**
 * The window of a question about what an account bought, or undefined when the message is not one:
 * the period said (a month alone is the latest one begun), all time when it says so ("how much has
 * acme spent with us in total"), else the last twelve months to today.
 */
export function purchaseWindowOf(
  text: string,
  entities: MessageEntities | undefined,
  now: Date,
  timeZone: string,
): { from: string; to: string } | undefined {
  if (!BOUGHT.test(text) || NOT_BOUGHT.test(text)) return undefined;
  const today = todayIn(now, timeZone);
  const period = namedPeriod(text.toLowerCase(), entities, now, today, true);
  if (period) return { from: period.from, to: period.to };
  if (ALL_TIME.test(text)) return { from: FIRST_DAY, to: today };
  const yearBefore = new Date(`${today}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
  return { from: yearBefore.toISOString().slice(0, 10), to: today };
}

import type { Lead } from '../../vocabulary';
import type { MessageEntities } from '../understanding/entities/extract-entities';
import type { PeriodMention } from '../understanding/entities/periods';
import { againstTheOneBefore, twoPeriodsOf } from '../understanding/two-periods';
import { CONVERSION, leadSourceOf } from './lead-words';
import { leadBreakdownOf, leadStatusesOf } from './marketing-questions';

/** Which leads are counted in each period: all that came in, or of one source or some statuses. */
export interface LeadCountComparisonFilter {
  source?: Lead['source'];
  statuses?: Lead['status'][];
}

/** The leads that came in over two periods set against each other; `now` is the later one. */
export interface LeadCountComparison {
  filter: LeadCountComparisonFilter;
  now: PeriodMention;
  then: PeriodMention;
}

const LEADS = /\bleads?\b/i;
/** Deals, opportunities, revenue: another record's figures. */
const NOT_LEADS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|revenue|bookings|won|win|cases?|tickets?)\b/i;

/**
 * "how many leads this month vs last month", "web leads this quarter vs last quarter", "compare
 * leads this month and last month": the leads that came in during each of two periods (the periods
 * read as `twoPeriodsOf` reads them). "New leads" are the leads that came in: leads of a period past
 * are no longer in status new. The earlier period may be said tersely, as the one before ("this month
 * vs last", "this quarter compared to the previous one": `againstTheOneBefore`). Undefined for one
 * period, a rate, a breakdown or another record.
 */
export function leadCountComparisonOf(
  message: string,
  entities: MessageEntities | undefined,
): LeadCountComparison | undefined {
  if (NOT_LEADS.test(message) || CONVERSION.test(message)) return undefined;
  const pair = (entities && againstTheOneBefore(message, entities)) ?? twoPeriodsOf(message, entities);
  if (!pair || !LEADS.test(pair.rest) || leadBreakdownOf(pair.rest)) return undefined;
  const source = leadSourceOf(pair.rest);
  const statuses = leadStatusesOf(pair.rest);
  return {
    filter: { ...(source ? { source } : {}), ...(statuses ? { statuses } : {}) },
    now: pair.first,
    then: pair.second,
  };
}

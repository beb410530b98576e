import { z } from 'zod';
import { ownerFilter, resolveDealScope } from '../shared/deal-scope';
import { RecordVisibility } from '../shared/record-visibility';
import { forecastOfScope } from '../shared/scope-forecast';
import { defineSkill } from '../skill';
import { bookingsForecast, type BookingsForecast } from './bookings-forecast';
import { parseForecastPeriod, type ForecastPeriod } from '../shared/forecast-period';
import type { CurrencyForecast, ForecastChanges, ForecastDeal } from '../shared/pipeline-forecast';

export { parseForecastPeriod, type ForecastPeriod } from '../shared/forecast-period';
export type { CurrencyForecast, ForecastChanges, ForecastDeal } from '../shared/pipeline-forecast';
export type { BookingsForecast, BookingsForecastMonth, BookingsMonth } from './bookings-forecast';

/** The answer of `forecast`. */
export interface ForecastResult {
  period: ForecastPeriod;
  scope: string;
  /** One entry per currency, largest weighted forecast first. */
  currencies: CurrencyForecast[];
  /** Open deals closing in the period, largest expected value first (at most 10). */
  topDeals: ForecastDeal[];
  changes: ForecastChanges;
  /** Monthly bookings forecast of the main currency (null with too little history). */
  bookings: BookingsForecast | null;
  /** The lead-score version that weighed the deals; absent when there was too little history for a model (stage probabilities were used). */
  modelVersion?: string;
  /** Why no model weighed the deals, when none did. */
  modelUnavailable?: string;
}

const SALES_ROLES = ['rep', 'manager', 'admin'] as const;

/**
 * Pipeline forecast for a period and a team or rep: won so far, commit / best case / pipeline,
 * and a weighted forecast from the scoring model's win probabilities (next to the reps' stage
 * probabilities); what changed since yesterday; and a monthly bookings forecast with intervals
 * (the reply draws it as a chart).
 */
export const forecast = defineSkill({
  name: 'forecast',
  description:
    "Sales forecast for a period ('this quarter', 'Q3', 'next month') and the caller, their team, a named team or rep: won so far, commit / best case / pipeline, a weighted forecast from the scoring model's win probabilities, changes since yesterday, and a monthly bookings forecast with 80%/95% intervals.",
  roles: SALES_ROLES,
  input: z.object({
    period: z.string().trim().min(1).max(40).optional(),
    scope: z.enum(['mine', 'team', 'all']).optional(),
    team: z.string().trim().min(1).optional(),
    rep: z.string().trim().min(1).optional(),
  }),
  run: async (input, { caller, services }): Promise<ForecastResult> => {
    const now = services.clock();
    const period = parseForecastPeriod(input.period, now);
    const scope = await resolveDealScope(services, caller, input);
    const visibility = await RecordVisibility.of(services, caller);
    const [pipeline, scopeWon] = await Promise.all([
      forecastOfScope(services, caller, scope, period),
      services.store.deals.find(
        { ...ownerFilter(scope), stage: 'closed_won' },
        { projection: { amount: 1, currency: 1, closedAt: 1, ownerId: 1 } },
      ),
    ]);
    const won = await visibility.onlyFull(scopeWon, (d) => d.ownerId, 'deal');
    const mainCurrency = mostCommonCurrency(won) ?? pipeline.currencies[0]?.currency;
    const monthsAhead = Math.min(18, Math.max(3, monthsBetween(now, period.to)));
    const bookings = mainCurrency ? await bookingsForecast(won, mainCurrency, now, monthsAhead) : null;
    return {
      period,
      scope: scope.label,
      currencies: pipeline.currencies,
      topDeals: pipeline.deals.slice(0, 10),
      changes: pipeline.changes,
      bookings,
      ...(pipeline.modelVersion
        ? { modelVersion: pipeline.modelVersion }
        : { modelUnavailable: pipeline.modelUnavailable }),
    };
  },
});

function monthsBetween(now: Date, end: Date): number {
  return (
    (end.getUTCFullYear() - now.getUTCFullYear()) * 12 +
    end.getUTCMonth() -
    now.getUTCMonth() +
    (end.getUTCDate() > 1 ? 1 : 0)
  );
}

/** The currency most won deals are in (counting deals: amounts in different currencies do not compare). */
function mostCommonCurrency(deals: readonly { currency: string }[]): string | undefined {
  const totals = new Map<string, number>();
  for (const deal of deals) totals.set(deal.currency, (totals.get(deal.currency) ?? 0) + 1);
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0];
}
